#!/usr/bin/env python3
"""Fill the window catalog's unfinished texts from a translator's TSV file.

    python scripts/fill-translations.py fr translations.tsv [more.tsv ...]

Each line: context<TAB>English source<TAB>translation, a newline inside a text
written as \\n; a plural text gives its singular and plural forms separated by
" || ". Run scripts/update-translations.sh first (so that lupdate has added the new
texts), then this, then the script again (it compiles the .qm). A text the catalog
does not have is reported and left out; a text already translated is kept unless
--replace is given.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGS = Path(__file__).resolve().parent.parent / "resources" / "i18n" / "qt"


def read_tsv(path: Path) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"{path}:{number}: expected context<TAB>source<TAB>translation")
        context, source, translation = (part.replace("\\n", "\n") for part in parts)
        found[(context, source)] = translation
    return found


def fill(catalog: Path, wanted: dict[tuple[str, str], str], replace: bool) -> int:
    tree = ET.parse(catalog)
    filled = 0
    seen: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key not in wanted:
                continue
            seen.add(key)
            translation = message.find("translation")
            assert translation is not None
            if not replace and not translation.get("type"):
                continue
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for text in wanted[key].split(" || "):
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = wanted[key]
            filled += 1
    for key in sorted(set(wanted) - seen):
        print(f"not in the catalog (run update-translations.sh first?): {key}", file=sys.stderr)
    tree.write(catalog, encoding="utf-8", xml_declaration=True)
    return filled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language")
    parser.add_argument("tsv", nargs="+", type=Path)
    parser.add_argument("--replace", action="store_true")
    args = parser.parse_args()
    wanted: dict[tuple[str, str], str] = {}
    for path in args.tsv:
        wanted.update(read_tsv(path))
    filled = fill(CATALOGS / f"labapp_{args.language}.ts", wanted, args.replace)
    print(f"{filled} translation(s) filled")


if __name__ == "__main__":
    main()
