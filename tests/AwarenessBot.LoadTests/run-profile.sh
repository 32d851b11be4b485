#!/usr/bin/env bash
# Profiles the bot under the load of run-load.sh: dotnet-trace samples thread stacks (~100 Hz) while
# wrk runs, then summarize-trace.py prints the frames the turn spends its time in.
# Usage: run-profile.sh [--duration S] [--warmup S] [--connections N] [--install] [--no-publish]
# Needs dotnet-trace (dotnet tool install dotnet-trace --tool-path artifacts/load/tools) and python3.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=15 WARMUP=30 CONNECTIONS=16 INSTALL=0
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --install) INSTALL=1; shift ;;
    --no-publish) NO_PUBLISH=1; shift ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
done
[ "$DURATION" -ge 5 ] && [ "$DURATION" -le 120 ] || die "--duration must be 5..120 seconds"

trap cleanup EXIT
trap 'exit 130' INT TERM
require_tools "$INSTALL"
TRACE="$(command -v dotnet-trace || echo "$OUT_DIR/tools/dotnet-trace")"
if [ ! -x "$TRACE" ]; then
  [ "$INSTALL" = 1 ] || [ "${CI:-}" = true ] \
    || die "dotnet-trace missing: dotnet tool install dotnet-trace --tool-path $OUT_DIR/tools (or --install)"
  dotnet tool install dotnet-trace --tool-path "$OUT_DIR/tools" >/dev/null
fi

BOT_PROJECT="${BOT_PROJECT:-src/AwarenessBot.Web}" BOT_DLL="${BOT_DLL:-AwarenessBot.Web.dll}"
publish "$BOT_PROJECT" "$OUT_DIR/bot"
start_connector
port=$(free_port)
start_app profile "$OUT_DIR/bot" "$BOT_DLL" "$port"
wait_first_turn "$port" 60 >/dev/null || die "the bot answered no turn within 60 s"
export SERVICE_URL="$CONNECTOR_URL"
url="http://127.0.0.1:$port"

log "warm-up ${WARMUP}s"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$LOAD_DIR/turns.lua" "$url" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d"$(( DURATION + 4 ))s" -s "$LOAD_DIR/turns.lua" "$url" >"$RUN_DIR/profile.wrk" &
STARTED_PIDS+=($!)
WRK_PID=$!
sleep 2
mkdir -p "$OUT_DIR"
log "tracing ${DURATION}s"
"$TRACE" collect -p "$APP_PID" --profile dotnet-sampled-thread-time --format Speedscope \
  --duration "$(printf '00:00:%02d:%02d' $((DURATION / 60)) $((DURATION % 60)))" -o "$OUT_DIR/profile.nettrace" >"$RUN_DIR/trace.log" 2>&1 </dev/null \
  || { cat "$RUN_DIR/trace.log" >&2; die "dotnet-trace failed"; }
wait "$WRK_PID" || true
grep '^RESULT' "$RUN_DIR/profile.wrk" >&2 || true
python3 "$LOAD_DIR/summarize-trace.py" "$OUT_DIR/profile.speedscope.json" "!AwarenessBot." 30 | tee "$OUT_DIR/profile.txt"
