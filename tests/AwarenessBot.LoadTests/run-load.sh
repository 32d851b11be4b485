#!/usr/bin/env bash
# Whole-turn load benchmark: the bot (Release, auth off) against the bare ASP.NET Core endpoint, both
# replying to an nginx Connector stand-in, driven by wrk with turns.lua. Also measures cold start.
# Usage: run-load.sh [--duration S] [--warmup S] [--connections N] [--threads N] [--cold-starts N]
#                    [--install] [--no-publish] [--unique]
# Exit: 0 targets met, 3 a target missed, 2 tools missing, 1 error.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=30 WARMUP=30 CONNECTIONS=16 THREADS=2 COLD_STARTS=3 INSTALL=0
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --threads) THREADS="$2"; shift 2 ;;
    --cold-starts) COLD_STARTS="$2"; shift 2 ;;
    --install) INSTALL=1; shift ;;
    --no-publish) NO_PUBLISH=1; shift ;;
    --unique) export UNIQUE_TEXT=1; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
done
# Bounded: no run may hold the machine for long.
[ "$DURATION" -ge 1 ] && [ "$DURATION" -le 600 ] || die "--duration must be 1..600 seconds"
[ "$WARMUP" -ge 0 ] && [ "$WARMUP" -le 120 ] || die "--warmup must be 0..120 seconds"

trap cleanup EXIT
trap 'exit 130' INT TERM
require_tools "$INSTALL"

read -r load1 _ < /proc/loadavg
log "machine: $(nproc) cores, load average $load1 (measure on a quiet machine: above ~0.5 the numbers are noise)"

# BOT_PROJECT/BOT_DLL let the harness itself be checked against the bare endpoint before a bot exists.
BOT_PROJECT="${BOT_PROJECT:-src/AwarenessBot.Web}" BOT_DLL="${BOT_DLL:-AwarenessBot.Web.dll}"
publish "$BOT_PROJECT" "$OUT_DIR/bot"
publish tests/AwarenessBot.BareEndpoint "$OUT_DIR/bare"
start_connector

# Cold start: process creation to the first answered turn, on a fresh process each time.
cold=()
for i in $(seq 1 "$COLD_STARTS"); do
  port=$(free_port)
  start_app cold "$OUT_DIR/bot" "$BOT_DLL" "$port"
  ms=$(wait_first_turn "$port" 60) || die "the bot answered no turn within 60 s (see its log above)"
  cold+=("$ms")
  stop_pid "$APP_PID"
  log "cold start $i: $ms ms"
