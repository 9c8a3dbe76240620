"""The lab's own name and address on its reports: text settings in the database, set
from the command line, printed on the PDF's letterhead in every language."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from .cli_helpers import labapp

CASE = Path(__file__).parents[1] / "fixtures" / "cases" / "iphone12_lcd_premium.json"
NAME = "Laboratoire Qualité Répar'Lab Lyon"
ADDRESS = ("12 rue des Lilas", "69003 Lyon", "France")


@pytest.fixture
def finalised(database_url):
    audit_id = labapp(database_url, "audit", "import", str(CASE), "--by", "Camille").out.strip()
    assert labapp(database_url, "audit", "finalize", audit_id, "--by", "Inès").code == 0
    return database_url, audit_id


def report_pages(db: str, audit_id: str, language: str, out: Path) -> list[str]:
    result = labapp(db, "report", audit_id, "--lang", language, "--out", str(out))
    assert result.code == 0, result.err
    return [page.extract_text() for page in PdfReader(out).pages]


def test_the_letterhead_names_the_lab_in_every_language(finalised, tmp_path):
    db, audit_id = finalised
    assert labapp(db, "settings", "set", "lab.name", f"  {NAME} ").code == 0
    typed = "\\n".join(ADDRESS)  # as typed in a shell: \n starts a new line
    result = labapp(db, "settings", "set", "lab.address", typed)
    assert result.code == 0, result.err
    assert result.out == "lab.address = 12 rue des Lilas / 69003 Lyon / France\n"
    for language, catalog_name in (
        ("fr", "Laboratoire qualité de la place de marché"),
        ("de", "Qualitätslabor des Marktplatzes"),
        ("en", "Marketplace Quality Lab"),
    ):
        pages = report_pages(db, audit_id, language, tmp_path / f"{language}.pdf")
        assert len(pages) >= 2
        assert catalog_name not in "\n".join(pages)
        # pypdf reads the page's own text first, then the header drawn over it.
        first, second = pages[0].splitlines(), pages[1].splitlines()
        at = first.index(NAME)  # trimmed as stored
        assert tuple(first[at + 1 : at + 4]) == ADDRESS
        # Later pages carry the name only: the address is the first page's letterhead.
        assert NAME in second and ADDRESS[0] not in second
    author = PdfReader(tmp_path / "fr.pdf").metadata.author
    assert author == NAME


def test_until_it_is_set_each_report_names_the_lab_in_its_language(finalised, tmp_path):
    db, audit_id = finalised
    listed = {s["name"]: s for s in labapp(db, "settings", "list", "--json").json()}
    assert listed["lab.name"]["value"] == "Marketplace Quality Lab"
    assert listed["lab.address"]["value"] == ""
    french = report_pages(db, audit_id, "fr", tmp_path / "fr.pdf")
    assert "Laboratoire qualité de la place de marché" in french[0].splitlines()


def test_a_long_name_is_printed_whole_beside_the_report_number(finalised, tmp_path):
    db, audit_id = finalised
    long_name = "Laboratoire d'audit qualité des appareils reconditionnés — Lyon Sud"
    assert labapp(db, "settings", "set", "lab.name", long_name).code == 0
    first = report_pages(db, audit_id, "fr", tmp_path / "long.pdf")[0].splitlines()
    # Drawn whole on its own line, beside the report number (smaller when it must be).
    assert long_name in first and "Rapport n° R-000001" in first


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("lab.name", "   ", "setting lab.name cannot be empty"),
        ("lab.name", "x" * 71, "setting lab.name: 71 characters, at most 70"),
        ("lab.name", "Lab\\nLyon", "setting lab.name: 2 lines, it must fit on one line"),
        ("lab.name", "Lab\tLyon", "setting lab.name holds a control character"),
        (
            "lab.address",
            "\\n".join("abcdef"),
            "setting lab.address: 6 lines, it must fit on at most 5",
        ),
        ("lab.address", "y" * 81, "setting lab.address: a line of 81 characters, at most 80"),
        (
            "lab.address",
            "\\n".join(["z" * 60] * 5),
            "setting lab.address: 304 characters, at most 240",
        ),
    ],
)
def test_bad_letterhead_values_are_refused_naming_the_setting(database_url, name, value, message):
    result = labapp(database_url, "settings", "set", name, value)
    assert result.code == 2
    assert message in result.err
    listed = {
        s["name"]: s["value"] for s in labapp(database_url, "settings", "list", "--json").json()
    }
    assert listed[name] == ("Marketplace Quality Lab" if name == "lab.name" else "")


def test_an_address_may_be_emptied_again(database_url):
    assert labapp(database_url, "settings", "set", "lab.address", "1 place Bellecour").code == 0
    assert labapp(database_url, "settings", "set", "lab.address", "").code == 0
    table = labapp(database_url, "settings", "list").out
    assert "lab.address" in table and "1 place Bellecour" not in table
