#!/usr/bin/env bash
# Soak: the bot (Release, auth off) under moderate, paced load for a bounded time, replying to the
# nginx Connector stand-in. Samples RSS from /proc and the GC heap with dotnet-counters, measures the live
# heap twice with dotnet-gcdump (a tenth of the way in, and near the end), then reports start/end figures,
# the trend, total and failed turns, and flags growth beyond noise.
# Usage: run-soak.sh [--duration S] [--connections N] [--delay-ms MS] [--sample S] [--install] [--no-publish]
# Exit: 0 clean, 3 failed turns or growth, 2 tools missing, 1 error.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DURATION=600 CONNECTIONS=4 DELAY_MS=10 SAMPLE=10 WARMUP=15 INSTALL=0
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --delay-ms) DELAY_MS="$2"; shift 2 ;;
    --sample) SAMPLE="$2"; shift 2 ;;
    --install) INSTALL=1; shift ;;
    --no-publish) NO_PUBLISH=1; shift ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
done
[ "$DURATION" -ge 60 ] && [ "$DURATION" -le 3600 ] || die "--duration must be 60..3600 seconds"
[ "$SAMPLE" -ge 1 ] && [ "$SAMPLE" -le 60 ] || die "--sample must be 1..60 seconds"

trap cleanup EXIT
trap 'exit 130' INT TERM
require_tools "$INSTALL"

# dotnet-counters samples the GC heap, dotnet-gcdump measures the live heap; NuGet tools, installed into
# artifacts/ only when asked. Prints the tool's path, or nothing when it is missing.
diagnostics_tool() {
  local name="$1" path
  path="$(command -v "$name" || echo "$OUT_DIR/tools/$name")"
  if [ ! -x "$path" ] && { [ "$INSTALL" = 1 ] || [ "${CI:-}" = true ]; }; then
    dotnet tool install "$name" --tool-path "$OUT_DIR/tools" >/dev/null || die "$name install failed"
  fi
  if [ -x "$path" ]; then
    echo "$path"
  else
    log "$name not found: its figure is not reported (install: dotnet tool install $name --tool-path $OUT_DIR/tools, or run with --install)"
  fi
}
COUNTERS="$(diagnostics_tool dotnet-counters)"
GCDUMP="$(diagnostics_tool dotnet-gcdump)"

read -r load1 _ < /proc/loadavg
log "machine: $(nproc) cores, load average $load1"

BOT_PROJECT="${BOT_PROJECT:-src/AwarenessBot.Web}" BOT_DLL="${BOT_DLL:-AwarenessBot.Web.dll}"
publish "$BOT_PROJECT" "$OUT_DIR/bot"
start_connector
port=$(free_port)
start_app soak "$OUT_DIR/bot" "$BOT_DLL" "$port"
wait_first_turn "$port" 60 >/dev/null || die "the bot answered no turn within 60 s"
url="http://127.0.0.1:$port"
export SERVICE_URL="$CONNECTOR_URL" TURN_DELAY_MS="$DELAY_MS"

log "warm-up ${WARMUP}s"
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s "$LOAD_DIR/turns.lua" "$url" >/dev/null

mem="$RUN_DIR/soak.mem" counters_csv="$RUN_DIR/soak-counters.csv" wrk_out="$RUN_DIR/soak.wrk"
sample_memory "$APP_PID" "$mem" "$SAMPLE"
if [ -n "$COUNTERS" ]; then
  # It stops by itself at the end of the soak, so the CSV is complete when read.
  "$COUNTERS" collect -p "$APP_PID" --format csv -o "$counters_csv" --refresh-interval "$SAMPLE" \
    --counters System.Runtime --duration "$(printf '00:%02d:%02d:%02d' $((DURATION / 3600)) \
    $((DURATION % 3600 / 60)) $((DURATION % 60)))" >"$RUN_DIR/counters.log" 2>&1 </dev/null &
  COUNTERS_PID=$!
  STARTED_PIDS+=("$COUNTERS_PID")
fi
live="$RUN_DIR/soak.live"
if [ -n "$GCDUMP" ]; then
  # The live heap (what a full collection keeps) a tenth of the way in, once the bounded caches have filled,
  # and 20 s before the end, under the same load. Each dump forces one full collection (a pause of ~0.1 s).
  # "Heap after the last GC" below cannot tell growth from gen-2 garbage that no full collection has freed yet.
  (live_heap() {
     "$GCDUMP" collect -p "$APP_PID" -o "$RUN_DIR/$1.gcdump" >/dev/null 2>&1 \
       && "$GCDUMP" report "$RUN_DIR/$1.gcdump" 2>/dev/null | awk '/GC Heap bytes/ {gsub(",", "", $1); printf "%.1f\n", $1 / 1048576}'
   }
   sleep $(( DURATION / 10 )); live_heap first >>"$live"
   sleep $(( DURATION - DURATION / 10 - 20 )); live_heap last >>"$live") </dev/null &
  LIVE_PID=$!
  STARTED_PIDS+=("$LIVE_PID")
fi
before=$(connector_requests)
log "soak: ${DURATION}s at $CONNECTIONS connections, ${DELAY_MS} ms pause per connection between turns"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency -s "$LOAD_DIR/turns.lua" "$url" >"$wrk_out"
after=$(connector_requests)
grep -q '^RESULT' "$wrk_out" || { cat "$wrk_out" >&2; die "wrk printed no RESULT line"; }
stop_pid "$SAMPLER_PID"
if [ -n "${LIVE_PID:-}" ]; then
  deadline=$(( SECONDS + 30 ))
  while kill -0 "$LIVE_PID" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
  stop_pid "$LIVE_PID"
