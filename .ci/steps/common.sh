# Shared helpers for the .ci/steps scripts (sourced, not run).
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
export CI_COUNTS="${CI_COUNTS:-/tmp/ci-counts}"

log() { printf '\n== %s\n' "$*"; }

# record STEP PASSED FAILED: one line per step, summed by summary.sh.
record() { printf '%s %d %d\n' "$1" "$2" "$3" >>"$CI_COUNTS"; }

# Root on a fresh machine; a GitHub runner is a sudoer.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }

# package.json folders that have a lock file, from git when possible (never inside node_modules).
node_folders() {
  { git ls-files -- '*package-lock.json' 2>/dev/null \
      || find . -name package-lock.json -not -path '*/node_modules/*'; } \
    | grep -v node_modules | xargs -r -n1 dirname | sort -u
}
