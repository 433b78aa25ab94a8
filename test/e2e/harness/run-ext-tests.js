#!/usr/bin/env node
// Stand-in for the VS Code executable, for @vscode/test-electron's runTests():
//   runTests({ vscodeExecutablePath: '<this file>', extensionDevelopmentPath, extensionTestsPath, launchArgs })
// It takes the same command line desktop VS Code would (--extensionDevelopmentPath=…,
// --extensionTestsPath=…, a folder, Electron-only switches it ignores), runs the suite in
// code-server's extension host, prints the suite's output, and exits with the suite's code.
// Plain JS with a shebang because test-electron spawns it as a program; the logic is the
// compiled TypeScript in out/test/e2e/harness/extTests.js.
'use strict';
const path = require('node:path');

const compiled = path.join(__dirname, '..', '..', '..', 'out', 'test', 'e2e', 'harness', 'extTests.js');
let harness;
try {
  harness = require(compiled);
} catch (e) {
  console.error(`cannot load ${compiled} (${e.message}): compile the e2e tests first (npx tsc -p test/e2e)`);
  process.exit(1);
}

async function main() {
  const args = harness.parseArgs(process.argv.slice(2));
  if (process.env.E2E_VERBOSE && args.ignored.length) console.log(`ignored: ${args.ignored.join(' ')}`);
  const timeoutMs = Number(process.env.E2E_TIMEOUT_MS || 120000);
  return harness.runExtensionTests(args, timeoutMs);
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(1);
  },
);
