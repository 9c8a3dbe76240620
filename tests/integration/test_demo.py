"""`labapp demo seed`: realistic, repeatable demo data."""

from __future__ import annotations

from collections import Counter

from .cli_helpers import labapp


def test_demo_seed_fills_a_realistic_lab(database_url):
    result = labapp(database_url, "demo", "seed", "--orders", "300", "--seed", "7")
    assert result.code == 0, result.err
    orders = labapp(database_url, "order", "list", "--json").json()
    assert len(orders) == 300
    statuses = Counter(o["status"] for o in orders)
    # Most of 18 months of orders have been audited and the reports sent.
    assert statuses["finalised"] + statuses["sent"] > 200
    assert statuses["ordered"] + statuses["shipped"] + statuses["delivered"] > 0
    audits = labapp(database_url, "audit", "list", "--json").json()
    assert len(audits) > 250
    failing = [a for a in audits if a["grade"] != "compliant"]
    assert 0.08 < len(failing) / len(audits) < 0.35  # about one in five
    assert all(a["complete"] for a in audits if a["state"] in ("finalised", "sent"))
    late = sum(1 for o in orders if o["shipped_on_time"] is False)
    bad_tracking = sum(1 for o in orders if o["tracking_valid"] is False)
    assert 0 < late < 150
    assert 0 < bad_tracking < 100
    sellers = labapp(database_url, "seller", "list", "--json").json()
    assert {s["country"] for s in sellers} >= {"FR", "ES", "DE", "IT"}
    users = {u["role"] for u in labapp(database_url, "user", "list", "--json").json()}
    assert users == {"technician", "auditor", "quality_manager", "administrator"}


def test_same_seed_same_data(tmp_path):
    first, second = (f"sqlite:///{tmp_path}/{n}.sqlite3" for n in ("a", "b"))
    for db in (first, second):
        assert labapp(db, "demo", "seed", "--orders", "50", "--seed", "3").code == 0
    assert (
        labapp(first, "order", "list", "--json").json()
        == labapp(second, "order", "list", "--json").json()
    )


def test_seeding_twice_with_one_seed_is_refused_without_writing(tmp_path):
    db = f"sqlite:///{tmp_path}/lab.sqlite3"
    assert labapp(db, "demo", "seed", "--orders", "20").code == 0
    again = labapp(db, "demo", "seed", "--orders", "20")
    assert again.code == 2
    assert "the demo orders of seed 1 are already in this database" in again.err
    assert len(labapp(db, "order", "list", "--json").json()) == 20
    assert labapp(db, "demo", "seed", "--orders", "20", "--seed", "2").code == 0
