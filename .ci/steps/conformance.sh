#!/usr/bin/env bash
# Runs the black-box checks in ../shared/conformance (when that folder exists), each counted as one test.
set -uo pipefail
cd "$(dirname "$0")/../.."
. .ci/steps/common.sh

dir=../shared/conformance
if [ ! -d "$dir" ]; then
  echo "no $dir: conformance checks skipped"
  record conformance 0 0
  exit 0
fi

passed=0 failed=0
for check in "$dir"/*; do
  [ -f "$check" ] && [ -x "$check" ] || continue
  name=$(basename "$check")
  log "conformance: $name"
  if timeout 600 "$check" </dev/null >"/tmp/ci-conformance-$name.log" 2>&1; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name (log: /tmp/ci-conformance-$name.log)"; tail -15 "/tmp/ci-conformance-$name.log"
  fi
done
record conformance "$passed" "$failed"
[ "$failed" -eq 0 ]
