#!/usr/bin/env bash
# Build the Linux app and smoke-test it, in one command, from any folder:
#
#   bash packaging/build-linux.sh
#
# Makes, under the repository's dist/ (ignored by git):
#   dist/labapp/                      the one-folder app: dist/labapp/labapp is the program
#   dist/labapp/linux/                desktop file, icons, udev rules and install-linux.sh
#   dist/labapp-VERSION-linux-x86_64.tar.gz   the same folder, to copy to a lab computer
#
# then runs the app from that archive, unpacked in a temporary folder, with an empty
# environment (no PATH to any Python, no PYTHONPATH/PYTHONHOME): --version, a demo database,
# grading a case file, a PDF report, the device libraries, and the window offscreen.
#
# The build venv (build/packaging/venv, not the repository's .venv) holds the pinned
# PyInstaller and labapp's dependencies from pyproject.toml; it is kept between builds and
# made again when either list changes. labapp itself is taken from the source tree.
#
# Environment:
#   PYTHON                      the Python to build with (default python3; 3.11+, with its
#                               shared libpython, as Debian's and pyenv's builds have)
#   LABAPP_SMOKE_POSTGRES_URL   an empty PostgreSQL database: the smoke test also seeds it
#                               and writes a report from it (e.g. postgresql://postgres@127.0.0.1/smoke)
#   LABAPP_SKIP_SMOKE=1         build only
#   LABAPP_SMOKE_ONLY=1         no build: smoke-test the archive already in dist/
set -euo pipefail

started=$(date +%s)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
build="$repo/build/packaging"
dist="$repo/dist"
venv="$build/venv"
python=${PYTHON:-python3}

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'build-linux: %s\n' "$*" >&2; exit 1; }

[ "$(uname -s)" = Linux ] || fail "this builds the Linux app; see packaging/README.md for the others"
"$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || fail "$python is older than 3.11 (set PYTHON=...)"
version=$("$python" -c 'import sys; sys.path.insert(0, sys.argv[1]); import bundle; print(bundle.app_version())' "$here")
arch=$(uname -m)
mkdir -p "$build"

app="$dist/labapp"
tarball="$dist/labapp-$version-linux-$arch.tar.gz"
if [ "${LABAPP_SMOKE_ONLY:-}" = 1 ]; then
  [ -f "$tarball" ] || fail "LABAPP_SMOKE_ONLY=1: no $tarball to test"
  say "build skipped (LABAPP_SMOKE_ONLY=1): testing $tarball"
else
  # -- 1. the build venv -------------------------------------------------------------------
  say "build venv ($venv)"
  # What the venv must hold: the pinned build tools, labapp's runtime dependencies, and the
  # Python they are built for. A change to any of them makes a fresh venv (no stale packages).
  "$python" -c 'import sys, tomllib
