// Entry of the extension-host suite, loaded by VS Code through --extensionTestsPath (desktop)
// or the workbench URL payload (code-server). VS Code awaits run(): resolved = pass.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  const stats = await new Promise<Mocha.Stats>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(runner.stats!));
    } catch (e) {
      reject(e);
    }
  });
  // A plain closing line that CI logs can be read by (mocha's own summary is "N passing").
  console.log(`exthost: ${stats.passes} passed, ${stats.failures} failed`);
  if (stats.failures > 0 || stats.tests === 0) throw new Error(`${stats.failures} of ${stats.tests} extension-host tests failed`);
}
