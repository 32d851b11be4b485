#!/usr/bin/env bash
# The README's test command over every test project, browser tests included; records passed/failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
. .ci/steps/common.sh

log "dotnet test"
out=$(mktemp /tmp/ci-test-output.XXXXXX)
AWARENESSBOT_BROWSER_TESTS=1 dotnet test AwarenessBot.sln -c Release --no-build -nologo 2>&1 | tee "$out"
rc=${PIPESTATUS[0]}

# VSTest prints one summary per test assembly: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12".
passed=$(grep -oE 'Passed: +[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$out" | awk '{s+=$2} END {print s+0}')
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "dotnet test: $passed passed, $failed failed, $skipped skipped"
record test "$passed" "$failed"
[ "$rc" -eq 0 ] && [ "$failed" -eq 0 ]
