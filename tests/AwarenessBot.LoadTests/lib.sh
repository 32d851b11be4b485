# Shared by run-load.sh and run-soak.sh (sourced, not run). Everything listens on 127.0.0.1 only;
# every process started here is recorded and stopped by cleanup (the callers trap EXIT).

LOAD_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$LOAD_DIR/../.." && pwd)"
OUT_DIR="${LOAD_OUT:-$REPO_ROOT/artifacts/load}"
RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/awarenessbot-load.XXXXXX")"
STARTED_PIDS=()

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '== %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

cleanup() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${STARTED_PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  STARTED_PIDS=()
  [ -n "${KEEP_RUN_DIR:-}" ] || rm -rf "$RUN_DIR"
}

# Stops one process this script started and forgets it.
stop_pid() {
  local pid="$1" kept=() p
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  for p in "${STARTED_PIDS[@]}"; do [ "$p" = "$pid" ] || kept+=("$p"); done
  STARTED_PIDS=("${kept[@]}")
}

# nginx and wrk: checked, and installed only when asked (--install) or on CI.
require_tools() {
  local install="$1" missing=() tool
  for tool in nginx wrk; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
  done
  for tool in curl dotnet ss; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is required"
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$install" = 1 ] || [ "${CI:-}" = true ]; then
    log "installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
      || die "apt-get install ${missing[*]} failed"
  else
    printf 'missing: %s\ninstall them with:\n  apt-get install -y nginx wrk\nor run this script with --install\n' \
      "${missing[*]}" >&2
    exit 2
  fi
}

nginx_bin() { command -v nginx 2>/dev/null || echo /usr/sbin/nginx; }

free_port() {
  local port tries=0
  while [ $tries -lt 200 ]; do
    port=$(( 20000 + RANDOM % 25000 ))
    if [ -z "$(ss -Htan "sport = :$port" 2>/dev/null)" ]; then echo "$port"; return 0; fi
    tries=$(( tries + 1 ))
  done
  die "no free loopback port found"
}

wait_port() {
  local port="$1" deadline=$(( SECONDS + ${2:-20} ))
  until [ -n "$(ss -Htln "sport = :$port" 2>/dev/null)" ]; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.05
  done
}

publish() {
  local project="$1" dest="$2"
  if [ "${NO_PUBLISH:-0}" = 1 ] && [ -d "$dest" ]; then log "reusing $dest"; return 0; fi
  # ReadyToRun, as deploymentTemplates/README.md publishes for App Service: our assemblies and their packages
  # are compiled ahead of time, so a cold start JITs far less (measured: 1.7–2.0 s → 1.3–1.5 s to the first turn).
  local rid
  case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
  log "dotnet publish $project (Release, ReadyToRun, $rid)"
  rm -rf "$dest"
  dotnet publish "$REPO_ROOT/$project" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
    -o "$dest" -nologo -v quiet >"$RUN_DIR/publish.log" 2>&1 \
    || { tail -n 20 "$RUN_DIR/publish.log" >&2; die "publish of $project failed"; }
}

# Sets CONNECTOR_PORT and CONNECTOR_URL.
start_connector() {
  local dir="$RUN_DIR/nginx"
  mkdir -p "$dir"
  CONNECTOR_PORT=$(free_port)
  sed -e "s#@RUN_DIR@#$dir#g" -e "s#@PORT@#$CONNECTOR_PORT#g" "$LOAD_DIR/nginx.conf.template" >"$dir/nginx.conf"
  "$(nginx_bin)" -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" >"$dir/stdout.log" 2>&1 &
  STARTED_PIDS+=($!)
  wait_port "$CONNECTOR_PORT" 10 || { cat "$dir/error.log" >&2; die "nginx did not start"; }
  CONNECTOR_URL="http://127.0.0.1:$CONNECTOR_PORT/"
  log "Connector stand-in (nginx) on $CONNECTOR_URL"
}

# Requests nginx has served so far (including the status requests themselves).
connector_requests() {
  curl -s "http://127.0.0.1:$CONNECTOR_PORT/nginx_status" | awk 'NR==3 {print $3}'
}

# start_app NAME PUBLISH_DIR DLL PORT: the app runs from its own folder, auth off, Warning logs.
# Sets APP_PID. APP_START_NS is the wall clock just before the process is created.
start_app() {
  local name="$1" dir="$2" dll="$3" port="$4"
  APP_START_NS=$(date +%s%N)
  (cd "$dir" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
      Logging__LogLevel__Default=Warning MicrosoftAppId= MicrosoftAppPassword= \
      dotnet "$dll") >"$RUN_DIR/$name.log" 2>&1 &
  APP_PID=$!
  STARTED_PIDS+=("$APP_PID")
}

# One message turn with deliveryMode expectReplies. Prints the HTTP status; the body goes to $2.
probe_turn() {
  local port="$1" body_file="$2" id="probe-$RANDOM$RANDOM"
  curl -s -o "$body_file" -w '%{http_code}' --max-time 5 -H 'Content-Type: application/json' \
    --data "{\"type\":\"message\",\"id\":\"$id\",\"deliveryMode\":\"expectReplies\",\"channelId\":\"webchat\",\
\"serviceUrl\":\"${CONNECTOR_URL:-http://127.0.0.1:9/}\",\"from\":{\"id\":\"dl_probe\"},\"recipient\":{\"id\":\"bot\"},\
\"conversation\":{\"id\":\"probe-$id\"},\"locale\":\"en-US\",\"text\":\"what is human trafficking\"}" \
    "http://127.0.0.1:$port/api/messages" 2>/dev/null || true
}

# Polls until a turn is answered with at least one reply activity; prints ms since APP_START_NS
# (resolution about 50 ms plus one curl).
wait_first_turn() {
  local port="$1" timeout_s="${2:-60}" body="$RUN_DIR/probe.json" status deadline
  deadline=$(( SECONDS + timeout_s ))
  while [ $SECONDS -lt $deadline ]; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 20 "$RUN_DIR"/*.log >&2; die "the app exited during startup"; }
    status=$(probe_turn "$port" "$body")
    if [ "$status" = 200 ] && grep -q '"activities" *: *\[ *{' "$body"; then
      echo $(( ($(date +%s%N) - APP_START_NS) / 1000000 ))
      return 0
    fi
    # 50 ms between probes: finer polling spawns enough curl processes to slow the start it measures.
    sleep 0.05
  done
  return 1
}

# sample_memory PID FILE INTERVAL: appends "epoch_s rss_kb hwm_kb" until stopped. Sets SAMPLER_PID.
sample_memory() {
  local pid="$1" file="$2" interval="${3:-0.5}"
  (while [ -r "/proc/$pid/status" ]; do
     awk -v t="$(date +%s)" '/^VmRSS:/ {r=$2} /^VmHWM:/ {h=$2} END {if (r) print t, r, h}' "/proc/$pid/status"
     sleep "$interval"
   done) >>"$file" 2>/dev/null &
  SAMPLER_PID=$!
  STARTED_PIDS+=("$SAMPLER_PID")
}

# RESULT line field from a wrk output file: result_field FILE NAME
result_field() { grep -o "[[:space:]]$2=[0-9.]*" <(grep '^RESULT' "$1") | head -1 | cut -d= -f2; }
