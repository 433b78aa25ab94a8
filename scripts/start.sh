#!/usr/bin/env bash
# The main job: opens the example workspace (example/) in a real VS Code with the extension.
# Desktop `code` when it is on PATH; otherwise code-server, set up here and served on
# 127.0.0.1:${PORT:-8080} until Ctrl+C. Everything it needs is installed on the way.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-node-deps.sh
npm run -s package
if command -v code >/dev/null 2>&1 && [ -z "${AUGMENTATION_PREVIEW_CODE_SERVER:-}" ]; then
  code --install-extension dist/augmentation-preview.vsix --force
  exec code --new-window example
fi
bash scripts/install-code-server.sh >/dev/null
npx tsc -p test/e2e
exec node out/test/e2e/harness/serveExample.js --folder example --port "${PORT:-8080}"
