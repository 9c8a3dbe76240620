"""`labapp order ...` and `labapp import orders`: the mystery-order log."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from labapp.cli.output import to_plain, write_fields, write_json, write_table, yes_no
from labapp.domain.orders import (
    ExtraFees,
    Listing,
    MysteryOrder,
    OrderStatus,
    Reception,
    check_order_ref,
    parse_grade,
    parse_parcel_condition,
    parse_reason,
)
from labapp.domain.sellers import MARKET_COUNTRIES
from labapp.services.ports import OrderQuery
from labapp.services.values import (
    parse_moment,
    parse_price,
    parse_storage_gb,
)
from labapp.services.views import OrderView

if TYPE_CHECKING:
    from labapp.bootstrap import Lab
    from labapp.services.order_import import ImportReport


def _seller_zone(country: str) -> str | None:
    known = MARKET_COUNTRIES.get(country)
    return known.time_zone if known else None


def _moment(raw: str | None, what: str, zone: str | None) -> datetime:
    """--at values: 'now' or missing means now; a time without offset is the seller's."""
    if raw is None or raw.strip().lower() == "now":
        return datetime.now().astimezone()
    return parse_moment(raw, what, zone)


def summary(view: OrderView) -> dict[str, Any]:
    """One order of `order list --json`: the verdicts flat, null while unknown."""
    logistics = view.logistics
    return {
        "order_ref": view.order_ref,
        "seller_ref": view.seller_ref,
        "seller_name": view.seller_name,
        "status": view.status,
        "reason": view.reason,
        "listing_model": view.listing_model,
        "listing_storage_gb": view.listing_storage_gb,
        "listing_grade": view.listing_grade,
        "price": view.price,
        "currency": view.currency,
        "ordered_at": view.ordered_at,
        "shipped_at": view.shipped_at,
        "delivered_at": view.delivered_at,
        "received_at": view.reception.received_at if view.reception else None,
        "carrier": view.carrier,
        "tracking_number": view.tracking_number,
        "shipped_on_time": logistics.shipped_on_time,
        "delivered_on_time": logistics.delivered_on_time,
        "tracking_valid": logistics.tracking_valid,
        "tracking_problem": logistics.tracking_problem,
    }


