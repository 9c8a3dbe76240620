#!/usr/bin/env bash
# The window's translations in one command: pyside6-lupdate gathers every tr() and
# translate() text of labapp/ui, and every error message template of the layers below
# it (labapp/ui/catalog_sources.py says which files and how), into
# resources/i18n/qt/labapp_<lang>.ts, keeping the
# translations already there and dropping texts the sources no longer have; then
# pyside6-lrelease compiles each .ts into the .qm the window loads.
#
# After adding or changing a text: run this, translate what lupdate marked unfinished
# (pyside6-linguist resources/i18n/qt/labapp_fr.ts, or by hand), run it again, and
# commit both the .ts and the .qm. tests/ui/test_french_interface.py fails until then.
set -euo pipefail
cd "$(dirname "$0")/.."

tool() {
  # The project's virtualenv first, then whatever PATH offers.
  for candidate in "${VIRTUAL_ENV:-.venv}/bin/$1" ".venv/bin/$1"; do
    [ -x "$candidate" ] && { echo "$candidate"; return; }
  done
  command -v "$1" || { echo "$1 not found: pip install PySide6-Essentials" >&2; exit 1; }
}
lupdate=$(tool pyside6-lupdate)
lrelease=$(tool pyside6-lrelease)
python=$(tool python)
mapfile -t arguments < <("$python" -m labapp.ui.catalog_sources)

folder=resources/i18n/qt
languages="fr"
for language in $languages; do
  catalog="$folder/labapp_$language.ts"
  "$lupdate" "${arguments[@]}" -target-language "$language" -ts "$catalog"
  "$lrelease" "$catalog" -qm "$folder/labapp_$language.qm"
done
# English is the sources' language, but "%n order(s)" still needs its two forms
# ("1 order", "2 orders"): an English catalog of the plural texts only.
"$lupdate" "${arguments[@]}" -pluralonly -target-language en -ts "$folder/labapp_en.ts"
"$lrelease" "$folder/labapp_en.ts" -qm "$folder/labapp_en.qm"