done
COLD_MEDIAN=$(printf '%s\n' "${cold[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

declare -A R
# measure NAME DIR DLL: warm-up run, then the measured run with memory sampling.
measure() {
  local name="$1" dir="$2" dll="$3" port wrk_out before after mem
  port=$(free_port)
  start_app "$name" "$dir" "$dll" "$port"
  wait_first_turn "$port" 60 >/dev/null || die "$name answered no turn within 60 s"
  local url="http://127.0.0.1:$port"
  if [ "$WARMUP" -gt 0 ]; then
    log "$name: warm-up ${WARMUP}s"
    SERVICE_URL="$CONNECTOR_URL" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$LOAD_DIR/turns.lua" "$url" >/dev/null
  fi
  log "$name: ${DURATION}s at $CONNECTIONS connections, $THREADS threads"
  wrk_out="$RUN_DIR/$name.wrk" mem="$RUN_DIR/$name.mem"
  before=$(connector_requests)
  sample_memory "$APP_PID" "$mem" 0.5
  SERVICE_URL="$CONNECTOR_URL" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency \
    -s "$LOAD_DIR/turns.lua" "$url" >"$wrk_out"
  stop_pid "$SAMPLER_PID"
  after=$(connector_requests)
  sed -n '/Latency Distribution/,/Requests\/sec/p' "$wrk_out" >&2
  stop_pid "$APP_PID"
  grep -q '^RESULT' "$wrk_out" || { cat "$wrk_out" >&2; die "wrk printed no RESULT line for $name"; }
  local f
  for f in requests rps p50_ms p90_ms p99_ms max_ms non2xx connect read write timeout; do
    R[$name.$f]=$(result_field "$wrk_out" "$f")
  done
  R[$name.errors]=$(awk -v a="${R[$name.non2xx]}" -v b="${R[$name.connect]}" -v c="${R[$name.read]}" \
    -v d="${R[$name.write]}" -v e="${R[$name.timeout]}" 'BEGIN {print a + b + c + d + e}')
  # Connector posts per turn (minus this script's own status request): proves replies were sent.
  R[$name.posts]=$(awk -v a="$after" -v b="$before" -v n="${R[$name.requests]}" \
    'BEGIN {printf "%.2f", n ? (a - b - 1) / n : 0}')
  R[$name.rss_steady]=$(awk '{s+=$2; n++} END {printf "%.0f", n ? s / n / 1024 : 0}' "$mem")
  R[$name.rss_peak]=$(awk '$3>m {m=$3} END {printf "%.0f", m / 1024}' "$mem")
}

measure bot "$OUT_DIR/bot" "$BOT_DLL"
measure bare "$OUT_DIR/bare" AwarenessBot.BareEndpoint.dll

ratio=$(awk -v a="${R[bot.rps]}" -v b="${R[bare.rps]}" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
ok() { awk "BEGIN {exit !($1)}" && echo yes || echo NO; }
t_ratio=$(ok "$ratio >= 0.80"); t_p99=$(ok "${R[bot.p99_ms]} <= 25"); t_err=$(ok "${R[bot.errors]} == 0")
t_rss=$(ok "${R[bot.rss_steady]} <= 250"); t_cold=$(ok "$COLD_MEDIAN <= 2000")

mkdir -p "$OUT_DIR"
{
  echo "Load run $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores, load average $load1 at start, ${DURATION}s," \
    "$CONNECTIONS connections, $THREADS wrk threads, $(dotnet --version) SDK," \
    "$([ "${UNIQUE_TEXT:-0}" = 1 ] && echo 'every message text unique' || echo 'the 36-message mix')"
  echo
  echo "| metric | bot | bare endpoint | bot / bare | target | met |"
  echo "|---|---:|---:|---:|---|---|"
  echo "| turns/s | ${R[bot.rps]} | ${R[bare.rps]} | $ratio | ≥ 0.80 of bare | $t_ratio |"
  for p in p50 p90 p99; do
    target="" met=""; [ $p = p99 ] && target="≤ 25 ms" && met=$t_p99
    echo "| $p latency (ms) | ${R[bot.${p}_ms]} | ${R[bare.${p}_ms]} | | $target | $met |"
  done
  echo "| max latency (ms) | ${R[bot.max_ms]} | ${R[bare.max_ms]} | | | |"
  echo "| turns | ${R[bot.requests]} | ${R[bare.requests]} | | | |"
  echo "| errors (non-2xx + socket) | ${R[bot.errors]} | ${R[bare.errors]} | | 0 | $t_err |"
  echo "| Connector posts per turn | ${R[bot.posts]} | ${R[bare.posts]} | | ≥ 1 | |"
  echo "| steady RSS under load (MB) | ${R[bot.rss_steady]} | ${R[bare.rss_steady]} | | ≤ 250 | $t_rss |"
  echo "| peak RSS, VmHWM (MB) | ${R[bot.rss_peak]} | ${R[bare.rss_peak]} | | | |"
  echo "| cold start to first answered turn (ms) | $COLD_MEDIAN (runs: ${cold[*]}) | | | ≤ 2000 | $t_cold |"
} | tee "$OUT_DIR/results.md"

[ "$t_ratio$t_p99$t_err$t_rss$t_cold" = yesyesyesyesyes ] || exit 3