fi
if [ -n "${COUNTERS_PID:-}" ]; then
  deadline=$(( SECONDS + SAMPLE + 15 ))
  while kill -0 "$COUNTERS_PID" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
  stop_pid "$COUNTERS_PID"
fi
stop_pid "$APP_PID"
mkdir -p "$OUT_DIR"
cp "$mem" "$OUT_DIR/soak-rss.txt"
[ ! -s "$counters_csv" ] || cp "$counters_csv" "$OUT_DIR/soak-counters.csv"

turns=$(result_field "$wrk_out" requests)
failed=$(awk -v a="$(result_field "$wrk_out" non2xx)" -v b="$(result_field "$wrk_out" connect)" \
  -v c="$(result_field "$wrk_out" read)" -v d="$(result_field "$wrk_out" write)" \
  -v e="$(result_field "$wrk_out" timeout)" 'BEGIN {print a + b + c + d + e}')
posts=$(awk -v a="$after" -v b="$before" -v n="$turns" 'BEGIN {printf "%.2f", (n ? (a - b - 1) / n : 0)}')

# Series "seconds value_mb" -> "start end slope_mb_per_min": start/end are the means of the first and
# last tenth of the run (at least one sample each), slope a least-squares fit over all samples.
trend() {
  awk 'NR==1 {t0=$1} {t[NR]=$1-t0; v[NR]=$2} END {
    if (NR == 0) { print "n/a n/a n/a"; exit }
    k = int(NR / 10); if (k < 1) k = 1
    for (i = 1; i <= k; i++) { s += v[i]; e += v[NR - i + 1] }
    for (i = 1; i <= NR; i++) { st += t[i]; sv += v[i]; stt += t[i] * t[i]; stv += t[i] * v[i] }
    d = NR * stt - st * st; slope = d ? (NR * stv - st * sv) / d * 60 : 0
    printf "%.1f %.1f %.2f\n", s / k, e / k, slope }'
}
read -r rss_start rss_end rss_slope < <(awk '{print $1, $2 / 1024}' "$mem" | trend)
gc_start=n/a gc_end=n/a gc_slope=n/a
if [ -s "$counters_csv" ]; then
  # Sum the per-generation heap sizes after the last GC at each timestamp.
  read -r gc_start gc_end gc_slope < <(awk -F, '$3 ~ /^dotnet.gc.last_collection.heap.size/ {
      if (!($1 in h)) { order[++n] = $1 } h[$1] += $5 }
    END { for (i = 1; i <= n; i++) print i, h[order[i]] / 1048576 }' "$counters_csv" \
    | awk -v s="$SAMPLE" '{print $1 * s, $2}' | trend)
fi

read -r live_start live_end < <(awk '{v[NR] = $1} END {print (NR == 2 ? v[1] " " v[2] : "n/a n/a")}' "$live" 2>/dev/null || echo "n/a n/a")

# Growth beyond noise: more than 10% and more than 16 MB for RSS; 20% and 8 MB for the live heap. The heap after
# the last GC is reported with its trend but does not fail the run (see the live heap note above).
grew() { awk -v a="$1" -v b="$2" -v p="$3" -v m="$4" 'BEGIN {exit !(a != "n/a" && b - a > a * p && b - a > m)}'; }
# "rising" (reported, not failed): the fitted trend over the whole run would cross the same band, which
# catches a slow climb that the start/end means (each over a tenth of the run) smooth away.
trend_end() { awk -v a="$1" -v s="$2" -v d="$DURATION" 'BEGIN {print (a == "n/a" ? "n/a" : a + s * d / 60)}'; }
rss_flag=steady gc_flag=steady
grew "$rss_start" "$(trend_end "$rss_start" "$rss_slope")" 0.10 16 && rss_flag=rising
grew "$rss_start" "$rss_end" 0.10 16 && rss_flag=GROWTH
[ "$gc_start" = n/a ] && gc_flag=n/a
grew "$gc_start" "$(trend_end "$gc_start" "$gc_slope")" 0.20 8 && gc_flag=rising
grew "$gc_start" "$gc_end" 0.20 8 && gc_flag=higher
live_flag=steady
[ "$live_start" = n/a ] && live_flag=n/a
grew "$live_start" "$live_end" 0.20 8 && live_flag=GROWTH

mkdir -p "$OUT_DIR"
{
  echo "Soak $(date -u +%Y-%m-%dT%H:%MZ): ${DURATION}s, $CONNECTIONS connections, ${DELAY_MS} ms pause," \
    "$(nproc) cores, load average $load1 at start"
  echo
  echo "| figure | value |"
  echo "|---|---|"
  echo "| turns | $turns ($(result_field "$wrk_out" rps) turns/s) |"
  echo "| failed turns (non-2xx + socket errors) | $failed |"
  echo "| Connector posts per turn | $posts |"
  echo "| latency p50 / p99 / max (ms) | $(result_field "$wrk_out" p50_ms) / $(result_field "$wrk_out" p99_ms) / $(result_field "$wrk_out" max_ms) |"
  echo "| RSS start → end (MB), trend | $rss_start → $rss_end, $rss_slope MB/min: $rss_flag |"
  echo "| GC heap after last GC, start → end (MB), trend (information) | $gc_start → $gc_end, $gc_slope MB/min: $gc_flag |"
  echo "| live heap after a full GC, at 10 % → near the end (MB) | $live_start → $live_end: $live_flag |"
} | tee "$OUT_DIR/soak.md"

[ "$failed" = 0 ] && [ "$rss_flag" != GROWTH ] && [ "$live_flag" != GROWTH ] || exit 3
