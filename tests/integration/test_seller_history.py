"""Each seller's audits counted by the database: the same answers as loading them all."""

from __future__ import annotations

from collections import Counter

import pytest

from labapp.bootstrap import build_lab
from labapp.domain.audits import AuditState
from labapp.services.ports import OrderQuery
from labapp.services.seller_history import SellerHistoryService

FINAL = (AuditState.FINALISED, AuditState.SENT)


@pytest.fixture
def lab(database_url):
    built = build_lab(database_url)
    built.demo.seed(orders=120, seed=4)
    built.directory.add_seller("S-NL-0099", "Never Audited BV", "NL")
    built.directory.add_seller("S-FR-0098", "Phones 100% Garantie_Plus", "FR")
    yield built
    built.close()


def test_every_seller_is_listed_with_its_audits_counted_and_its_latest_grade(lab):
    standings = SellerHistoryService(lab.database.unit_of_work).standings()
    # Newest first, as the lab lists them: the slow way, to compare.
    audits = lab.audits.list_audits()
    counted = Counter(audit.seller_ref for audit in audits)
    sellers = sorted(seller.marketplace_ref for seller in lab.directory.list_sellers())

    assert [s.marketplace_ref for s in standings] == sellers
    assert {s.marketplace_ref: s.audits for s in standings} == {
        ref: counted.get(ref, 0) for ref in sellers
    }
    assert sum(s.audits for s in standings) == len(audits) > 100
    for standing in standings:
        theirs = [a for a in audits if a.seller_ref == standing.marketplace_ref]
        final = [a for a in theirs if a.state in FINAL]
        assert standing.last_audited_at == (theirs[0].audited_at if theirs else None)
        assert standing.last_grade == (final[0].grade if final else None)
        assert standing.last_graded_at == (final[0].audited_at if final else None)
    # The latest audit keeps the offset it was recorded with, as the audit list shows it.
    busiest = max(standings, key=lambda s: s.audits)
    newest = next(a for a in audits if a.seller_ref == busiest.marketplace_ref)
    assert busiest.last_audited_at is not None
    assert busiest.last_audited_at.utcoffset() == newest.audited_at.utcoffset()
    never = next(s for s in standings if s.marketplace_ref == "S-NL-0099")
    assert (never.audits, never.last_grade, never.last_audited_at) == (0, None, None)
    assert (never.name, never.country, never.status) == ("Never Audited BV", "NL", "onboarding")


def test_the_search_matches_ref_or_name_in_part_whatever_the_case(lab):
    service = SellerHistoryService(lab.database.unit_of_work)
    assert [s.marketplace_ref for s in service.standings("never AUD")] == ["S-NL-0099"]
    assert [s.marketplace_ref for s in service.standings("s-nl-00")] == ["S-NL-0099"]
    everyone = service.standings()
    assert service.standings("  ") == everyone
    # LIKE's wildcards are taken as typed, not as "anything".
    assert [s.marketplace_ref for s in service.standings("100%")] == ["S-FR-0098"]
    assert [s.marketplace_ref for s in service.standings("%")] == ["S-FR-0098"]
    assert [s.marketplace_ref for s in service.standings("e_p")] == ["S-FR-0098"]
    assert service.standings("no such seller") == []


def test_a_sellers_history_is_every_audit_newest_first(lab):
    service = SellerHistoryService(lab.database.unit_of_work)
    audits = lab.audits.list_audits()
    models = {line.order_ref: line.listing_model for line in lab.orders.lines(OrderQuery())}
    for seller_ref in {audit.seller_ref for audit in audits}:
        history = service.audits_of(seller_ref)
        theirs = [a for a in audits if a.seller_ref == seller_ref]
        assert [line.audit_id for line in history] == [a.id for a in theirs]
        for line, audit in zip(history, theirs, strict=True):
            assert (line.order_ref, line.state, line.grade) == (
                audit.order_ref,
                audit.state,
                audit.grade,
            )
            assert line.audited_at == audit.audited_at
            assert line.listing_model == models[audit.order_ref]
            assert line.final == (audit.state in FINAL)
            assert line.amends_audit_id == audit.amends_audit_id
    assert service.audits_of("S-NL-0099") == []
    assert service.audits_of("S-XX-404") == []


def test_an_amended_audit_names_the_one_it_corrects(lab):
    corrected = next(a for a in lab.audits.list_audits() if a.state is AuditState.FINALISED)
    amendment = lab.audits.amend(corrected.id, "Camille Martin")
    history = SellerHistoryService(lab.database.unit_of_work).audits_of(corrected.seller_ref)
    line = next(line for line in history if line.audit_id == amendment.summary.id)
    assert line.amends_audit_id == corrected.id and not line.final
    standing = next(
        s
        for s in SellerHistoryService(lab.database.unit_of_work).standings()
        if s.marketplace_ref == corrected.seller_ref
    )
    assert standing.audits == len(history)


def test_the_models_listed_are_those_with_a_finalised_audit(lab):
    models = {line.order_ref: line.listing_model for line in lab.orders.lines(OrderQuery())}
    final_models = {models[a.order_ref] for a in lab.audits.list_audits() if a.state in FINAL}
    listed = SellerHistoryService(lab.database.unit_of_work).audited_models()
    assert list(listed) == sorted(final_models, key=str.casefold)
    assert len(listed) > 3
