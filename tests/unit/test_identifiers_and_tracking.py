"""IMEI Luhn checks and carrier tracking-number formats."""

from __future__ import annotations

import pytest

from labapp.domain.identifiers import imei_is_valid, luhn_checksum_ok
from labapp.domain.tracking import (
    check_tracking,
    find_carrier,
    s10_check_digit,
    ups_check_digit,
)


@pytest.mark.parametrize("imei", ["490154203237518", "356938035643809", "352099001761481"])
def test_valid_imeis(imei):
    assert imei_is_valid(imei)


@pytest.mark.parametrize(
    "imei",
    [
        "490154203237517",  # wrong check digit
        "49015420323751",  # 14 digits
        "4901542032375180",  # 16 digits
        "49015420323751A",
        "",
        "４９０１５４２０３２３７５１８",  # full-width digits are not digits here
    ],
)
def test_invalid_imeis(imei):
    assert not imei_is_valid(imei)


def test_luhn_doubles_every_second_digit_from_the_right():
    assert luhn_checksum_ok("79927398713")
    assert not luhn_checksum_ok("79927398710")


def test_s10_check_digit_including_its_two_special_cases():
    assert s10_check_digit("12345678") == 5  # the UPU's own example RR123456785FR
    assert s10_check_digit("10000014") == 0  # 11 - 10 -> 0
    assert s10_check_digit("10000002") == 5  # 11 - 0 -> 5


def test_ups_check_digit():
    assert ups_check_digit("999AA1012345678") == 4


@pytest.mark.parametrize(
    ("carrier", "number", "format_name"),
    [
        ("Colissimo", "RR123456785FR", "UPU S10"),
        ("La Poste", "CA100000025FR", "UPU S10"),
        ("colissimo", "6A12345678901", "La Poste 13 (shape only)"),
        ("Chronopost", "XW261547816TS", "UPU S10"),
        ("UPS", "1Z999AA10123456784", "UPS 1Z"),
        ("UPS", "1Z 999 AA1 01 2345 678 4", "UPS 1Z"),
        ("DHL Express", "1234567891", "DHL Express waybill"),
        ("DPD", "01234567890123", "DPD parcel number"),
        ("DPD", "01015026003653C", "DPD parcel number with check character"),
        ("DHL", "201298452277", "DHL Paket Identcode"),
        ("DHL", "00340433836442636597", "DHL Paket 20"),
        ("GLS", "123456789011", "GLS parcel number"),
        ("Hermes", "09133131530724", "Hermes 14"),
        ("UPS", "K1506235620", "UPS waybill"),
        ("TNT", "183928252", "TNT consignment"),
        ("FedEx", "986578788855", "FedEx Express 12"),
        ("FedEx", "041441760228964", "FedEx Ground 15"),
        ("FedEx", "9611020987654312345672", "FedEx Ground 96"),
        ("bpost", "323212345678901234567890", "bpost 24 (shape only)"),
        ("Correos", "PQ4F6P0703673180108100L", "Correos Paq (shape only)"),
    ],
)
def test_numbers_in_the_carriers_format(carrier, number, format_name):
    verdict = check_tracking(carrier, number)
    assert verdict.valid, verdict.problem
    assert verdict.format == format_name


@pytest.mark.parametrize(
    ("carrier", "number", "problem"),
    [
        ("Colissimo", "RR123456784FR", "check digit wrong"),
        ("UPS", "1Z999AA10123456785", "check digit wrong"),
        ("DHL", "1234567892", "check digit wrong"),
        ("DHL", "201298452278", "check digit wrong"),
        ("DPD", "01015026003653D", "check digit wrong"),
        ("GLS", "123456789012", "check digit wrong"),
        ("Hermes", "09133131530725", "check digit wrong"),
        ("UPS", "RR123456785FR", "not a UPS number"),
        ("DPD", "1234", "not a DPD number"),
        (None, "1Z999AA10123456784", "no carrier"),
        ("UPS", "", "no tracking number"),
        ("", "", "no carrier and no tracking number"),
    ],
)
def test_numbers_that_fail(carrier, number, problem):
    verdict = check_tracking(carrier, number)
    assert not verdict.valid
    assert problem in (verdict.problem or "")


def test_a_check_digit_confirms_only_where_the_carrier_publishes_one():
    assert check_tracking("UPS", "1Z999AA10123456784").verified
    shape_only = check_tracking("bpost", "323299901234567890123456")
    assert shape_only.valid and not shape_only.verified


def test_unknown_carrier_gets_the_generic_rule():
    assert check_tracking("Coursier du Coin", "AB12CD34").valid
    assert check_tracking("Coursier du Coin", "A" * 40).valid
    assert not check_tracking("Coursier du Coin", "AB12CD3").valid
    assert not check_tracking("Coursier du Coin", "A" * 41).valid
    assert not check_tracking("Coursier du Coin", "AB12CD34!").valid


def test_carrier_names_are_matched_loosely():
    assert find_carrier("Poste Italiane").key == "posteitaliane"
    assert find_carrier("COLIS PRIVÉ").key == "colisprive"
    assert find_carrier("dhl-express").key == "dhl"
    assert find_carrier("Pony Express") is None
