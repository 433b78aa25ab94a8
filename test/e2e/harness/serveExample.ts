// The main job when desktop VS Code is absent (`npm start`): code-server on 127.0.0.1 with the
// packaged extension installed, opening a folder, until Ctrl+C. The profile lives in
// .cache/example-profile, so layout and settings survive restarts.
//   node out/test/e2e/harness/serveExample.js --folder example [--port 8080] [--vsix FILE]
import * as path from 'node:path';
import { installVsix, startCodeServer } from './codeServer';
import { repoRoot, vsixPath } from './paths';
import { createProfile } from './runDir';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const folder = path.resolve(option('folder') ?? path.join(repoRoot, 'example'));
  const port = Number(option('port') ?? process.env.PORT ?? 8080);
  const profile = createProfile(path.join(repoRoot, '.cache', 'example-profile'), { 'editor.hover.delay': 300 });
  installVsix(profile, path.resolve(option('vsix') ?? vsixPath));
  const server = await startCodeServer(profile, 60_000, port);
  const url = `${server.baseUrl}/?folder=${encodeURIComponent(folder)}`;
  console.log(`\nAugmentation Preview is running in code-server (VS Code in the browser):\n\n    ${url}\n`);
  console.log('Open it in a browser on this machine, right-click an image in images/ and choose "Preview Augmentations".');
  console.log(`Logs: ${server.logFile}. Press Ctrl+C to stop.`);
  await new Promise(() => undefined); // until a signal ends the process (the server goes with it)
}

main().catch((err: unknown) => {
  console.error(`could not start code-server: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
