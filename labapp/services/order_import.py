"""Importing mystery orders from a seller or marketplace export (CSV or XLSX).

All or nothing by default: every row is checked first, and one bad row
rejects the file with the full list of problems (line, column, reason), before
anything is written. An invalid tracking number is not a problem of the file:
it is what the seller gave, so it is stored and flagged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from labapp.domain.errors import InvalidInput
from labapp.domain.orders import (
    Listing,
    MysteryOrder,
    Shipment,
    check_order_ref,
    parse_grade,
    parse_reason,
)
from labapp.domain.permissions import Action
from labapp.domain.sellers import (
    MARKET_COUNTRIES,
    Seller,
    check_seller_ref,
    default_language,
    normalise_country_code,
)
from labapp.domain.tracking import check_tracking
from labapp.services.access import AccessGate
from labapp.services.orders import FUTURE_TOLERANCE, Clock, utc_now
from labapp.services.ports import UnitOfWorkFactory
from labapp.services.recording import lab_event
from labapp.services.tabular import CellValue, Table, TableRow, read_table
from labapp.services.values import parse_moment, parse_price, parse_storage_gb, parse_yes_no

log = logging.getLogger(__name__)
_T = TypeVar("_T")

REQUIRED_COLUMNS = (
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
)
OPTIONAL_COLUMNS = ("listing_colour", "premium_battery", "notes")
# From this many orders, an import changes the tables enough that the database's planner
# statistics are refreshed at once rather than whenever it gets round to it.
BULK_IMPORT = 1000


@dataclass(frozen=True)
class ImportProblem:
    line: int
    column: str
    # The error itself, not its text: the window says it in its own language.
    reason: InvalidInput

    def __str__(self) -> str:
        return f"line {self.line}, {self.column}: {self.reason}"


class ImportRejected(InvalidInput):
    """The file has bad rows; nothing was written. ``problems`` says each one."""

    source: str
    problems: list[ImportProblem]


def _rejected(source: str, problems: list[ImportProblem]) -> ImportRejected:
    error = ImportRejected(
        "{source}: {problems} problem(s) on {lines} line(s); nothing was imported",
        source=source,
        problems=len(problems),
        lines=len({p.line for p in problems}),
    )
    error.source, error.problems = source, problems
    return error


@dataclass(frozen=True)
class ImportReport:
    source: str
    orders_imported: int
    sellers_created: tuple[str, ...]
    tracking_flagged: tuple[str, ...]
    skipped_problems: tuple[ImportProblem, ...] = ()


@dataclass
class _RowResult:
    order: MysteryOrder | None = None
    seller: Seller | None = None
    problems: list[ImportProblem] = field(default_factory=list)


def _text(cells: dict[str, CellValue], column: str) -> str:
    value = cells.get(column)
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a tracking or order number typed into a number cell
    return str(value).strip()


class _RowReader:
    """Reads one row, collecting every problem instead of stopping at the first."""

    def __init__(self, row: TableRow) -> None:
        self.row = row
        self.problems: list[ImportProblem] = []

    def take(self, column: str, parse: Callable[[], _T]) -> _T | None:
        try:
            return parse()
        except InvalidInput as problem:
            self.problems.append(ImportProblem(self.row.line, column, problem))
            return None

    def problem(self, column: str, reason: InvalidInput) -> None:
        self.problems.append(ImportProblem(self.row.line, column, reason))


class OrderImporter:
    def __init__(
        self,
        unit_of_work: UnitOfWorkFactory,
        gate: AccessGate,
        check_country: Callable[[str], str],
        clock: Clock = utc_now,
    ) -> None:
        self._uow = unit_of_work
        self._gate = gate
        self._check_country = check_country
        self._clock = clock

    def import_file(self, path: Path, *, partial: bool = False) -> ImportReport:
        return self.import_table(read_table(path), partial=partial)

    def import_table(self, table: Table, *, partial: bool = False) -> ImportReport:
        self._gate.require(Action.EDIT_ORDERS)
        missing = [c for c in REQUIRED_COLUMNS if c not in table.columns]
        if missing:
            raise InvalidInput(
                "{source}: missing column(s) {missing} (the header must name: {required})",
                source=table.source,
                missing=", ".join(missing),
                required=", ".join(REQUIRED_COLUMNS),
            )
        if not table.rows:
            raise InvalidInput("{source}: no orders below the header", source=table.source)
        results = [self._read_row(row) for row in table.rows]
        self._check_across_rows(table.rows, results)
        problems = [p for r in results for p in r.problems]
        if problems and not partial:
            raise _rejected(table.source, problems)
        good = [r for r in results if not r.problems and r.order is not None]
        return self._write(table.source, good, problems)

    def _read_row(self, row: TableRow) -> _RowResult:
        reader = _RowReader(row)
        cells = row.cells
        seller = reader.take("seller_country", lambda: self._seller(cells))
        zone = None
        if seller is not None and seller.country in MARKET_COUNTRIES:
            zone = MARKET_COUNTRIES[seller.country].time_zone
        order_ref = reader.take("order_ref", lambda: check_order_ref(_text(cells, "order_ref")))
        listing = self._listing(reader, cells)
        reason = reader.take("reason", lambda: parse_reason(_text(cells, "reason")))
        ordered_at = reader.take(
            "ordered_at", lambda: parse_moment(cells.get("ordered_at"), "ordered_at", zone)
        )
        shipped_at = self._optional_moment(reader, "shipped_at", zone)
        delivered_at = self._optional_moment(reader, "delivered_at", zone)
        self._check_sequence(reader, ordered_at, shipped_at, delivered_at)
        carrier, tracking = _text(cells, "carrier"), _text(cells, "tracking_number")
        if (
            (carrier or tracking)
            and shipped_at is None
            and "shipped_at" not in {p.column for p in reader.problems}
        ):
            reader.problem(
                "shipped_at",
                InvalidInput("a carrier or tracking number is given but no ship time"),
            )
        result = _RowResult(seller=seller, problems=reader.problems)
        if reader.problems or None in (seller, order_ref, listing, reason, ordered_at):
            return result
        assert seller and order_ref and listing and reason and ordered_at
        shipment = Shipment(shipped_at, carrier, tracking) if shipped_at else None
        result.order = reader.take(
            "order_ref",
            lambda: MysteryOrder(
                order_ref=order_ref,
                seller_ref=seller.marketplace_ref,
                listing=listing,
                reason=reason,
                ordered_at=ordered_at,
                shipment=shipment,
                delivered_at=delivered_at,
                notes=_text(cells, "notes"),
            ),
        )
        return result

    def _seller(self, cells: dict[str, CellValue]) -> Seller:
        ref = check_seller_ref(_text(cells, "seller_ref"))
        name = _text(cells, "seller_name")
        if not name:
            raise InvalidInput("seller_name is empty")
        country = self._check_country(normalise_country_code(_text(cells, "seller_country")))
        return Seller(ref, name, country, default_language(country))

    @staticmethod
    def _listing(reader: _RowReader, cells: dict[str, CellValue]) -> Listing | None:
        model = _text(cells, "listing_model")
        if not model:
            reader.problem("listing_model", InvalidInput("the model is empty"))
        storage = reader.take(
            "listing_storage_gb", lambda: parse_storage_gb(cells.get("listing_storage_gb"))
        )
        grade = reader.take("listing_grade", lambda: parse_grade(_text(cells, "listing_grade")))
        price = reader.take("price_eur", lambda: parse_price(cells.get("price_eur"), "price_eur"))
        premium = reader.take(
            "premium_battery",
            lambda: parse_yes_no(cells.get("premium_battery"), "premium_battery"),
        )
        if not model or storage is None or grade is None or price is None or premium is None:
            return None
        return reader.take(
            "listing_model",
            lambda: Listing(
                model=model,
                storage_gb=storage,
                grade=grade,
                price=price,
                currency="EUR",
                colour=_text(cells, "listing_colour"),
                premium_battery=premium,
            ),
        )

    def _optional_moment(
        self, reader: _RowReader, column: str, zone: str | None
    ) -> datetime | None:
        value = reader.row.cells.get(column)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        moment = reader.take(
            column, lambda: parse_moment(value, column, zone, date_only="end_of_day")
        )
        return moment

    def _check_sequence(
        self,
        reader: _RowReader,
        ordered_at: datetime | None,
        shipped_at: datetime | None,
        delivered_at: datetime | None,
    ) -> None:
        limit = self._clock() + FUTURE_TOLERANCE
        for column, moment in (
            ("ordered_at", ordered_at),
            ("shipped_at", shipped_at),
            ("delivered_at", delivered_at),
        ):
            if moment is not None and moment > limit:
                reader.problem(
                    column, InvalidInput("{moment} is in the future", moment=moment.isoformat())
                )
        if ordered_at and shipped_at and shipped_at < ordered_at:
            reader.problem("shipped_at", InvalidInput("shipped before it was ordered"))
        if delivered_at and shipped_at and delivered_at < shipped_at:
            reader.problem("delivered_at", InvalidInput("delivered before it was shipped"))
        if (
            delivered_at
            and not shipped_at
            and "shipped_at" not in {p.column for p in reader.problems}
        ):
            reader.problem(
                "delivered_at", InvalidInput("a delivery time is given but no ship time")
            )

    def _check_across_rows(self, rows: tuple[TableRow, ...], results: list[_RowResult]) -> None:
        first_line: dict[str, int] = {}
        sellers: dict[str, Seller] = {}
        for row, result in zip(rows, results, strict=True):
            ref = _text(row.cells, "order_ref")
            if ref in first_line:
                result.problems.append(
                    ImportProblem(
                        row.line,
                        "order_ref",
                        InvalidInput(
                            "duplicate order ref {ref} (also on line {line})",
                            ref=ref,
                            line=first_line[ref],
                        ),
                    )
                )
            first_line.setdefault(ref, row.line)
            seller = result.seller
            if seller is not None:
                earlier = sellers.setdefault(seller.marketplace_ref, seller)
                if earlier.country != seller.country:
                    result.problems.append(
                        ImportProblem(
                            row.line,
                            "seller_country",
                            InvalidInput(
                                "seller {ref} is in {earlier} on an earlier line but in {here} "
                                "here",
                                ref=seller.marketplace_ref,
                                earlier=earlier.country,
                                here=seller.country,
                            ),
                        )
                    )
        with self._uow() as uow:
            existing = uow.orders.existing_refs(first_line)
            known_sellers = {s.marketplace_ref: s for s in uow.sellers.list()}
        for row, result in zip(rows, results, strict=True):
            ref = _text(row.cells, "order_ref")
            if ref in existing:
                result.problems.append(
                    ImportProblem(
                        row.line,
                        "order_ref",
                        InvalidInput("order {ref} already exists in the database", ref=ref),
                    )
                )
            seller = result.seller
            known = known_sellers.get(seller.marketplace_ref) if seller else None
            if seller and known and known.country != seller.country:
                result.problems.append(
                    ImportProblem(
                        row.line,
                        "seller_country",
                        InvalidInput(
                            "seller {ref} is recorded in {known}, not {here}",
                            ref=seller.marketplace_ref,
                            known=known.country,
                            here=seller.country,
                        ),
                    )
                )

    def _write(
        self, source: str, good: list[_RowResult], skipped: list[ImportProblem]
    ) -> ImportReport:
        by = self._gate.acting(Action.EDIT_ORDERS)
        orders = [r.order for r in good if r.order is not None]
        created: dict[str, Seller] = {}
        with self._uow(writing=True) as uow:
            for result in good:
                seller = result.seller
                if (
                    seller
                    and seller.marketplace_ref not in created
                    and uow.sellers.get(seller.marketplace_ref) is None
                ):
                    uow.sellers.add(seller)
                    created[seller.marketplace_ref] = seller
            if orders:
                uow.orders.add_many(orders)
            uow.events.append_many(
                [
                    lab_event(by, "seller", s.marketplace_ref, "registered", None,
                              {"name": s.name, "country": s.country, "status": s.status.value})
                    for s in created.values()
                ]
                + [
                    lab_event(by, "order", o.order_ref, "imported", None,
                              {"source": source, "seller": o.seller_ref,
                               "model": o.listing.model, "grade": o.listing.grade.value,
                               "price": str(o.listing.price)})
                    for o in orders
                ]
            )  # fmt: skip
            uow.commit()
            if len(orders) >= BULK_IMPORT:
                uow.refresh_statistics()
        flagged = tuple(
            o.order_ref
            for o in orders
            if o.shipment
            and not check_tracking(o.shipment.carrier, o.shipment.tracking_number).valid
        )
        log.info("imported %d orders from %s (%d new sellers)", len(orders), source, len(created))
        return ImportReport(source, len(orders), tuple(created), flagged, tuple(skipped))
