"""Reading a CSV or XLSX table into rows keyed by column name.

Line numbers are the ones a person sees in the file (the header is line 1),
so that an import's error list can be acted on in a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from labapp.domain.errors import InvalidInput

CellValue = Any  # str from CSV; str, int, float, datetime or None from XLSX


@dataclass(frozen=True)
class TableRow:
    line: int
    cells: dict[str, CellValue]


@dataclass(frozen=True)
class Table:
    source: str
    columns: tuple[str, ...]
    rows: tuple[TableRow, ...]


def column_key(header: object) -> str:
    """'Order Ref ' and 'order-ref' both name the column order_ref."""
    return re.sub(r"[\s\-]+", "_", str(header or "").strip().lower())


def _is_blank(values: list[CellValue]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page by default.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise InvalidInput(
                "{path}: not UTF-8 or Windows-1252 text; save as CSV UTF-8", path=path
            ) from None


def _read_csv(path: Path) -> tuple[list[str], Iterator[tuple[int, list[CellValue]]]]:
    text = _decode(path.read_bytes(), path)
    first_line = text.split("\n", 1)[0]
    # French and German Excel write ';' because ',' is their decimal mark.
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidInput("{path}: the file is empty", path=path) from None

    def rows() -> Iterator[tuple[int, list[CellValue]]]:
        try:
            for values in reader:
                yield reader.line_num, list(values)
        except csv.Error as error:
            raise InvalidInput(
                "{path}, line {line}: {problem}",
                path=path,
                line=reader.line_num,
                problem=str(error),
            ) from None

    return header, rows()


def _read_xlsx(path: Path) -> tuple[list[str], Iterator[tuple[int, list[CellValue]]]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, KeyError, OSError, ValueError) as error:
        raise InvalidInput(
            "{path}: not a readable XLSX workbook ({problem})", path=path, problem=str(error)
        ) from None
    sheet = workbook.worksheets[0]
    values = sheet.iter_rows(values_only=True)
    try:
        header = [str(v) if v is not None else "" for v in next(values)]
    except StopIteration:
        raise InvalidInput("{path}: the first sheet is empty", path=path) from None

    def rows() -> Iterator[tuple[int, list[CellValue]]]:
        for number, row in enumerate(values, start=2):
            yield number, list(row)
        workbook.close()

    return header, rows()


def read_table(path: Path) -> Table:
    if not path.is_file():
        raise InvalidInput("{path}: no such file", path=path)
    suffix = path.suffix.lower()
    if suffix in (".csv", ".txt"):
        header, rows = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        header, rows = _read_xlsx(path)
    else:
        raise InvalidInput(
            "{path}: unsupported file type {suffix!r}; use .csv or .xlsx", path=path, suffix=suffix
        )
    columns = [column_key(h) for h in header]
    seen: set[str] = set()
    for name in columns:
        if name and name in seen:
            raise InvalidInput(
                "{path}: column {name!r} appears twice in the header", path=path, name=name
            )
        seen.add(name)
    table_rows = []
    for line, values in rows:
        if _is_blank(values):
            continue
        if len(values) > len(columns) and not _is_blank(values[len(columns) :]):
            raise InvalidInput(
                "{path}, line {line}: {cells} cells but the header has {columns}",
                path=path,
                line=line,
                cells=len(values),
                columns=len(columns),
            )
        cells = {name: (values[i] if i < len(values) else None) for i, name in enumerate(columns)}
        table_rows.append(TableRow(line, cells))
    return Table(str(path), tuple(columns), tuple(table_rows))
