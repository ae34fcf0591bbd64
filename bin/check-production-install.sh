#!/usr/bin/env bash
# The full proof that a production install works: this checkout's files (tracked and new, not
# ignored) copied to a temporary folder, `npm ci --omit=dev` (no tsx, no vitest, no Electron),
# then `qicao counts` on a new sample plan and `npm start` until it prints its address.
# Slow (installs from the registry and compiles better-sqlite3); CI runs the quick version in
# test/unit/install/production-install.test.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d /tmp/qicao-prod-XXXXXX)
# tracked and new files as they are in the working tree (a file deleted there is skipped)
git ls-files --cached --others --exclude-standard -z | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$dir"
cd "$dir"
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --omit=dev --no-audit --no-fund
test ! -e node_modules/vitest || { echo '生产安装中不应有 vitest'; exit 1; }
test ! -e node_modules/electron || { echo '生产安装中不应有 electron'; exit 1; }
node bin/qicao.js new "$dir/示例.qicao" --sample
node bin/qicao.js counts "$dir/示例.qicao"
export XDG_DATA_HOME="$dir/data"
# its own process group, so that stopping it stops the node process npm started too
setsid npm start > "$dir/start.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do
  if grep -q 'http://127.0.0.1:' "$dir/start.log"; then break; fi
  sleep 1
done
cat "$dir/start.log"
url=$(grep -o 'http://127.0.0.1:[0-9]*/[?#]token=[^ ]*' "$dir/start.log" | head -1)
kill -- "-$pid" 2>/dev/null || true
test -n "$url" || { echo 'npm start 没有打印地址'; exit 1; }
echo "生产安装可用：$dir"
