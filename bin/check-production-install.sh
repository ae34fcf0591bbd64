#!/usr/bin/env bash
# The full proof that a production install works: this checkout's files (tracked and new, not
# ignored) but the sources the build compiles (core/, the hosts' TypeScript) copied to a temporary
# folder, `npm ci --omit=dev` (no tsx, no vitest, no Electron; `prepare` builds dist/, the worker
# thread included), then what a user does: import, feedback, compare, export, check, serve and
# `npm start`. Reading what someone sent runs in the built worker (dist/worker), so this also
# proves it needs no tsx. Slow (installs from the registry and compiles better-sqlite3); CI runs
# the quick version in test/unit/install/production-install.test.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d /tmp/qicao-prod-XXXXXX)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
  rm -rf "$dir"
}
trap cleanup EXIT
# tracked and new files as they are in the working tree (a file deleted there is skipped)
git ls-files --cached --others --exclude-standard -z | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$dir"
cd "$dir"
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --omit=dev --no-audit --no-fund
test ! -e node_modules/vitest || { echo '生产安装中不应有 vitest'; exit 1; }
test ! -e node_modules/electron || { echo '生产安装中不应有 electron'; exit 1; }
# npm may still install tsx as vite's optional peer; nothing may need it: remove it
rm -rf node_modules/tsx
test -f dist/worker/parse-worker.cjs || { echo '生产安装没有构建出后台读取线程（dist/worker/parse-worker.cjs）'; exit 1; }
# from here on only what was built runs: the sources are gone
rm -rf core seeds templates http-host electron renderer
q() { node bin/qicao.js "$@"; }
q new "$dir/示例.qicao" --sample
q counts "$dir/示例.qicao"
q export "$dir/示例.qicao" --what plan --out "$dir/计划.docx"
q check "$dir/计划.docx" > /dev/null || test $? -eq 1 # 1: findings of error level, still a check that ran
q import "$dir/计划.docx" --out "$dir/导入.qicao" > /dev/null
q counts "$dir/导入.qicao" | grep -q '205项具体措施' || { echo '导入的计划计数不对'; exit 1; }
q compare "$dir/示例.qicao" "$dir/计划.docx" > /dev/null
mkdir "$dir/round"
q round "$dir/示例.qicao" --name 征求意见稿 --units 区生态环境局 --out "$dir/round" > /dev/null
q feedback "$dir/示例.qicao" --unit 区生态环境局 "$dir/round/意见反馈表-区生态环境局.xlsx"
export XDG_DATA_HOME="$dir/data"
# each in its own process group, so that stopping it stops the node process npm started too
wait_for_address() {
  for _ in $(seq 1 60); do
    if grep -q 'http://127.0.0.1:' "$1"; then break; fi
    sleep 1
  done
  cat "$1"
  url=$(grep -o 'http://127.0.0.1:[0-9]*/[?#]token=[^ ]*' "$1" | head -1)
  test -n "$url" || { echo "$2 没有打印地址"; exit 1; }
  curl -sf "$url" | grep -q '<div id="root">' || { echo "$2 打印的地址打不开"; exit 1; }
}
setsid node bin/qicao.js serve "$dir/示例.qicao" --port 0 > "$dir/serve.log" 2>&1 &
pids+=($!)
wait_for_address "$dir/serve.log" 'qicao serve'
setsid npm start > "$dir/start.log" 2>&1 &
pids+=($!)
wait_for_address "$dir/start.log" 'npm start'
echo "生产安装可用：导入、反馈、比较、导出、审校、服务和 npm start 均已通过。"
