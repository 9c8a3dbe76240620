"""The audit report as a PDF (reportlab platypus): every check documented, the grade and
why, the evidence and what to improve, in the seller's language."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from labapp import __version__
from labapp.domain.audit_inputs import CheckOutcome
from labapp.reports.charts import Deadline, TimelineEvent, draw_order_timeline, render_png
from labapp.reports.check_wording import failures_text, rule_wording, word_check
from labapp.reports.i18n import Catalog
from labapp.reports.pdf_style import (
    BOLD,
    FAIL_BG,
    FAIL_INK,
    FONT,
    GRADE_COLOURS,
    HEAD_BG,
    INK,
    MUTED,
    PASS_INK,
    RULE,
    styles,
)
from labapp.reports.phrases import say
from labapp.reports.report_data import ReportData

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 17 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
ADDRESS_LEADING = 3.4 * mm
_OUTCOME_ORDER = {
    CheckOutcome.FAIL: 0,
    CheckOutcome.NOT_TESTED: 1,
    CheckOutcome.PASS: 2,
    CheckOutcome.NOT_APPLICABLE: 3,
}


def _p(text: str, style: str = "body") -> Paragraph:
    return Paragraph(escape(text), styles()[style])


# A table row cannot run over a page: a cell's text is cut here, the rest printed in
# full after the table ("Notes in full").
CELL_LIMIT = 400


def _cell_text(text: str, overflow: list[tuple[str, str]], label: str) -> str:
    if len(text) <= CELL_LIMIT:
        return text
    overflow.append((label, text))
    return text[: CELL_LIMIT - 1] + "… (*)"


def _table(
    rows: list[list[Any]],
    widths: list[float],
    header: bool = False,
    extra: list[tuple[Any, ...]] | None = None,
) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


def _pairs(pairs: list[tuple[str, str]]) -> Table:
    rows = [[_p(label, "cell_bold"), _p(value, "cell")] for label, value in pairs]
    return _table(rows, [48 * mm, CONTENT_WIDTH - 48 * mm])


class _Sections:
    def __init__(self, data: ReportData, catalog: Catalog) -> None:
        self.data, self.c = data, catalog
        self.result = data.audit.record.result
        self.protocol = data.audit.protocol

    def grade_name(self, grade: str) -> str:
        return self.c.t(f"grade_{grade}")

    def summary(self) -> list[Any]:
        c, result = self.c, self.result
        grade = result.grade.value
        box = Table(
            [
                [
                    Paragraph(
                        f'<font color="{GRADE_COLOURS[grade]}">'
                        f"{escape(self.grade_name(grade))}</font>",
                        styles()["grade"],
                    ),
                    _p(failures_text(result.counts, c)),
                ]
            ],
            colWidths=[62 * mm, CONTENT_WIDTH - 62 * mm],
        )
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(GRADE_COLOURS[grade])),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        items = [
            _p(c.t("summary"), "h2"),
            _p(c.t("grade"), "muted"),
            box,
            Spacer(1, 4),
            _p(c.t("rules_fired"), "cell_bold"),
        ]
        for rule in result.rules_fired:
            items.append(
                Paragraph(escape(self.rule_text(rule)), styles()["bullet"], bulletText="•")
            )
        return items

    def rule_text(self, rule: Any) -> str:
        return rule_wording(rule, failures_text(self.result.counts, self.c), self.c)

    def seller_order(self) -> list[Any]:
        c, order, seller = self.c, self.data.order, self.data.seller
        listing = f"{order.listing_model}, {c.storage(order.listing_storage_gb)}" + (
            f", {order.listing_colour}" if order.listing_colour else ""
        )
        return [
            _p(c.t("seller_order"), "h2"),
            _pairs(
                [
                    (c.t("seller"), f"{seller.name} ({seller.marketplace_ref}, {seller.country})"),
                    (c.t("order"), f"{order.order_ref} — {c.moment(order.ordered_at)}"),
                    (c.t("listing"), listing),
                    (c.t("grade_listed"), c.t(f"listing_{order.listing_grade}")),
                    (c.t("price"), c.money(order.price, order.currency) if order.price else "—"),
                    (
                        c.t("carrier"),
                        f"{order.carrier or '—'} {order.tracking_number or ''}".strip(),
                    ),
                ]
            ),
        ]

    def timeline(self) -> list[Any]:
        c, order = self.c, self.data.order
        logistics = order.logistics
        events = [TimelineEvent(c.t("ordered"), order.ordered_at.date())]
        if order.shipped_at:
            events.append(
                TimelineEvent(
                    c.t("shipped"), order.shipped_at.date(), logistics.shipped_on_time is False
                )
            )
        if order.delivered_at:
            events.append(
                TimelineEvent(
                    c.t("delivered"),
                    order.delivered_at.date(),
                    logistics.delivered_on_time is False,
                )
            )
        if order.reception:
            events.append(TimelineEvent(c.t("received"), order.reception.received_at.date()))
        deadlines = [
            Deadline(c.t("ship_deadline"), logistics.shipping_deadline),
            Deadline(c.t("delivery_deadline"), logistics.latest_delivery),
        ]
        png = render_png(
            lambda ax: draw_order_timeline(ax, events, deadlines),
            7.0,
            1.55,
            dpi=150,
            margins=(0.01, 0.16, 0.99, 0.98),
        )
        image = Image(io.BytesIO(png), width=CONTENT_WIDTH, height=CONTENT_WIDTH * 1.55 / 7.0)
        rows = [
            (c.t("ordered"), c.moment(order.ordered_at)),
            (
                c.t("shipped"),
                f"{c.moment(order.shipped_at)} — "
                + c.labelled(c.t("ship_deadline"), c.day(logistics.shipping_deadline)),
            ),
            (
                c.t("delivered"),
                f"{c.moment(order.delivered_at)} — "
                + c.labelled(c.t("delivery_deadline"), c.day(logistics.latest_delivery)),
            ),
        ]
        return [_p(c.t("timeline"), "h2"), image, _pairs(rows)]

    def device(self) -> list[Any]:
        c, device = self.c, self.data.device
        items: list[Any] = [_p(c.t("device"), "h2")]
        if not device:
            return [*items, _p(c.t("not_read"), "muted")]
        identity, battery = device.get("identity", {}), device.get("battery", {})
        screen, locks = device.get("screen", {}), device.get("locks", {})
        check = self.protocol.check("battery_health")
        threshold = ""
        if check.threshold:
            minimum, _ = check.threshold.limits(_facts(self.data))
            if minimum is not None:
                threshold = " (" + c.t("threshold", value=c.percent(minimum, 0)) + ")"
        health = battery.get("health_percent")
        parts = say(
            ", ".join(f"{p.get('part')}: {p.get('status')}" for p in device.get("parts", [])), c
        )
        lock_names = [
            name
            for name, on in (
                ("activation lock", locks.get("activation_lock")),
                ("MDM", locks.get("mdm")),
                ("carrier lock", locks.get("carrier_lock")),
            )
            if on
        ]
        unknown = [k for k, v in locks.items() if v is None]
        lock_text = say(", ".join(lock_names), c) or (
            c.t("none") if not unknown else c.t("not_read")
        )
        items.append(
            _pairs(
                [
                    (
                        c.t("model"),
                        f"{identity.get('marketing_name') or '—'} "
                        f"({identity.get('model_identifier') or '—'})",
                    ),
                    (c.t("serial"), identity.get("serial") or "—"),
                    ("IMEI", ", ".join(identity.get("imei") or []) or "—"),
                    (
                        c.t("storage"),
                        c.storage(identity["storage_gb"]) if identity.get("storage_gb") else "—",
                    ),
                    (c.t("os"), identity.get("os_version") or "—"),
                    (
                        c.t("battery"),
                        (c.percent(health) if health is not None else c.t("not_read")) + threshold,
                    ),
                    (
                        c.t("cycles"),
                        str(battery.get("cycle_count"))
                        if battery.get("cycle_count") is not None
                        else c.t("not_read"),
                    ),
                    (
                        c.t("screen"),
                        f"{screen.get('factory_technology') or '—'} / "
                        f"{self._fitted_screen(screen)}",
                    ),
                    (c.t("parts"), parts or c.t("not_read")),
                    (c.t("locks"), lock_text),
                ]
            )
        )
        return items

    def _fitted_screen(self, screen: dict[str, Any]) -> str:
        fitted = screen.get("fitted_technology")
        if fitted:
            return str(fitted)
        observed = next((r for r in self.result.checks if r.check_id == "screen_technology"), None)
        return observed.measured if observed and observed.measured else "—"

    def checks(self) -> list[Any]:
        c = self.c
        header = [
            _p(c.t(k), "cell_bold")
            for k in ("check", "outcome", "severity", "measured", "expected", "notes")
        ]
        rows, extra = [header], []
        overflow: list[tuple[str, str]] = []
        ordered = sorted(self.result.checks, key=lambda r: _OUTCOME_ORDER[r.outcome])
        for row, result in enumerate(ordered, start=1):
            said = word_check(result, self.protocol, c)
            failed, label = said.failed, said.label
            colour = (
                (FAIL_INK if failed else PASS_INK if result.outcome is CheckOutcome.PASS else MUTED)
                .hexval()
                .replace("0x", "#")
            )
            rows.append(
                [
                    _p(label, "cell_bold" if failed else "cell"),
                    Paragraph(
                        f'<font color="{colour}">{escape(said.outcome)}</font>',
                        styles()["cell_bold"],
                    ),
                    _p(said.severity if failed else "", "cell"),
                    _p(_cell_text(said.measured, overflow, label), "cell"),
                    _p(_cell_text(said.expected, overflow, label), "cell"),
                    _p(_cell_text(said.notes, overflow, label), "cell"),
                ]
            )
            if failed:
                extra.append(("BACKGROUND", (0, row), (-1, row), FAIL_BG))
        widths = [40 * mm, 22 * mm, 18 * mm, 31 * mm, 31 * mm, CONTENT_WIDTH - 142 * mm]
        story = [_p(c.t("checks"), "h2"), _table(rows, widths, header=True, extra=extra)]
        if overflow:
            story.append(_p("(*) " + c.t("notes_in_full"), "cell_bold"))
            story += [_p(c.labelled(label, text), "cell") for label, text in overflow]
        return story

    def evidence(self) -> list[Any]:
        c = self.c
        heading = _p(c.t("evidence"), "h2")
        items: list[Any] = []
        shown = 0
        for photo in self.data.photos:
            if not photo.path.is_file():
                continue
            shown += 1
            label = self.protocol.check(photo.check_id).label(c.language) if photo.check_id else ""
            caption = c.t(
                "photo_caption",
                n=shown,
                caption=" — ".join(x for x in (label, say(photo.caption, c)) if x),
            )
            image = Image(str(photo.path))
            scale = min(75 * mm / image.imageWidth, 60 * mm / image.imageHeight)
            image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
            block = [image, _p(caption, "muted"), Spacer(1, 5)]
            # The heading never stands alone at the foot of a page.
            items.append(KeepTogether(([heading] if shown == 1 else []) + block))
        if not shown:
            items = [heading, _p(c.t("no_photos"), "muted")]
        return items

    def improvement(self) -> list[Any]:
        c, record = self.c, self.data.audit.record
        items: list[Any] = []
        lines = [
            line.strip().lstrip("-•").strip()
            for line in record.improvement_advice.splitlines()
            if line.strip()
        ]
        if not lines:
            lines = [r.advice for r in self.result.recommendations]
        if lines:
            items.append(_p(c.t("improvement"), "h2"))
            items += [Paragraph(escape(line), styles()["bullet"], bulletText="•") for line in lines]
        if self.result.grade.value == "suspension":
            plan = self.data.audit.policy.action_plan
            points = plan.get(c.language) or plan.get("en") or ()
            items += [_p(c.t("action_plan"), "h2"), _p(c.t("suspension_note"))]
            items += [
                Paragraph(escape(point), styles()["bullet"], bulletText="•") for point in points
            ]
        return items

    def people(self) -> list[Any]:
        c, record = self.c, self.data.audit.record
        return [
            _p(c.t("people"), "h2"),
            _pairs(
                [
                    (
                        c.t("tested_by"),
                        f"{record.technician} — {c.moment(_local(record.audited_at))}",
                    ),
                    (
                        c.t("reviewed_by"),
                        f"{record.reviewer or '—'} — {c.moment(_local(record.finalised_at))}",
                    ),
                    (
                        c.t("protocol"),
                        f"{record.protocol_id}, " + c.t("version", version=record.protocol_version),
                    ),
                    (
                        c.t("policy"),
                        f"{record.policy_id}, " + c.t("version", version=record.policy_version),
                    ),
                ]
            ),
        ]


def lab_name(data: ReportData, catalog: Catalog) -> str:
    """The lab's own name once it set one, else the catalog's, in the report's language."""
    return data.letterhead.name or catalog.t("lab_name")


