// Runs the UI flow (flow.ts) with mocha: node out/test/e2e/ui/run.js [--mode=vsix|devpath|both]
// (vsix needs `npm run package` first; devpath needs `npm run build`).
import * as path from 'node:path';
import Mocha from 'mocha';

async function runMode(mode: string): Promise<Mocha.Stats> {
  process.env.E2E_UI_MODES = mode;
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000 });
  mocha.addFile(path.join(__dirname, 'flow.js'));
  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats!));
  });
  // The next mode loads flow.js afresh, so its describe() is registered again.
  mocha.unloadFiles();
  return stats;
}

async function main(): Promise<number> {
  const arg = process.argv.find((a) => a.startsWith('--mode='))?.slice('--mode='.length) ?? 'vsix';
  // One mocha run per mode: a failing step stops the rest of its own flow (bail), not the other mode's.
  const modes = arg === 'both' ? ['vsix', 'devpath'] : [arg];
  let passed = 0;
  let failed = 0;
  for (const mode of modes) {
    const stats = await runMode(mode);
    passed += stats.passes;
    // A flow that ran nothing (and did not say why through a failed hook) is a failure too.
    failed += stats.failures + (stats.tests === 0 && stats.failures === 0 ? 1 : 0);
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
