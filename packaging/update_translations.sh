#!/usr/bin/env bash
# Extract every translatable string of networkjournal/ into resources/translations/.
#
#   packaging/update_translations.sh            refresh networkjournal.ts (the template)
#                                               and every networkjournal_<locale>.ts
#   packaging/update_translations.sh --release  also compile each networkjournal_<locale>.ts
#                                               into the .qm file the application loads
#
# pyside6-lupdate finds self.tr("…"), QCoreApplication.translate("Context", "…") and
# QT_TRANSLATE_NOOP("Context", "…"). It cannot see through a module's own helper,
# `def _tr(text): return QCoreApplication.translate("Context", text)`, so for those
# calls a shadow copy of the module is written with the same calls spelled out, line
# for line, and lupdate reads it too; the file names in the .ts point back at the
# real modules.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
venv_bin="${VENV_BIN:-$here/.venv/bin}"
lupdate="$venv_bin/pyside6-lupdate"
lrelease="$venv_bin/pyside6-lrelease"
python="$venv_bin/python"
out_dir="resources/translations"
template="$out_dir/networkjournal.ts"

shim="$(mktemp -d -t networkjournal-lupdate-shim.XXXXXX)"
trap 'rm -rf "$shim"' EXIT

"$python" - "$shim" <<'PY'
"""Spell out calls of module-level _tr() helpers as QCoreApplication.translate()."""

import ast
import sys
from pathlib import Path

shim = Path(sys.argv[1])


def literal(node, constants):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def quoted(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n").replace("\t", "\\t") + '"'


for path in sorted(Path("networkjournal").rglob("*.py")):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    # A helper is a function that ends in `return QCoreApplication.translate(CTX, TEXT, …)`
    # where CTX is literal and TEXT one of its parameters (or `a if n == 1 else b`).
    # name -> (context, positions of the text parameters, position of the count or None)
    helpers = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.FunctionDef) and node.body):
            continue
        params = [a.arg for a in node.args.args if a.arg not in ("self", "cls")]
        body = node.body[-1]
        call = body.value if isinstance(body, ast.Return) else None
        if not (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and len(call.args) >= 2
        ):
            continue
        context = literal(call.args[0], constants)
        text = call.args[1]
        names = [text] if isinstance(text, ast.Name) else []
        if isinstance(text, ast.IfExp):
            names = [text.body, text.orelse]
        if context is None or not names or not all(
            isinstance(n, ast.Name) and n.id in params for n in names
        ):
            continue
        count = call.args[3] if len(call.args) > 3 else None
        count_at = params.index(count.id) if isinstance(count, ast.Name) and count.id in params else None
        helpers[node.name] = (context, [params.index(n.id) for n in names], count_at)
    if not helpers:
        continue
    lines = {}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id not in helpers:
            continue
        context, text_at, count_at = helpers[node.func.id]
        # Given a count, the message is a plural one (%n).
        plural = ", None, 1" if count_at is not None and len(node.args) > count_at else ""
        for position in text_at:
            text = literal(node.args[position], {}) if position < len(node.args) else None
            if text is None:
                continue
            spelled = f"QCoreApplication.translate({quoted(context)}, {quoted(text)}{plural})"
            lines.setdefault(node.lineno, []).append(spelled)
    if lines:
        copy = shim / path
        copy.parent.mkdir(parents=True, exist_ok=True)
        last = max(lines)
        copy.write_text(
            "\n".join("; ".join(lines.get(n, [])) for n in range(1, last + 1)) + "\n",
            encoding="utf-8",
        )
PY

mkdir -p "$out_dir"
shopt -s nullglob
sources=(networkjournal "$shim/networkjournal")
# The template holds exactly today's strings; a translation keeps its vanished
# strings (marked obsolete) so a translator's work is not lost to a rewording.
"$lupdate" -extensions py -source-language en -locations absolute -no-obsolete \
    "${sources[@]}" -ts "$template"
locales=("$out_dir"/networkjournal_*.ts)
if ((${#locales[@]})); then
    "$lupdate" -extensions py -locations absolute "${sources[@]}" -ts "${locales[@]}"
fi
translations=("$template" "${locales[@]}")

# Point the shadow copies' locations back at the real modules.
for ts in "${translations[@]}"; do
    sed -i -E "s#filename=\"[^\"]*networkjournal-lupdate-shim\.[^/\"]+/#filename=\"../../#" "$ts"
done

if [[ "${1:-}" == "--release" ]]; then
    for ts in "$out_dir"/networkjournal_*.ts; do
        "$lrelease" "$ts" -qm "${ts%.ts}.qm"
    done
fi
