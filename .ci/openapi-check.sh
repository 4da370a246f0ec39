#!/usr/bin/env bash
# The OpenAPI document as its readers' tools take it (issue 18.5): Redocly CLI lints it (0 errors),
# openapi-python-client generates a client from it (no warning), and that client, against a seeded server
# on a free port, lists the plans, reads the tree and a node, and creates a draft value.
# Needs the stratrack binary (built by the tests; STRATRACK_BIN names another), npm and python3 with venv.
# The linter and the generator come from the registries at the pinned versions in .ci/openapi/; npm's and
# pip's caches make a second run take well under a minute. Fails loudly on anything missing.
set -euo pipefail
cd "$(dirname "$0")/.."
here=.ci/openapi
target_dir="${CARGO_TARGET_DIR:-target}"
bin="${STRATRACK_BIN:-$target_dir/debug/stratrack}"
work="$target_dir/openapi-check"
started=$(date +%s)
step() { printf '\n--> [%ss] openapi-check: %s\n' "$(( $(date +%s) - started ))" "$*"; }
fail() { echo "FATAL: openapi-check: $*" >&2; exit 1; }

command -v npm >/dev/null || fail "npm is missing (apt-get install -y npm); the linter is an npm package."
command -v python3 >/dev/null || fail "python3 is missing; the client generator is a PyPI package."
python3 -c 'import venv, ensurepip' 2>/dev/null || fail "python3 cannot make a virtual environment (apt-get install -y python3-venv)."
[ -x "$bin" ] || fail "$bin is missing: build it first (cargo build -p stratrack)."
mkdir -p "$work"
work=$(cd "$work" && pwd)

step "the document"
"$bin" openapi > "$work/openapi.json"

step "Redocly CLI lint (pinned in $here/package-lock.json)"
npm ci --prefix "$here" --no-audit --no-fund --loglevel=error >/dev/null
# Its banner about the Node.js version goes to stderr with the problems; the summary says what counts.
(cd "$here" && ./node_modules/.bin/redocly lint --config redocly.yaml --format stylish --max-problems 1000 "$work/openapi.json") \
  || fail "Redocly CLI found errors in the OpenAPI document (above)."

step "openapi-python-client generate (pinned in $here/requirements.txt)"
if [ ! -x "$work/venv/bin/openapi-python-client" ] || ! cmp -s "$here/requirements.txt" "$work/venv/requirements.txt"; then
  rm -rf "$work/venv"
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install -q -r "$here/requirements.txt" || fail "pip could not install $here/requirements.txt."
  cp "$here/requirements.txt" "$work/venv/requirements.txt"
fi
rm -rf "$work/client"
mkdir -p "$work/client"
(cd "$work/client" && "$work/venv/bin/openapi-python-client" generate --meta none \
  --path "$work/openapi.json" --config "$OLDPWD/$here/client.yaml") > "$work/generate.log" 2>&1 \
  || { cat "$work/generate.log"; fail "openapi-python-client could not generate a client."; }
cat "$work/generate.log"
# Any line beyond "Generating <dir>" is a warning (a schema, an operation or a hook it skipped).
if grep -qv '^Generating ' "$work/generate.log"; then
  fail "openapi-python-client warned (above): part of the API would be missing from a generated client."
fi

step "the generated client against a seeded server"
db=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export DATABASE_URL="sqlite://$db/stratrack.db?mode=rwc" RUST_LOG=warn
"$bin" serve --addr "127.0.0.1:$port" > "$db/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$db"' EXIT
alive() { python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "http://127.0.0.1:$port/healthz" 2>/dev/null; }
for _ in $(seq 1 120); do
  alive && break
  kill -0 "$server" 2>/dev/null || { cat "$db/serve.log"; fail "stratrack serve stopped."; }
  sleep 0.5
done
alive || { cat "$db/serve.log"; fail "stratrack serve did not answer within a minute."; }
# An integrator's account: the first admin's one-time password must be changed before it can do
# anything, so the script's own admin is added as the README tells, with a token for the API.
email=integrator@openapi.check
password="openapi check $(date +%s%N) passphrase"
printf '%s\n' "$password" | "$bin" user add --email "$email" --role admin --password-stdin >/dev/null
token=$("$bin" token create --email "$email" | tail -n1)
"$work/venv/bin/python" "$here/use_client.py" "$work/client" "http://127.0.0.1:$port" "$email" "$password" "$token" \
  || { tail -n 20 "$db/serve.log"; fail "the generated client could not do what an integrator does."; }
step "passed"
