#!/usr/bin/env bash
# Builds the whole solution in Release, warnings as errors (Directory.Build.props).
set -uo pipefail
cd "$(dirname "$0")/../.."
. .ci/steps/common.sh

log "dotnet build"
dotnet build AwarenessBot.sln -c Release -nologo -clp:ErrorsOnly