def _fitting(text: str, room: float, size: float = 8.5, smallest: float = 6.5) -> float:
    """The header's font size, smaller for a long name so it never runs into the number."""
    while size > smallest and stringWidth(text, BOLD, size) > room:
        size -= 0.5
    return size


def _local(moment: Any) -> Any:
    """Lab-side times (stored in UTC) in the lab's own time zone."""
    return moment.astimezone() if moment is not None else None


def _facts(data: ReportData) -> Any:
    from labapp.services.audit_case import parse_case

    return parse_case(data.audit.record.case_document).inputs.facts()


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Draws headers and footers once the page count is known ("page 2 of 5")."""

    report: tuple[ReportData, Catalog, str]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        data, catalog, code = self.report
        self.saveState()
        number = f"{catalog.t('report_number')} {data.report_number}"
        self.setFont(FONT, 8)
        self.drawRightString(PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 11 * mm, number)
        room = CONTENT_WIDTH - stringWidth(number, FONT, 8) - 6 * mm
        name = lab_name(data, catalog)
        self.setFillColor(INK)
        self.setFont(BOLD, _fitting(name, room))
        self.drawString(MARGIN, PAGE_HEIGHT - 11 * mm, name)
        # The first page carries the address under the name, a letterhead; the story
        # starts lower by as much (see build_audit_pdf).
        address = data.letterhead.address_lines if self._pageNumber == 1 else ()
        self.setFillColor(MUTED)
        self.setFont(FONT, 7.5)
        for line_number, line in enumerate(address, start=1):
            self.drawString(MARGIN, PAGE_HEIGHT - 11 * mm - line_number * ADDRESS_LEADING, line)
        rule = PAGE_HEIGHT - 13 * mm - len(address) * ADDRESS_LEADING
        self.setStrokeColor(RULE)
        self.line(MARGIN, rule, PAGE_WIDTH - MARGIN, rule)
        self.line(MARGIN, 13 * mm, PAGE_WIDTH - MARGIN, 13 * mm)
        self.setFillColor(MUTED)
        self.setFont(FONT, 7)
        # The version that wrote it: a contested report says which rules of layout applied.
        self.drawString(
            MARGIN,
            9 * mm,
            f"{catalog.labelled(catalog.t('verification'), code)} · labapp {__version__}",
        )
        self.drawRightString(
            PAGE_WIDTH - MARGIN, 9 * mm, catalog.t("page_of", page=self._pageNumber, pages=total)
        )
        if data.draft:
            self.setFont(BOLD, 90)
            self.setFillColor(colors.Color(0.75, 0.2, 0.15, alpha=0.12))
            self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            self.rotate(45)
            self.drawCentredString(0, -30, catalog.t("draft"))
        self.restoreState()


def build_audit_pdf(data: ReportData, catalog: Catalog, code: str) -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=19 * mm,
        bottomMargin=18 * mm,
        title=f"{catalog.t('title')} {data.report_number}",
        author=lab_name(data, catalog),
        subject=f"audit {data.audit.summary.id}",
        keywords=f"labapp-report audit={data.audit.summary.id} code={code}",
        creator=f"labapp {__version__}",
    )
    sections = _Sections(data, catalog)
    story: list[Any] = [
        Spacer(1, len(data.letterhead.address_lines) * ADDRESS_LEADING),
        _p(catalog.t("title") + (f" — {catalog.t('draft')}" if data.draft else ""), "title"),
        _p(
            f"{data.seller.name} · {catalog.t('report_number')} {data.report_number} · "
            f"{catalog.t('issued_on')} {catalog.day(data.issued_at)}",
            "muted",
        ),
    ]
    for part in (
        sections.summary,
        sections.seller_order,
        sections.timeline,
        sections.device,
        sections.checks,
        sections.improvement,
        sections.evidence,
        sections.people,
    ):
        story += part()

    class Canvas(_NumberedCanvas):
        report = (data, catalog, code)

    document.build(story, canvasmaker=Canvas)
    return buffer.getvalue()
