#!/usr/bin/env bash
# Fresh-machine set-up for Takedown Lab. Idempotent: when everything is
# present it only checks, in about a second.
#
#   1. Deno (pinned) from npm into $TAKEDOWN_TOOLS, outside the project
#      (a package.json in the project would be read by Deno).
#   2. npm packages from deno.lock into node_modules/ (`deno install`,
#      `--frozen` when CI=true), then a check that the packages with native
#      parts (nodejs-polars, @resvg/resvg-js) load.
#   3. Jupyter's headless executor (Python: nbclient, nbconvert,
#      jupyter_client): apt-get when root on Debian/Ubuntu, else
#      `pip install --user`, else a message naming what to install.
#   4. The project-local Deno kernelspec .jupyter/kernels/takedown-deno/,
#      found through JUPYTER_PATH=<project>/.jupyter. The user's own Jupyter
#      configuration is never touched (`deno jupyter --install` would write
#      there, so it is not used).
#
# Run it:     bash scripts/setup.sh [--deno-only]   (`./lab setup` does)
# Source it:  . scripts/setup.sh && takedown_setup [--deno-only]
#             (./lab does, so PATH, JUPYTER_PATH and TAKEDOWN_PYTHON stay set)
#
# --deno-only stops after step 2.
#
# Environment:
#   TAKEDOWN_TOOLS   where Deno goes (default ~/.cache/takedown-lab)
#   TAKEDOWN_PYTHON  a Python 3 that has nbclient, nbconvert, jupyter_client
#                    (default: the first of /usr/bin/python3, python3 that has)
#   CI=true          `deno install --frozen`: deno.lock must be up to date
#
# Functions return non-zero on failure instead of exiting, so a sourcing
# script (scripts/test.sh) can report the failure and carry on.

TAKEDOWN_DENO_VERSION=2.9.6
TAKEDOWN_KERNEL=takedown-deno
TAKEDOWN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

_setup_say() { printf 'setup: %s\n' "$*"; }
_setup_fail() { printf 'setup: FAILED: %s\n' "$*" >&2; }

# Milliseconds since the epoch (bash 5's EPOCHREALTIME; whole seconds before).
takedown_now_ms() {
  if [[ -n "${EPOCHREALTIME:-}" ]]; then
    local t=${EPOCHREALTIME/[.,]/}
    printf '%s\n' "$((t / 1000))"
  else
    printf '%s\n' "$((SECONDS * 1000))"
  fi
}

# Seconds with one decimal between a start in ms and now.
takedown_elapsed() {
  local ms=$(($(takedown_now_ms) - $1))
  printf '%d.%d s' "$((ms / 1000))" "$((ms % 1000 / 100))"
}

# Paths and variables every command needs; safe to call more than once.
takedown_env() {
  TAKEDOWN_TOOLS="${TAKEDOWN_TOOLS:-$HOME/.cache/takedown-lab}"
  TAKEDOWN_DENO_PREFIX="$TAKEDOWN_TOOLS/deno-$TAKEDOWN_DENO_VERSION"
  TAKEDOWN_DENO="$TAKEDOWN_DENO_PREFIX/node_modules/.bin/deno"
  # First on PATH, so no other deno is used.
  case "$PATH:" in
    "$TAKEDOWN_DENO_PREFIX/node_modules/.bin:"*) ;;
    *) PATH="$TAKEDOWN_DENO_PREFIX/node_modules/.bin:$PATH" ;;
  esac
  case ":${JUPYTER_PATH:-}:" in
    *":$TAKEDOWN_ROOT/.jupyter:"*) ;;
    *) JUPYTER_PATH="$TAKEDOWN_ROOT/.jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}" ;;
  esac
  export PATH JUPYTER_PATH TAKEDOWN_TOOLS
  export DENO_NO_UPDATE_CHECK=1 DENO_NO_PROMPT=1
}

# Prints the Deno version line of $TAKEDOWN_DENO, or nothing.
_setup_deno_version() {
  [[ -x "$TAKEDOWN_DENO" ]] || return 0
  "$TAKEDOWN_DENO" --version 2>/dev/null | sed -n 1p
}

