// Packs the zh-cn display-language stub (test/e2e/fixtures/zh-cn-language-pack) into a VSIX
// with vsce, once per content: the result is kept in .e2e/cache/ under a hash of its files.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot, runsRoot } from './paths';

export const languagePackFolder = path.join(repoRoot, 'test', 'e2e', 'fixtures', 'zh-cn-language-pack');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

export async function zhCnLanguagePackVsix(): Promise<string> {
  const hash = createHash('sha256');
  for (const f of filesUnder(languagePackFolder).sort()) hash.update(path.relative(languagePackFolder, f)).update(fs.readFileSync(f));
  const vsix = path.join(runsRoot, 'cache', `zh-cn-language-pack-${hash.digest('hex').slice(0, 12)}.vsix`);
  if (fs.existsSync(vsix)) return vsix;
  fs.mkdirSync(path.dirname(vsix), { recursive: true });
  // vsce's API (what `vsce package` runs); a stub needs no LICENSE file or repository.
  const vsce = (await import('@vscode/vsce')) as unknown as { createVSIX(o: Record<string, unknown>): Promise<unknown> };
  const partial = `${vsix}.${process.pid}.tmp`;
  await vsce.createVSIX({ cwd: languagePackFolder, packagePath: partial, dependencies: false, skipLicense: true, allowMissingRepository: true });
  fs.renameSync(partial, vsix);
  return vsix;
}