with open(sys.argv[1], "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["dependencies"]))' \
    "$repo/pyproject.toml" > "$build/app-requirements.txt"
  wanted=$(cat "$here/requirements-build.txt" "$build/app-requirements.txt" \
    <("$python" -c 'import sys; print(sys.version)') | sha256sum | cut -d' ' -f1)
  if [ ! -x "$venv/bin/pyinstaller" ] || [ "$(cat "$venv/.labapp-stamp" 2>/dev/null)" != "$wanted" ]; then
    rm -rf "$venv"
    "$python" -m venv "$venv"
    if ! { "$venv/bin/pip" install --upgrade pip \
         && "$venv/bin/pip" install -r "$here/requirements-build.txt" -r "$build/app-requirements.txt"
       } > "$build/pip.log" 2>&1; then
      tail -30 "$build/pip.log"
      fail "pip could not fill the build venv (log: $build/pip.log)"
    fi
    echo "$wanted" > "$venv/.labapp-stamp"
    echo "made ($("$venv/bin/pip" freeze | wc -l) packages)"
  else
    echo "up to date"
  fi

  # Qt's system libraries: make_icons.py draws with Qt and the smoke test opens the window.
  bash "$repo/scripts/install-qt-libs.sh"

  # -- 2. PyInstaller ----------------------------------------------------------------------
  say "PyInstaller (log: $build/pyinstaller.log)"
  pyinstaller_started=$(date +%s)
  if ! "$venv/bin/pyinstaller" --noconfirm --distpath "$dist" --workpath "$build/work" \
      "$here/labapp.spec" > "$build/pyinstaller.log" 2>&1; then
    tail -40 "$build/pyinstaller.log"
    fail "PyInstaller failed"
  fi
  # Known and harmless, left out: Windows and macOS libraries named by pyserial's and adbutils'
  # ctypes code, GTK for Qt's optional GTK theme plugin, and drivers PyInstaller's own hooks
  # name for other setups (psycopg2, MySQLdb, pysqlite2, an older psycopg_binary's _uuid).
  grep -E 'WARNING|ERROR' "$build/pyinstaller.log" \
    | grep -vE 'required via ctypes not found|only basenames are supported|libg[dt]k-3' \
    | grep -vE 'Hidden import "(psycopg_binary._uuid|pysqlite2|MySQLdb|psycopg2)" not found' || true
  echo "PyInstaller: $(( $(date +%s) - pyinstaller_started )) s"

  # Beside the program: what a lab computer needs around it (see packaging/linux/).
  mkdir -p "$app/linux/icons"
  cp "$here/linux/labapp.desktop" "$here/linux/60-labapp-phones.rules" "$app/linux/"
  install -m 755 "$here/linux/install-linux.sh" "$app/linux/install-linux.sh"
  cp -r "$build/icons/hicolor" "$app/linux/icons/"
  mkdir -p "$app/linux/icons/hicolor/scalable/apps"
  cp "$repo/resources/icons/labapp.svg" "$app/linux/icons/hicolor/scalable/apps/labapp.svg"
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$app/linux/labapp.desktop" || fail "labapp.desktop is not valid"
    echo "labapp.desktop: valid"
  else
    echo "desktop-file-validate not installed (Debian: desktop-file-utils): desktop file not checked"
  fi
  # GIT_OPTIONAL_LOCKS=0: `git status` must not refresh the index others are working with.
  commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
  if [ -n "$(GIT_OPTIONAL_LOCKS=0 git -C "$repo" status --porcelain 2>/dev/null)" ]; then
    commit="$commit+local-changes"
  fi
  {
    echo "labapp $version, built $(date -u +%Y-%m-%dT%H:%M:%SZ) from $commit"
    # shellcheck disable=SC1091  # the build machine's own file
    echo "on $(. /etc/os-release && echo "$PRETTY_NAME"), $arch, glibc $(ldd --version | head -1 | awk '{print $NF}')"
    echo "Python $("$venv/bin/python" -c 'import platform; print(platform.python_version())')"
    echo
    echo "frozen packages:"
    "$venv/bin/pip" freeze --all
  } > "$app/BUILD-INFO.txt"

  tar -C "$dist" -czf "$tarball" labapp
fi
built=$(date +%s)

# -- 3. smoke test -----------------------------------------------------------------------
if [ "${LABAPP_SKIP_SMOKE:-}" = 1 ]; then
  say "smoke test skipped (LABAPP_SKIP_SMOKE=1)"
else
  say "smoke test"
  smoke=$(mktemp -d /tmp/labapp-smoke.XXXXXX)
  adb_port="" window=""
  # Whatever happens, stop what the smoke test started: the window, the adb server.
  stop_started() {
    local code=${1:-0}
    if [ -n "$window" ] && kill -0 "$window" 2>/dev/null; then
      kill "$window"
    fi
    if [ -n "$adb_port" ] && [ -x "$smoke/labapp/_internal/adbutils/binaries/adb" ]; then
      ANDROID_ADB_SERVER_PORT=$adb_port "$smoke/labapp/_internal/adbutils/binaries/adb" \
        kill-server >/dev/null 2>&1 || true
    fi
    adb_port="" window=""
    if [ "$code" -ne 0 ] && [ -d "$smoke" ]; then
      echo "smoke test files kept for a look: $smoke" >&2
    fi
  }
  trap 'stop_started $?' EXIT
  # Unpacked from the archive, away from the build: a file the app found only at a build
  # path (the venv, the source tree) is missing here.
  tar -C "$smoke" -xzf "$tarball"
  frozen="$smoke/labapp/labapp"
  mkdir -p "$smoke/no-programs" "$smoke/home"
  # The whole environment of each run: PATH is an empty folder (no python3, no adb), and
  # PYTHONPATH, PYTHONHOME, LD_LIBRARY_PATH and the rest are gone.
  clean_env=(PATH="$smoke/no-programs" HOME="$smoke/home" LABAPP_HOME="$smoke/lab" LANG=C.UTF-8)
  db="$smoke/demo.sqlite3"
  case_file="$repo/tests/fixtures/cases/iphone12_lcd_premium.json"
  step=0

  run() {  # run NAME [VAR=value ...] -- ARGS...: the frozen app, output kept in $smoke/NAME.out
    local name=$1; shift
    local extra=()
    while [ "$1" != -- ]; do extra+=("$1"); shift; done
    shift
    step=$((step + 1))
    local t0 code=0
    t0=$(date +%s%N)
    env -i "${clean_env[@]}" "${extra[@]}" "$frozen" "$@" > "$smoke/$name.out" 2>&1 || code=$?
    printf '%2d. %-34s exit %s  %4d ms\n' "$step" "$name" "$code" $(( ($(date +%s%N) - t0) / 1000000 ))
    return "$code"
  }
  show() { sed 's/^/      | /' "$smoke/$1.out" | head -"${2:-4}"; }
  expect() { grep -q -- "$2" "$smoke/$1.out" || { cat "$smoke/$1.out"; fail "$1: expected '$2'"; }; }

  echo "app: $smoke/labapp (env -i PATH=$smoke/no-programs: $(env -i PATH="$smoke/no-programs" /bin/sh -c 'command -v python3 || echo no python3 on it'))"
  run version -- --version || fail "--version failed"
  show version 1
  expect version "^labapp $version\$"

  run demo-seed -- --db "$db" demo seed --orders 60 || { show demo-seed 30; fail "demo seed failed"; }
  show demo-seed 1

  run grade -- grade "$case_file" || { show grade 30; fail "grade failed"; }
  show grade 2
  expect grade "^grade: "

  run audits -- --db "$db" audit list --state finalised --json || fail "audit list failed"
  audit=$(grep -m1 -o '"id": [0-9]*' "$smoke/audits.out" | grep -o '[0-9]*$') \
    || fail "no finalised audit in the demo database"
  echo "      | first finalised audit: $audit"

  run report-pdf -- --db "$db" report "$audit" --out "$smoke/report.pdf" \
    || { show report-pdf 30; fail "report failed"; }
  show report-pdf 1
  [ "$(head -c 5 "$smoke/report.pdf")" = "%PDF-" ] || fail "report.pdf is not a PDF"
  echo "      | report.pdf: $(stat -c %s "$smoke/report.pdf") bytes, starts with %PDF-"

  run report-de -- --db "$db" report "$audit" --lang de --out "$smoke/report-de.pdf" \
    || { show report-de 30; fail "German report failed"; }
  run verify -- --db "$db" verify "$smoke/report.pdf" || { show verify 30; fail "verify failed"; }
  show verify 1
  run report-xlsx -- --db "$db" report "$audit" --format xlsx --out "$smoke/report.xlsx" \
    || { show report-xlsx 30; fail "xlsx report failed"; }
  [ "$(head -c 2 "$smoke/report.xlsx")" = PK ] || fail "report.xlsx is not a workbook"
  run trends -- --db "$db" trends --out "$smoke/trends" || { show trends 30; fail "trends failed"; }
  charts=("$smoke"/trends/*.png)
  [ -e "$smoke/trends/trends.xlsx" ] || fail "trends wrote no workbook"
  echo "      | ${#charts[@]} PNG charts and trends.xlsx"

  # psycopg with its own libpq (PSYCOPG_IMPL=binary: never the system's): an unreachable
  # server must give labapp's message, not an import error.
  run postgres-refused PSYCOPG_IMPL=binary -- --db postgresql://labapp@127.0.0.1:1/none order list \
    && fail "a refused PostgreSQL connection did not fail"
  show postgres-refused 1
  expect postgres-refused "connection failed"
  if [ -n "${LABAPP_SMOKE_POSTGRES_URL:-}" ]; then
    pg=$LABAPP_SMOKE_POSTGRES_URL
    run pg-seed PSYCOPG_IMPL=binary -- --db "$pg" demo seed --orders 60 \
      || { show pg-seed 30; fail "demo seed on PostgreSQL failed"; }
    run pg-audits PSYCOPG_IMPL=binary -- --db "$pg" audit list --state finalised --json \
      || fail "audit list on PostgreSQL failed"
    pg_audit=$(grep -m1 -o '"id": [0-9]*' "$smoke/pg-audits.out" | grep -o '[0-9]*$')
    run pg-report PSYCOPG_IMPL=binary -- --db "$pg" report "$pg_audit" --out "$smoke/pg.pdf" \
      || { show pg-report 30; fail "report from PostgreSQL failed"; }
    [ "$(head -c 5 "$smoke/pg.pdf")" = "%PDF-" ] || fail "pg.pdf is not a PDF"
  fi

  # The device libraries as the bench uses them: pymobiledevice3 asks usbmuxd (absent here
  # unless installed: a note), adbutils starts the adb server it carries on a port of our
  # own, which we stop again (a developer's own adb server on 5037 is left alone).
  adb_port=$(( 20000 + RANDOM % 10000 ))
  run device-list ANDROID_ADB_SERVER_PORT=$adb_port -- device list \
    || { show device-list 30; fail "device list failed"; }
  show device-list 6
  adb_pid=$(pgrep -f "tcp:$adb_port fork-server" | head -1 || true)
  if [ -n "$adb_pid" ]; then
    echo "      | adb server started from $(readlink "/proc/$adb_pid/exe")"
  elif [ -e /usr/bin/adb ] || [ -e /bin/adb ]; then
    echo "      | (a system adb exists: adbutils may have used it)"
  else
    fail "device list did not start the bundled adb server"
  fi

  # The window, offscreen, on a fresh demo lab with simulated phones, in French: it is up
  # when the demo lab is seeded and the sign-in dialog waits for a person. There is no
  # option to close it by itself, so it is stopped once it has waited there 3 seconds.
  step=$((step + 1))
  env -i "${clean_env[@]}" LANGUAGE=fr QT_QPA_PLATFORM=offscreen "$frozen" --demo \
    > "$smoke/window.out" 2>&1 &
  window=$!
  log="$smoke/lab/logs/labapp.log"
  for _ in $(seq 1 120); do
    grep -q "labapp.services.demo: demo seed" "$log" 2>/dev/null && break
    kill -0 "$window" 2>/dev/null || break
    sleep 0.5
  done
  sleep 3
  if kill -0 "$window" 2>/dev/null; then
    kill "$window"; wait "$window" 2>/dev/null || true
    window=""  # reaped: its number may go to another process
  else
    code=0; wait "$window" || code=$?
    window=""
    cat "$smoke/window.out"; fail "the window exited by itself (exit $code)"
  fi
  printf '%2d. %-34s up, at the sign-in dialog\n' "$step" "window --demo (offscreen, fr)"
  grep -q "window language fr" "$log" || fail "the window did not take French"
  if grep -E "catalog is missing|could not be read|no Qt translation|Traceback" "$log" "$smoke/window.out"; then
    fail "the window lacks a translation or raised"
  fi
  grep -v "propagateSizeHints" "$smoke/window.out" | sed 's/^/      | /' || true
  echo "      | demo seeded, French catalogs (labapp and Qt's) loaded, no traceback"
  stop_started 0
  rm -rf "$smoke"
fi

# -- 4. what was made --------------------------------------------------------------------
say "done"
echo "app:      $app  ($(du -sh "$app" | cut -f1))"
echo "archive:  $tarball  ($(du -sh "$tarball" | cut -f1))"
echo "build:    $(( built - started )) s; total with smoke test $(( $(date +%s) - started )) s"
echo "install on a lab computer: tar -xzf $(basename "$tarball") && sudo labapp/linux/install-linux.sh"
