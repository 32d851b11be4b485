#!/usr/bin/env bash
# Prints the final line "N passed, N failed" summed over the steps' records; fails when anything failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
. .ci/steps/common.sh

passed=0 failed=0
if [ -f "$CI_COUNTS" ]; then
  read -r passed failed < <(awk '{p+=$2; f+=$3} END {print p+0, f+0}' "$CI_COUNTS")
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
