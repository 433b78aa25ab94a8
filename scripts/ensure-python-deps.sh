#!/usr/bin/env bash
# A virtual environment with the pinned real Keras used as the test oracle (.venv/oracle).
# Prints the path of its python. Only `oracle:generate` and `oracle:verify` need it.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv/oracle
req=test/oracle/requirements.txt
stamp=$venv/.requirements-sha
want=$(sha256sum "$req" | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
    echo "› apt-get install python3-venv" >&2
    $( [ "$(id -u)" = 0 ] || echo sudo ) apt-get install -y -qq python3-venv >&2
  fi
  echo "› creating $venv from $req" >&2
  python3 -m venv "$venv" >&2
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$req" >&2
  echo "$want" > "$stamp"
fi
echo "$PWD/$venv/bin/python"
