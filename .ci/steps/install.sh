#!/usr/bin/env bash
# Installs what the tests need, only when missing: Debian packages, then `npm ci` in every node folder.
set -uo pipefail
cd "$(dirname "$0")/../.."
. .ci/steps/common.sh

missing=()
command -v chromium >/dev/null || command -v chromium-browser >/dev/null || missing+=(chromium)
command -v redis-server >/dev/null || missing+=(redis-server)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v wrk >/dev/null || missing+=(wrk)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  if ! (as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}") >/tmp/ci-apt.log 2>&1; then
    echo "apt-get install failed (see /tmp/ci-apt.log)"; tail -5 /tmp/ci-apt.log; exit 1
  fi
fi

# Every test host watches its settings and the knowledge folder (hot reload): one inotify instance
# each, and Debian's default of 128 per user is shared by everything running as that user.
if [ "$(cat /proc/sys/fs/inotify/max_user_instances 2>/dev/null || echo 1024)" -lt 1024 ]; then
  as_root sysctl -q -w fs.inotify.max_user_instances=1024 >/dev/null 2>&1 || echo "could not raise fs.inotify.max_user_instances (tests may log that hot reload is off)"
fi

# The auth conformance check signs tokens with python's cryptography package.
if [ -d ../shared/conformance ] && ! python3 -c 'import cryptography' 2>/dev/null; then
  log "pip install cryptography"
  python3 -m pip install --quiet cryptography || as_root apt-get install -y -qq python3-cryptography >/dev/null || exit 1
fi

rc=0
for folder in $(node_folders); do
  log "npm ci in $folder"
  (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error) || { echo "npm ci failed in $folder"; rc=1; }
done
exit "$rc"
