#!/usr/bin/env bash
# The whole test suite (`./lab test`, and CI through .ci/run):
#
#   setup                  scripts/setup.sh (Deno, npm packages, Jupyter, kernel)
#   test tools             Chromium and pandas when root on Debian (else the
#                          browser and benchmark-agreement tests skip)
#   demo bundle            cli/demo.ts, when data/demo/releases/ is incomplete
#   deno fmt --check       formatting (notebooks excluded: see below)
#   notebooks formatted    scripts/check_notebook_format.ts: each .ipynb as
#                          `deno fmt` formats it (Deno 2.9.6's --check
#                          misreports notebooks)
#   deno lint
#   deno check             type-check every TypeScript file
#   bench/_duckdb.ts       fmt, lint and check with its own config
#                          (bench/duckdb.deno.json: DuckDB is a benchmark-only
#                          dependency, kept out of the project's import map)
#   deno test -A --doc     unit tests, doc examples, notebook runs (TZ=UTC)
#
# Each step but the last counts as one test; deno test's own counts are
# added. The last line printed is always "<passed> passed, <failed> failed",
# and the exit status is 1 when anything failed.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/setup.sh
. "$ROOT/scripts/setup.sh"

if [[ $# -gt 0 ]]; then
  echo "test: no arguments expected, got: $*. To run some tests only: deno test -A <path>" >&2
  exit 2
fi

passed=0
failed=0
suite_start="$(takedown_now_ms)"

# step NAME COMMAND...: runs one check and counts it.
step() {
  local name=$1 start
  shift
  start="$(takedown_now_ms)"
  echo "== $name"
  if "$@"; then
    passed=$((passed + 1))
    echo "== $name: ok ($(takedown_elapsed "$start"))"
  else
    failed=$((failed + 1))
    echo "== $name: FAILED ($(takedown_elapsed "$start"))"
    return 1
  fi
}

finish() {
  echo "test: total time $(takedown_elapsed "$suite_start")"
  echo "$passed passed, $failed failed"
  [[ $failed -eq 0 ]]
  exit
}

# Runs deno test, echoing its output, and adds its counts.
deno_test() {
  local log start summary
  log="$(mktemp)"
  start="$(takedown_now_ms)"
  echo "== deno test -A --doc"
  TZ=UTC deno test -A --doc 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  # "ok | 57 passed (3 steps) | 0 failed | 1 ignored (12s)"
  summary="$(sed -E 's/\x1b\[[0-9;]*m//g' "$log" |
    grep -E '^(ok|FAILED) \| [0-9]+ passed' | tail -n 1)"
  rm -f "$log"
  if [[ -z "$summary" ]]; then
    failed=$((failed + 1))
    echo "== deno test: FAILED before reporting counts, exit status $status ($(takedown_elapsed "$start"))"
    return
  fi
  local p f i
  p="$(sed -E 's/^[A-Za-z]+ \| ([0-9]+) passed.*/\1/' <<<"$summary")"
  f="$(sed -E 's/.*\| ([0-9]+) failed.*/\1/' <<<"$summary")"
  i="$(sed -nE 's/.*\| ([0-9]+) ignored.*/\1/p' <<<"$summary")"
  passed=$((passed + p))
  failed=$((failed + f))
  if [[ $status -ne 0 && $f -eq 0 ]]; then
    failed=$((failed + 1))
    echo "== deno test: exit status $status although no test failed"
  fi
  echo "== deno test: $p passed, $f failed, ${i:-0} ignored ($(takedown_elapsed "$start"))"
}

if ! step "setup" takedown_setup; then
  finish
fi
takedown_setup_test_tools
step "demo bundle" takedown_demo_bundle
step "deno fmt --check" deno fmt --check
step "notebooks formatted" deno run -A scripts/check_notebook_format.ts
step "deno lint" deno lint
step "deno check" deno check .
# bench/_duckdb.ts: fmt, lint and check with its own config.
duckdb_script() {
  local config=(--config bench/duckdb.deno.json) frozen=()
  [[ "${CI:-}" == true ]] && frozen=(--frozen)
  deno fmt --check "${config[@]}" bench/_duckdb.ts &&
    deno lint "${config[@]}" bench/_duckdb.ts &&
    deno check "${config[@]}" "${frozen[@]}" bench/_duckdb.ts
}
step "bench/_duckdb.ts (own config)" duckdb_script
deno_test
finish