takedown_setup_deno() {
  local want="deno $TAKEDOWN_DENO_VERSION "
  if [[ "$(_setup_deno_version)" == "$want"* ]]; then
    _setup_say "deno $TAKEDOWN_DENO_VERSION: present ($TAKEDOWN_DENO)"
    return 0
  fi
  if ! command -v npm >/dev/null 2>&1; then
    _setup_fail "deno $TAKEDOWN_DENO_VERSION is not in $TAKEDOWN_DENO_PREFIX and npm is missing: install Node.js 18 or newer with npm (https://nodejs.org/), then run ./lab setup again"
    return 1
  fi
  _setup_say "deno $TAKEDOWN_DENO_VERSION: installing from npm into $TAKEDOWN_DENO_PREFIX"
  mkdir -p "$TAKEDOWN_DENO_PREFIX" || return 1
  if ! npm install --prefix "$TAKEDOWN_DENO_PREFIX" --no-save --no-audit --no-fund \
    --loglevel=error "deno@$TAKEDOWN_DENO_VERSION"; then
    _setup_fail "npm install deno@$TAKEDOWN_DENO_VERSION into $TAKEDOWN_DENO_PREFIX failed (see npm's message above); check the network or the npm registry setting (npm config get registry)"
    return 1
  fi
  local got
  got="$(_setup_deno_version)"
  if [[ "$got" != "$want"* ]]; then
    _setup_fail "after npm install, $TAKEDOWN_DENO reports: ${got:-nothing}; expected deno $TAKEDOWN_DENO_VERSION. Remove $TAKEDOWN_DENO_PREFIX and run ./lab setup again"
    return 1
  fi
  _setup_say "deno $TAKEDOWN_DENO_VERSION: installed ($TAKEDOWN_DENO)"
}

