#!/usr/bin/env bash
# Build the one-folder bundle (PyInstaller) and smoke-test it from a clean directory.
#
#     packaging/build_bundle.sh [OUTPUT_DIR]        (default: dist/)
#
# Makes OUTPUT_DIR/networkjournal/ with the executable OUTPUT_DIR/networkjournal/networkjournal.
# Steps:
#   1. a throwaway venv (from python3, or from $BASE_PYTHON) with pip install '.[bundle]';
#      or, when $PYTHON is set, that interpreter as it is: '.[bundle]' is installed into it,
#      so point it at a venv of its own, never at the development .venv (the editable
#      install would be replaced);
#   2. pyinstaller with packaging/pyinstaller/networkjournal.spec into OUTPUT_DIR;
#   3. the smoke test: the libraries the window plugins link to are all in the bundle
#      (or are ones every desktop has); then the folder is copied into an empty temporary directory and run
#      there under `env -i` (PATH=/usr/bin:/bin, no PYTHONPATH, HOME a temporary folder,
#      QT_QPA_PLATFORM=offscreen): --version, `--data-dir T demo`, `--data-dir T stats`,
#      and the window opened on the demo journal and quit (NETWORKJOURNAL_QUIT_AFTER_MS,
#      read by the bundle's entry script). Where unshare(1) can make a mount namespace
#      (root, Linux), the window check is run again with every Python installation on the
#      machine hidden, to prove the bundle needs none.
# The last line is "bundle smoke test: N passed, 0 failed" (exit 0) or names what failed
# (exit 1). Environment: SKIP_BUILD=1 smoke-tests an existing OUTPUT_DIR only;
# BUNDLE_EXTRAS (default "bundle") picks the extras to install, e.g. "bundle,encryption";
# BUNDLE_APT=1 first apt-get installs the system libraries the X11/Wayland plugins link to
# (SYSTEM_LIBS below), so that PyInstaller can put them in the bundle (root, Debian/Ubuntu).
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$(mkdir -p "${1:-$REPO/dist}" && cd "${1:-$REPO/dist}" && pwd)"
SPEC="$REPO/packaging/pyinstaller/networkjournal.spec"
EXTRAS="${BUNDLE_EXTRAS:-bundle}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/networkjournal-bundle.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

say() { printf '== %s\n' "$*"; }

build() {
    local py
    if [[ -n "${PYTHON:-}" ]]; then
        py="$PYTHON"
        say "using $py as it is"
    else
        say "throwaway venv in $WORK/venv"
        "${BASE_PYTHON:-python3}" -m venv "$WORK/venv"
        py="$WORK/venv/bin/python"
    fi
    # setuptools builds inside the checkout: leave no build/ behind if there was none.
    local had_build=0
    [[ -e "$REPO/build" ]] && had_build=1
    "$py" -m pip install -q --disable-pip-version-check "${REPO}[${EXTRAS}]"
    [[ $had_build == 1 ]] || rm -rf "$REPO/build"
    "$py" -m PyInstaller --version
    say "pyinstaller → $OUT/networkjournal"
    # Run from $WORK so no stray ./networkjournal shadows the installed package.
    (cd "$WORK" && "$py" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$OUT" --workpath "$WORK/build" "$SPEC")
}

# The X11 and Wayland plugins need these; PyInstaller bundles them only if the build
# machine has them, so a bundle built without them cannot open a window on X11.
SYSTEM_LIBS=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libwayland-cursor0)
if [[ "${BUNDLE_APT:-0}" == 1 ]]; then
    say "apt-get install ${SYSTEM_LIBS[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "${SYSTEM_LIBS[@]}" >/dev/null ||
        { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${SYSTEM_LIBS[@]}" >/dev/null; }
fi

[[ "${SKIP_BUILD:-0}" == 1 ]] || build

BUNDLE="$OUT/networkjournal"
[[ -x "$BUNDLE/networkjournal" ]] || { echo "no executable at $BUNDLE/networkjournal" >&2; exit 1; }
say "bundle: $(du -sh "$BUNDLE" | cut -f1) in $(find "$BUNDLE" -type f | wc -l) files ($BUNDLE)"

# ---- smoke test, from a clean directory ------------------------------------------------
CLEAN="$WORK/clean"
mkdir -p "$CLEAN/home" "$CLEAN/run"
cp -a "$BUNDLE" "$CLEAN/app"
EXE="$CLEAN/app/networkjournal"
JOURNAL_DIR="$CLEAN/journal"
passed=0
failed=0
failures=()

# run NAME CMD...: run CMD in the clean directory with a bare environment; output in $WORK/NAME.log
run() {
    local name="$1"
    shift
    (cd "$CLEAN/run" && env -i PATH=/usr/bin:/bin HOME="$CLEAN/home" LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen "$@") >"$WORK/$name.log" 2>&1
}

nonzero() { [[ "$status" != 0 ]] || status=1; } # a check failed although the command did not

check() {
    local name="$1" status="$2" why="${3:-}"
    if [[ "$status" == 0 ]]; then
        passed=$((passed + 1))
        echo "PASS $name"
    else
        failed=$((failed + 1))
        failures+=("$name")
        echo "FAIL $name ${why}"
    fi
    sed 's/^/    | /' "$WORK/$name.log" | head -40
}

# Every library the window plugins link to is in the bundle or is one PyInstaller leaves
# to the system (libc, libGL/libEGL, libxcb, libwayland-client, libdbus...): none missing.
status=0
INTERNAL="$CLEAN/app/_internal"
{
    for lib in "$INTERNAL"/PySide6/Qt/plugins/platforms/lib{qxcb,qwayland,qoffscreen}.so \
        "$INTERNAL"/PySide6/Qt/plugins/{iconengines,imageformats,wayland-shell-integration}/*.so \
        "$INTERNAL"/PySide6/Qt/lib/libQt6{XcbQpa,WaylandClient,Widgets,Svg}.so.6; do
        [[ -e "$lib" ]] || { echo "missing from the bundle: ${lib#"$CLEAN"/app/}"; continue; }
        LD_LIBRARY_PATH="$INTERNAL:$INTERNAL/PySide6/Qt/lib" ldd "$lib" |
            sed -n "s|^\s*\(\S*\) => not found|${lib##*/} needs \1, not in the bundle|p" |
            sort -u
    done
} >"$WORK/plugin-libs.log" 2>&1
if [[ -s "$WORK/plugin-libs.log" ]]; then
    status=1
    echo "(build on a machine with: ${SYSTEM_LIBS[*]}; BUNDLE_APT=1 installs them)" \
        >>"$WORK/plugin-libs.log"
