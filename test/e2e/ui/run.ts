// Runs the UI flows with mocha:
//   node out/test/e2e/ui/run.js [--mode=vsix|devpath|both] [--flow=preview|editor|all]
// preview = flow.ts (Explorer → Preview Augmentations → webview); editor = editorFlow.ts (hover,
// CodeLens, quick fix, zh-cn). Default: every flow. vsix needs `npm run package` first; devpath
// needs `npm run build`.
import * as path from 'node:path';
import Mocha from 'mocha';

const FLOWS: Record<string, string> = { preview: 'flow.js', editor: 'editorFlow.js' };

async function runFlow(mode: string, file: string): Promise<Mocha.Stats> {
  process.env.E2E_UI_MODES = mode;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000 });
  mocha.addFile(path.join(__dirname, file));
  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats!));
  });
  // The next run loads the file afresh, so its describe() is registered again.
  mocha.unloadFiles();
  return stats;
}

function option(name: string, fallback: string): string {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
}

async function main(): Promise<number> {
  const mode = option('mode', 'vsix');
  const flow = option('flow', 'all');
  const modes = mode === 'both' ? ['vsix', 'devpath'] : [mode];
  const flows = flow === 'all' ? Object.keys(FLOWS) : flow.split(',');
  for (const f of flows) if (!FLOWS[f]) throw new Error(`unknown flow '${f}' (${Object.keys(FLOWS).join(' | ')} | all)`);
  // One mocha run per mode and flow: a failing step stops the rest of its own flow (bail), not the others.
  let passed = 0;
  let failed = 0;
  for (const m of modes) {
    for (const f of flows) {
      const started = Date.now();
      const stats = await runFlow(m, FLOWS[f]!);
      console.log(`  (${f} flow, ${m}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      passed += stats.passes;
      // A flow that ran nothing (and did not say why through a failed hook) is a failure too.
      failed += stats.failures + (stats.tests === 0 && stats.failures === 0 ? 1 : 0);
    }
  }
  // A plain closing line CI logs are read by.
  console.log(`ui: ${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