# Loads both native packages and uses them once.
_SETUP_NATIVE_CHECK='
const pl = (await import("nodejs-polars")).default;
const { Resvg } = await import("@resvg/resvg-js");
const sum = pl.DataFrame({ a: [1, 2, 3] }).getColumn("a").sum();
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>`;
const png = new Resvg(svg).render().asPng();
if (sum !== 6 || png[1] !== 0x50) throw new Error(`unexpected: ${sum} ${png[1]}`);
'

takedown_setup_npm() {
  local args=(install)
  [[ "${CI:-}" == true ]] && args+=(--frozen)
  _setup_say "npm packages: deno ${args[*]} (deno.lock -> node_modules/)"
  if ! (cd "$TAKEDOWN_ROOT" && "$TAKEDOWN_DENO" "${args[@]}"); then
    _setup_fail "deno ${args[*]} failed (see above). With --frozen, deno.lock must match deno.json: run \`deno install\` locally and commit deno.lock"
    return 1
  fi
  if ! (cd "$TAKEDOWN_ROOT" && "$TAKEDOWN_DENO" eval "$_SETUP_NATIVE_CHECK"); then
    _setup_fail "the native parts of nodejs-polars or @resvg/resvg-js do not load (see above). Remove node_modules/ and run ./lab setup again"
    return 1
  fi
  _setup_say "npm packages: native parts of nodejs-polars and @resvg/resvg-js load"
}

# Prints the first Python with Jupyter's executor modules, or fails.
takedown_find_python() {
  local candidate path
  for candidate in ${TAKEDOWN_PYTHON:-} /usr/bin/python3 python3; do
    path="$(command -v "$candidate" 2>/dev/null)" || continue
    if "$path" -c 'import nbclient, nbconvert, jupyter_client' >/dev/null 2>&1; then
      printf '%s\n' "$path"
      return 0
    fi
  done
  return 1
}

_setup_is_debian() {
  [[ -f /etc/debian_version ]] && command -v apt-get >/dev/null 2>&1
}

takedown_setup_jupyter() {
  local python
  if python="$(takedown_find_python)"; then
    TAKEDOWN_PYTHON="$python"
    export TAKEDOWN_PYTHON
    _setup_say "jupyter executor: present ($python has nbclient, nbconvert, jupyter_client)"
    return 0
  fi
  local debs=(jupyter-nbconvert python3-nbclient jupyter-client)
  local pips=(nbclient nbconvert jupyter_client)
  if [[ "$(id -u)" == 0 ]] && _setup_is_debian; then
    _setup_say "jupyter executor: missing; apt-get install ${debs[*]}"
    if ! apt-get update -q ||
      ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        --no-install-recommends "${debs[@]}" </dev/null; then
      _setup_fail "apt-get install ${debs[*]} failed (see above)"
      return 1
    fi
  elif command -v python3 >/dev/null 2>&1 && python3 -m pip --version >/dev/null 2>&1; then
    _setup_say "jupyter executor: missing; python3 -m pip install --user ${pips[*]}"
    if ! python3 -m pip install --user --quiet "${pips[@]}" </dev/null; then
      _setup_fail "pip install --user ${pips[*]} failed (see above). Install them another way (Debian/Ubuntu: sudo apt-get install ${debs[*]}) and set TAKEDOWN_PYTHON to that python"
      return 1
    fi
  else
    _setup_fail "Jupyter's executor is missing and neither apt-get (as root) nor pip is available. Install it: on Debian/Ubuntu \`sudo apt-get install ${debs[*]}\`, elsewhere \`pip install --user ${pips[*]}\`; then run ./lab setup again (set TAKEDOWN_PYTHON if it is not python3)"
    return 1
  fi
  if ! python="$(takedown_find_python)"; then
    _setup_fail "installed, but no python imports nbclient, nbconvert, jupyter_client; set TAKEDOWN_PYTHON to the interpreter that has them"
    return 1
  fi
  TAKEDOWN_PYTHON="$python"
  export TAKEDOWN_PYTHON
  _setup_say "jupyter executor: installed ($python)"
}

# Prints the command of an interactive Jupyter front end (JupyterLab or
# Jupyter Notebook), or fails.
takedown_find_jupyter_server() {
  local app
  for app in jupyter-lab jupyter-notebook; do
    if command -v "$app" >/dev/null 2>&1; then
      command -v "$app"
      return 0
    fi
  done
  return 1
}

# Installs an interactive front end the way the executor is installed:
# Debian's jupyter-notebook when root on Debian/Ubuntu, else pip --user,
# else a message naming what to install.
takedown_setup_jupyter_server() {
  local app
  if app="$(takedown_find_jupyter_server)"; then
    _setup_say "jupyter front end: present ($app)"
    return 0
  fi
  if [[ "$(id -u)" == 0 ]] && _setup_is_debian; then
    _setup_say "jupyter front end: missing; apt-get install jupyter-notebook"
    if ! apt-get update -q ||
      ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        --no-install-recommends jupyter-notebook </dev/null; then
      _setup_fail "apt-get install jupyter-notebook failed (see above)"
      return 1
    fi
  elif command -v python3 >/dev/null 2>&1 && python3 -m pip --version >/dev/null 2>&1; then
    _setup_say "jupyter front end: missing; python3 -m pip install --user notebook"
    if ! python3 -m pip install --user --quiet notebook </dev/null; then
      _setup_fail "pip install --user notebook failed (see above). Install Jupyter Notebook or JupyterLab another way (Debian/Ubuntu: sudo apt-get install jupyter-notebook), then run ./lab jupyter again"
      return 1
    fi
    PATH="$(python3 -m site --user-base)/bin:$PATH"
    export PATH
  else
    _setup_fail "no Jupyter front end, and neither apt-get (as root) nor pip is available. Install one: on Debian/Ubuntu \`sudo apt-get install jupyter-notebook\`, elsewhere \`pip install --user notebook\` (or jupyterlab); then run ./lab jupyter again. (./lab reproduce runs the notebooks without it.)"
    return 1
  fi
  if ! app="$(takedown_find_jupyter_server)"; then
    _setup_fail "installed, but neither jupyter-lab nor jupyter-notebook is on PATH"
    return 1
  fi
  _setup_say "jupyter front end: installed ($app)"
}

_setup_json_string() {
  local s=$1
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  printf '"%s"' "$s"
}

# The project kernel's kernel.json text.
takedown_kernel_spec() {
  printf '{\n'
  printf '  "argv": [%s, "jupyter", "--kernel", "--conn", "{connection_file}"],\n' \
    "$(_setup_json_string "$TAKEDOWN_DENO")"
  printf '  "display_name": "Takedown Lab (Deno %s)",\n' "$TAKEDOWN_DENO_VERSION"
  printf '  "language": "typescript",\n'
  printf '  "env": {"TZ": "UTC", "LC_ALL": "en_US.UTF-8", "DENO_NO_UPDATE_CHECK": "1"}\n'
  printf '}'
}

# takedown_write_kernel DIR LABEL: writes DIR/kernel.json unless it is
# already the same.
takedown_write_kernel() {
  local dir=$1 label=$2 spec
  spec="$(takedown_kernel_spec)"
  if [[ -f "$dir/kernel.json" ]] && [[ "$(cat "$dir/kernel.json")" == "$spec" ]]; then
    _setup_say "jupyter kernel: present ($label)"
    return 0
  fi
  mkdir -p "$dir" || return 1
  printf '%s\n' "$spec" >"$dir/kernel.json.tmp" && mv "$dir/kernel.json.tmp" "$dir/kernel.json" || return 1
  _setup_say "jupyter kernel: wrote $label/kernel.json (runs $TAKEDOWN_DENO)"
}

takedown_setup_kernel() {
  takedown_write_kernel "$TAKEDOWN_ROOT/.jupyter/kernels/$TAKEDOWN_KERNEL" \
    ".jupyter/kernels/$TAKEDOWN_KERNEL, JUPYTER_PATH=$TAKEDOWN_ROOT/.jupyter"
}

# The user's Jupyter data folder, where front ends such as VS Code look for
# kernels: $JUPYTER_DATA_DIR, else ~/.local/share/jupyter (Linux) or
# ~/Library/Jupyter (macOS).
takedown_user_kernel_dir() {
  local base="${JUPYTER_DATA_DIR:-}"
  if [[ -z "$base" ]]; then
    if [[ "$(uname -s)" == Darwin ]]; then
      base="$HOME/Library/Jupyter"
    else
      base="${XDG_DATA_HOME:-$HOME/.local/share}/jupyter"
    fi
  fi
  printf '%s/kernels/%s\n' "$base" "$TAKEDOWN_KERNEL"
}

# Optional tools some tests use, installed for ./lab test: Debian's
# Chromium (the offline report in a real browser, tests/_browser.ts),
# pandas (the benchmark's agreement check, bench/agreement_test.ts) and
# Jupyter Notebook (./lab jupyter, tests/jupyter_server_test.ts).
# apt-get when root on Debian/Ubuntu; otherwise those tests skip with a
# message, and this says what to install. Never fails.
takedown_setup_test_tools() {
  local missing=()
  [[ -x /usr/bin/chromium ]] || missing+=(chromium)
  /usr/bin/python3 -c 'import pandas' >/dev/null 2>&1 || missing+=(python3-pandas)
  takedown_find_jupyter_server >/dev/null || missing+=(jupyter-notebook)
  if [[ ${#missing[@]} -eq 0 ]]; then
    _setup_say "test tools: present (/usr/bin/chromium, pandas for /usr/bin/python3, a Jupyter front end)"
    return 0
  fi
  if [[ "$(id -u)" == 0 ]] && _setup_is_debian; then
    _setup_say "test tools: missing; apt-get install ${missing[*]}"
    if (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
      --no-install-recommends "${missing[@]}" </dev/null); then
      return 0
    fi
    _setup_say "test tools: apt-get install ${missing[*]} failed (see above); the tests that need them will be skipped"
    return 0
  fi
  _setup_say "test tools: missing ${missing[*]}; the tests that need them will be skipped (Debian/Ubuntu: sudo apt-get install ${missing[*]})"
}

# Generates the synthetic demo bundle (cli/demo.ts) when one of its three
# folders is missing; used by ./lab reproduce and ./lab test.
takedown_demo_bundle() {
  local name
  for name in demo_statebacked demo_unattributed demo_organic; do
    if [[ ! -d "$TAKEDOWN_ROOT/data/demo/releases/$name" ]]; then
      printf 'demo bundle: data/demo/releases/%s is missing: deno run -A cli/demo.ts\n' "$name"
      (cd "$TAKEDOWN_ROOT" && deno run -A cli/demo.ts)
      return
    fi
  done
  printf 'demo bundle: present (data/demo/releases/)\n'
}

# takedown_setup [--deno-only]
takedown_setup() {
  local start
  start="$(takedown_now_ms)"
  takedown_env
  takedown_setup_deno || return 1
  takedown_setup_npm || return 1
  if [[ "${1:-}" != "--deno-only" ]]; then
    takedown_setup_jupyter || return 1
    takedown_setup_kernel || return 1
  fi
  _setup_say "done in $(takedown_elapsed "$start")"
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -uo pipefail
  case "${1:-}" in
    "" | --deno-only) takedown_setup "$@" || exit 1 ;;
    *)
      printf 'usage: bash scripts/setup.sh [--deno-only]\n' >&2
      exit 2
      ;;
  esac
fi
