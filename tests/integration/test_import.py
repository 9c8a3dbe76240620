"""`labapp import orders`: good files in, bad files rejected whole with every problem listed."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from .cli_helpers import labapp

HEADER = [
    "order_ref",
    "seller_ref",
    "seller_name",
    "seller_country",
    "ordered_at",
    "shipped_at",
    "delivered_at",
    "carrier",
    "tracking_number",
    "listing_model",
    "listing_storage_gb",
    "listing_grade",
    "price_eur",
    "reason",
]

GOOD_ROWS = [
    [
        "BM-100",
        "S-FR-7",
        "Télé Réparation",
        "FR",
        "2025-07-11T15:00:00+02:00",
        "2025-07-15T10:00:00+02:00",
        "2025-07-16T12:00:00+02:00",
        "Colissimo",
        "6A12345678901",
        "iPhone 12",
        "128",
        "excellent",
        "389.00",
        "onboarding",
    ],
    [
        "BM-101",
        "S-FR-7",
        "Télé Réparation",
        "FR",
        "2025-07-12 09:30",
        "",
        "",
        "",
        "",
        "iPhone 13",
        "256",
        "premium",
        "549.90",
        "onboarding",
    ],
    [
        "BM-102",
        "S-DE-3",
        "Handy Müller",
        "DE",
        "2025-10-02T10:00:00+02:00",
        "2025-10-06T08:00:00+02:00",
        "2025-10-08",
        "DHL",
        "1234567891",
        "Galaxy S22",
        "128",
        "good",
        "360",
        "low performance",
    ],
    # An invalid tracking number is a finding of the audit, not a bad row.
    [
        "BM-103",
        "S-ES-1",
        "Móviles Ñandú",
        "es",
        "2025-03-04T11:00:00+01:00",
        "2025-03-05T11:00:00+01:00",
        "",
        "UPS",
        "1Z999AA10123456785",
        "Pixel 7",
        "128",
        "fair",
        "280.5",
        "complaint",
    ],
]


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ",", header=HEADER) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def order_count(db: str) -> int:
    return len(labapp(db, "order", "list", "--json").json())


def test_good_csv_is_imported_with_sellers_and_flags(database_url, tmp_path):
    result = labapp(database_url, "import", "orders", str(write_csv(tmp_path / "o.csv", GOOD_ROWS)))
    assert result.code == 0, result.err
    assert "imported 4 order(s)" in result.out
    assert "3 new seller(s)" in result.out
    assert "flagged 1 invalid tracking number(s): BM-103" in result.out
    orders = {o["order_ref"]: o for o in labapp(database_url, "order", "list", "--json").json()}
    assert orders["BM-100"]["status"] == "delivered"
    assert orders["BM-100"]["shipped_on_time"] is True  # Bastille Day skipped
    assert orders["BM-101"]["status"] == "ordered"
    assert orders["BM-101"]["ordered_at"] == "2025-07-12T09:30:00+02:00"
    assert orders["BM-102"]["delivered_at"] == "2025-10-08T23:59:59+02:00"
    assert orders["BM-103"]["tracking_valid"] is False
    assert orders["BM-103"]["tracking_number"] == "1Z999AA10123456785"
    sellers = {
        s["marketplace_ref"]: s for s in labapp(database_url, "seller", "list", "--json").json()
    }
    assert sellers["S-ES-1"]["country"] == "ES" and sellers["S-ES-1"]["language"] == "es"


def test_semicolon_csv_with_decimal_commas_and_windows_encoding(database_url, tmp_path):
    path = tmp_path / "excel-fr.csv"
    rows = [r[:] for r in GOOD_ROWS[:2]]
    rows[0][12] = "389,00"
    rows[1][4] = "12/07/2025 09:30"
    with path.open("w", newline="", encoding="cp1252") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    result = labapp(database_url, "import", "orders", str(path))
    assert result.code == 0, result.err
    shown = labapp(database_url, "order", "show", "BM-100", "--json").json()
    assert shown["price"] == "389.00"
    assert shown["seller_name"] == "Télé Réparation"


def test_xlsx_with_real_date_and_number_cells(database_url, tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([h.replace("_", " ").title() for h in HEADER])  # "Order Ref" etc.
    sheet.append(
        [
            "BM-200",
            "S-IT-1",
            "Telefonia Più",
            "IT",
            datetime(2025, 5, 30, 16, 0),
            datetime(2025, 6, 3, 9, 0),
            None,
            "DPD",
            1234567890123,
            "iPhone 11",
            64,
            "good",
            299.9,
            "re-audit",
        ]
    )
    path = tmp_path / "orders.xlsx"
    workbook.save(path)
    result = labapp(database_url, "import", "orders", str(path))
    assert result.code == 0, result.err
    shown = labapp(database_url, "order", "show", "BM-200", "--json").json()
    assert shown["ordered_at"] == "2025-05-30T16:00:00+02:00"
    assert shown["tracking_number"] == "1234567890123"
    assert shown["price"] == "299.90"
    assert shown["reason"] == "re_audit"
    # 2 June is Republic Day in Italy: Friday afternoon counts from Tuesday 3 June.
    assert shown["logistics"]["shipping_deadline"] == "2025-06-04"
    assert shown["shipped_on_time"] is True


def test_a_bad_file_is_rejected_whole_and_every_problem_is_listed(database_url, tmp_path):
    bad = [r[:] for r in GOOD_ROWS]
    bad[1][3] = "Atlantis"  # line 3: unknown country
    bad[2][6] = "2025-10-01T08:00:00+02:00"  # line 4: delivered before shipped
    bad[3][4] = "04/13/2025 11:00"  # line 5: malformed date (month 13)
    extra = [r[:] for r in GOOD_ROWS[:1]]  # line 6: duplicate of line 2
    extra[0][11] = "like new"  # ... and a bad grade
    extra[0][12] = "cheap"  # ... and a non-numeric price
    path = write_csv(tmp_path / "bad.csv", bad + extra)
    result = labapp(database_url, "import", "orders", str(path))
    assert result.code == 2
    assert "nothing was imported" in result.err
    for expected in (
        "line 3, seller_country: country 'Atlantis' is not a two-letter ISO 3166 code",
        "line 4, delivered_at: delivered before it was shipped",
        "line 5, ordered_at: ordered_at '04/13/2025 11:00' is not a date and time",
        "line 6, order_ref: duplicate order ref BM-100 (also on line 2)",
        "line 6, listing_grade: listing grade 'like new' is not one of",
        "line 6, price_eur: price_eur 'cheap' is not a number",
    ):
        assert expected in result.err
    assert order_count(database_url) == 0
    assert labapp(database_url, "seller", "list", "--json").json() == []


def test_partial_import_takes_the_good_rows_and_lists_the_bad(database_url, tmp_path):
    bad = [r[:] for r in GOOD_ROWS]
    bad[1][10] = "lots"
    result = labapp(
        database_url, "import", "orders", "--partial", str(write_csv(tmp_path / "p.csv", bad))
    )
    assert result.code == 0
    assert "imported 3 order(s)" in result.out
    assert "line 3, listing_storage_gb: storage 'lots'" in result.out
    assert order_count(database_url) == 3


def test_orders_already_in_the_database_are_bad_rows(database_url, tmp_path):
    path = write_csv(tmp_path / "o.csv", GOOD_ROWS)
    assert labapp(database_url, "import", "orders", str(path)).code == 0
    again = labapp(database_url, "import", "orders", str(path))
    assert again.code == 2
    assert "line 2, order_ref: order BM-100 already exists in the database" in again.err
    assert order_count(database_url) == 4


def test_seller_country_must_match_the_recorded_one(database_url, tmp_path):
    labapp(database_url, "seller", "add", "S-FR-7", "--name", "Télé Réparation", "--country", "BE")
    result = labapp(
        database_url, "import", "orders", str(write_csv(tmp_path / "o.csv", GOOD_ROWS[:1]))
    )
    assert result.code == 2
    assert "seller S-FR-7 is recorded in BE, not FR" in result.err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("order_ref,seller_ref\nBM-1,S-1\n", "missing column(s) seller_name, seller_country"),
        (",".join(HEADER) + "\n", "no orders below the header"),
        ("", "the file is empty"),
    ],
)
def test_unusable_files(database_url, tmp_path, content, message):
    path = tmp_path / "x.csv"
    path.write_text(content, encoding="utf-8")
    result = labapp(database_url, "import", "orders", str(path))
    assert result.code == 2
    assert message in result.err


def test_missing_file_and_wrong_type(tmp_path):
    db = f"sqlite:///{tmp_path}/lab.sqlite3"
    assert "no such file" in labapp(db, "import", "orders", str(tmp_path / "nope.csv")).err
    (tmp_path / "orders.pdf").write_bytes(b"%PDF-1.4")
    assert (
        "unsupported file type '.pdf'"
        in labapp(db, "import", "orders", str(tmp_path / "orders.pdf")).err
    )
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    assert (
        "not a readable XLSX workbook"
        in labapp(db, "import", "orders", str(tmp_path / "broken.xlsx")).err
    )
