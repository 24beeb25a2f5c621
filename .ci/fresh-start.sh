#!/usr/bin/env bash
# Clones the checkout into a temporary directory, runs `npm ci && npm start` there with no
# DATABASE_URL, waits for /health/ready and logs in as the demo leader over GraphQL.
set -euo pipefail
src=$(pwd)
work=$(mktemp -d /tmp/allot-fresh-XXXXXX)
port=3917
log="$work.log"
git clone -q "$src" "$work"
# The clone must not see the source tree's uncommitted state: only what is committed counts.
cd "$work"
npm ci --no-audit --no-fund >/dev/null
# Its own process group, so stopping it reaches npm, node and PostgreSQL alike, as Ctrl-C does.
setsid env -u DATABASE_URL PORT=$port npm start >"$log" 2>&1 &
pid=$!
stop() {
  kill -INT -- "-$pid" 2>/dev/null || true
  for _ in $(seq 1 30); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 1; done
  kill -9 -- "-$pid" 2>/dev/null || true
  # The embedded database may live under the temp directory (./.data/pg is then a symlink).
  data=$(readlink -f "$work/.data/pg" 2>/dev/null || true)
  [ -n "$data" ] && [ "$data" != "$work/.data/pg" ] && rm -rf "$data"
  rm -rf "$work"
}
trap stop EXIT
for _ in $(seq 1 240); do
  if curl -fsS "http://localhost:$port/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 -- "-$pid" 2>/dev/null; then echo "npm start exited early:"; cat "$log"; exit 1; fi
  sleep 1
done
curl -fsS "http://localhost:$port/health/ready"; echo
for _ in $(seq 1 30); do grep -q 'leader@demo.allot.test' "$log" && break; sleep 1; done
grep -q 'leader@demo.allot.test' "$log" || { echo "demo logins were not printed:"; cat "$log"; exit 1; }
response=$(curl -fsS "http://localhost:$port/graphql" -H 'content-type: application/json' \
  -d '{"query":"mutation { logIn(email: \"leader@demo.allot.test\", password: \"demo-password-2026\") { viewer { user { email } membership { role } } } }"}')
echo "$response"
echo "$response" | grep -q '"role":"LEADER"' || { echo "demo leader could not log in"; cat "$log"; exit 1; }
curl -fsS "http://localhost:$port/" | grep -qi '<div id="root"' || { echo "the web app is not served at /"; exit 1; }
echo "Fresh-machine start OK"