fi
check plugin-libs "$status"

status=0
run version timeout 60 "$EXE" --version || status=$?
grep -q "^networkjournal [0-9]" "$WORK/version.log" || nonzero
check version "$status"

status=0
run demo timeout 120 "$EXE" --data-dir "$JOURNAL_DIR" demo || status=$?
[[ -s "$JOURNAL_DIR/journal.sqlite3" ]] || nonzero
check demo "$status" "(no journal at $JOURNAL_DIR/journal.sqlite3?)"

status=0
run stats timeout 60 "$EXE" --data-dir "$JOURNAL_DIR" stats || status=$?
check stats "$status"

window_ok() { # the window opened offscreen, the icons loaded, no Qt plugin went missing
    local log="$WORK/$1.log"
    grep -q "^smoke: platform=offscreen" "$log" &&
        grep -q "^smoke: frozen=True" "$log" &&
        grep -q "^smoke: svg-imageformat=True app-icon-null=False" "$log" &&
        grep -q "^smoke: app-icon-pixmap-null=False" "$log" &&
        grep -q "^smoke: window main_window " "$log" &&
        ! grep -qiE "could not (find|load) the qt platform plugin|Traceback" "$log"
}

status=0
run window timeout 120 env NETWORKJOURNAL_QUIT_AFTER_MS=1500 "$EXE" --data-dir "$JOURNAL_DIR" ||
    status=$?
window_ok window || nonzero
check window "$status"

# The same with every Python on the machine hidden (an empty tmpfs over each), if we may.
PY_DIRS=()
for d in /usr/lib/python3* /usr/local/lib/python3* /root/.pyenv /opt/python* /usr/bin/python3*; do
    [[ -e "$d" && ! -L "$d" ]] && PY_DIRS+=("$d")
done
HIDE=""
for d in "${PY_DIRS[@]}"; do
    if [[ -d "$d" ]]; then
        HIDE+="mount -t tmpfs none '$d' && "
    else
        HIDE+="mount --bind /dev/null '$d' && "
    fi
done
if [[ ${#PY_DIRS[@]} -gt 0 ]] && unshare -m --propagation private true 2>/dev/null; then
    status=0
    run window-no-python timeout 120 unshare -m --propagation private /bin/sh -c \
        "${HIDE} ! command -v python3 >/dev/null && ! ls /usr/lib/python3*/os.py 2>/dev/null \
        && NETWORKJOURNAL_QUIT_AFTER_MS=1500 exec '$EXE' --data-dir '$JOURNAL_DIR'" ||
        status=$?
    window_ok window-no-python || nonzero
    check window-no-python "$status"
else
    echo "SKIP window-no-python (unshare cannot make a mount namespace here)"
fi

if [[ $failed -gt 0 ]]; then
    echo "failed: ${failures[*]}"
fi
echo "bundle smoke test: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