def cmd_add(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    seller = lab.directory.get_seller(args.seller)
    zone = _seller_zone(seller.country)
    order = MysteryOrder(
        order_ref=check_order_ref(args.order_ref),
        seller_ref=seller.marketplace_ref,
        listing=Listing(
            model=args.model.strip(),
            storage_gb=parse_storage_gb(args.storage),
            grade=parse_grade(args.grade),
            price=parse_price(args.price),
            currency=args.currency.strip().upper(),
            colour=(args.colour or "").strip(),
            premium_battery=args.premium_battery,
        ),
        reason=parse_reason(args.reason),
        ordered_at=_moment(args.ordered_at, "ordered_at", zone),
        notes=args.notes or "",
    )
    view = lab.orders.add_order(order)
    out.write(f"order {view.order_ref} added for {view.seller_ref} ({view.seller_name})\n")
    return 0


def cmd_ship(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    current = lab.orders.get(args.order_ref)
    zone = _seller_zone(current.seller_country)
    entered = _moment(args.entered_at, "tracking entered at", zone) if args.entered_at else None
    view = lab.orders.ship(
        current.order_ref,
        _moment(args.at, "shipped_at", zone),
        args.carrier,
        args.tracking,
        entered,
    )
    logistics = view.logistics
    out.write(
        f"order {view.order_ref} shipped; on time: {yes_no(logistics.shipped_on_time)} "
        f"(deadline {logistics.shipping_deadline})\n"
    )
    if logistics.tracking_valid is False:
        out.write(
            f"flagged: tracking number {view.tracking_number}: {logistics.tracking_problem}\n"
        )
    return 0


def cmd_deliver(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    current = lab.orders.get(args.order_ref)
    zone = _seller_zone(current.seller_country)
    view = lab.orders.deliver(current.order_ref, _moment(args.at, "delivered_at", zone))
    out.write(
        f"order {view.order_ref} delivered after {view.logistics.delivery_days} day(s); "
        f"on time: {yes_no(view.logistics.delivered_on_time)}\n"
    )
    return 0


def cmd_receive(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    fees = None
    if args.extra_fees:
        fees = ExtraFees(
            parse_price(args.extra_fees, "extra fees"),
            args.currency.upper(),
            args.extra_fees_note or "",
        )
    reception = Reception(
        received_at=_moment(args.at, "received_at", None),
        received_by=(args.by or lab.gate.actor.name).strip(),
        parcel_condition=parse_parcel_condition(args.condition),
        invoice_present=args.invoice == "yes",
        accessories=tuple(a.strip() for a in (args.accessories or "").split(",") if a.strip()),
        extra_fees=fees,
        notes=args.notes or "",
    )
    view = lab.orders.receive(args.order_ref, reception)
    out.write(f"order {view.order_ref} received at the lab by {reception.received_by}\n")
    return 0


def _when(moment: datetime | None) -> str:
    return moment.isoformat(sep=" ", timespec="minutes") if moment else "—"


def cmd_show(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    view = lab.orders.get(args.order_ref)
    if args.json:
        document = summary(view) | to_plain(view)
        write_json(document, out)
        return 0
    logistics, reception = view.logistics, view.reception
    pairs = [
        ("Order", view.order_ref),
        ("Status", view.status.value),
        ("Seller", f"{view.seller_ref} — {view.seller_name} ({view.seller_country})"),
        ("Reason", view.reason),
        (
            "Listing",
            f"{view.listing_model} {view.listing_storage_gb} GB {view.listing_colour}, "
            f"{view.listing_grade}, {view.price} {view.currency}"
            + (", premium battery" if view.premium_battery else ""),
        ),
        ("Ordered", _when(view.ordered_at)),
        ("Shipped", _when(view.shipped_at)),
        (
            "Shipped on time",
            f"{yes_no(logistics.shipped_on_time)} (effective order day "
            f"{logistics.effective_order_day}, deadline "
            f"{logistics.shipping_deadline})",
        ),
        ("Carrier / tracking", f"{view.carrier or '—'} {view.tracking_number or ''}".strip()),
        (
            "Tracking valid",
            yes_no(logistics.tracking_valid)
            + (f" ({logistics.tracking_problem})" if logistics.tracking_problem else "")
            + (f" [{logistics.tracking_format}]" if logistics.tracking_valid else ""),
        ),
        ("Delivered", _when(view.delivered_at)),
        (
            "Delivered on time",
            f"{yes_no(logistics.delivered_on_time)} (latest "
            f"{logistics.latest_delivery}"
            + (
                f", took {logistics.delivery_days} day(s))"
                if logistics.delivery_days is not None
                else ")"
            ),
        ),
    ]
    if reception:
        fees = (
            f"{reception.extra_fees_amount} {reception.extra_fees_currency} "
            f"{reception.extra_fees_note}".strip()
            if reception.extra_fees_amount
            else "none"
        )
        pairs += [
            ("Received", f"{_when(reception.received_at)} by {reception.received_by}"),
            ("Parcel", reception.parcel_condition),
            ("Invoice", "yes" if reception.invoice_present else "NO"),
            ("Accessories", ", ".join(reception.accessories) or "none"),
            ("Extra fees", fees),
        ]
    if view.notes:
        pairs.append(("Notes", view.notes))
    write_fields(pairs, out)
    return 0


def cmd_list(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    query = OrderQuery(
        seller_ref=args.seller,
        status=OrderStatus(args.status) if args.status else None,
        text=args.search,
        limit=args.limit,
    )
    views = lab.orders.list_orders(query)
    if args.json:
        write_json([summary(v) for v in views], out)
        return 0
    rows = [
        [
            v.order_ref,
            v.seller_ref,
            v.status.value,
            v.ordered_at.date().isoformat(),
            v.listing_model,
            yes_no(v.logistics.shipped_on_time),
            yes_no(v.logistics.delivered_on_time),
            yes_no(v.logistics.tracking_valid),
        ]
        for v in views
    ]
    headers = [
        "order",
        "seller",
        "status",
        "ordered",
        "model",
        "shipped ok",
        "delivered ok",
        "tracking ok",
    ]
    write_table(headers, rows, out)
    out.write(f"{len(views)} order(s)\n")
    return 0


def cmd_import(args: argparse.Namespace, lab: Lab, out: TextIO) -> int:
    report: ImportReport = lab.importer.import_file(Path(args.file), partial=args.partial)
    out.write(f"imported {report.orders_imported} order(s) from {report.source}")
    out.write(f"; {len(report.sellers_created)} new seller(s)\n")
    if report.tracking_flagged:
        out.write(
            f"flagged {len(report.tracking_flagged)} invalid tracking number(s): "
            f"{', '.join(report.tracking_flagged[:20])}"
            + (" ..." if len(report.tracking_flagged) > 20 else "")
            + "\n"
        )
    if report.skipped_problems:
        out.write(f"skipped {len({p.line for p in report.skipped_problems})} bad line(s):\n")
        for problem in report.skipped_problems:
            out.write(f"  {problem}\n")
    return 0


def add_order_parsers(commands: argparse._SubParsersAction[Any]) -> None:
    order = commands.add_parser("order", help="the mystery-order log")
    sub = order.add_subparsers(dest="order_command", required=True, metavar="ACTION")

    add = sub.add_parser("add", help="log a new mystery order")
    add.add_argument("order_ref", help="the marketplace's order reference")
    add.add_argument("--seller", required=True, help="seller's marketplace ref")
    add.add_argument("--model", required=True, help="listed model, e.g. 'iPhone 12'")
    add.add_argument("--storage", required=True, help="listed storage, e.g. 128 or 1TB")
    add.add_argument("--grade", required=True, help="fair, good, excellent or premium")
    add.add_argument("--price", required=True, help="price paid, e.g. 349.90")
    add.add_argument("--currency", default="EUR")
    add.add_argument("--colour", help="listed colour")
    add.add_argument("--premium-battery", action="store_true", help="premium battery option")
    add.add_argument(
        "--reason", default="onboarding", help="onboarding, low_performance, re_audit or complaint"
    )
    add.add_argument("--ordered-at", help="ISO time with offset (default: now)")
    add.add_argument("--notes")
    add.set_defaults(handler=cmd_add)

    ship = sub.add_parser("ship", help="record the seller's shipment and tracking number")
    ship.add_argument("order_ref")
    ship.add_argument("--at", help="ship time (default: now)")
    ship.add_argument("--carrier", required=True)
    ship.add_argument("--tracking", required=True, help="tracking number as the seller gave it")
    ship.add_argument("--entered-at", help="when the seller entered the tracking number")
    ship.set_defaults(handler=cmd_ship)

    deliver = sub.add_parser("deliver", help="record the carrier's delivery")
    deliver.add_argument("order_ref")
    deliver.add_argument("--at", help="delivery time (default: now)")
    deliver.set_defaults(handler=cmd_deliver)

    receive = sub.add_parser("receive", help="record the parcel's reception at the lab")
    receive.add_argument("order_ref")
    receive.add_argument(
        "--by", help="lab user who received it (default: whoever is signed in; see --as)"
    )
    receive.add_argument("--at", help="reception time (default: now)")
    receive.add_argument("--condition", default="intact", help="intact, damaged or opened")
    receive.add_argument(
        "--invoice",
        choices=("yes", "no"),
        required=True,
        help="was an invoice in the parcel or sent to the buyer",
    )
    receive.add_argument("--accessories", help="comma-separated, e.g. 'cable,charger'")
    receive.add_argument("--extra-fees", help="amount the buyer was asked to pay on top")
    receive.add_argument("--currency", default="EUR", help="currency of the extra fees")
    receive.add_argument("--extra-fees-note", help="what the extra fees were for")
    receive.add_argument("--notes")
    receive.set_defaults(handler=cmd_receive)

    show = sub.add_parser("show", help="one order with its logistics verdicts")
    show.add_argument("order_ref")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)

    listing = sub.add_parser("list", help="orders, newest first")
    listing.add_argument("--seller", help="only this seller's orders")
    listing.add_argument("--status", choices=[s.value for s in OrderStatus])
    listing.add_argument("--search", help="part of an order ref, tracking number or seller ref")
    listing.add_argument("--limit", type=int)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    importing = commands.add_parser("import", help="import orders from CSV or XLSX")
    what = importing.add_subparsers(dest="import_what", required=True, metavar="WHAT")
    orders = what.add_parser("orders", help="all or nothing unless --partial")
    orders.add_argument("file", help="a .csv or .xlsx file")
    orders.add_argument(
        "--partial", action="store_true", help="import the good rows and list the bad ones"
    )
    orders.set_defaults(handler=cmd_import)
