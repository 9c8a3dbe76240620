"""Device identifiers: IMEI and the Luhn check digit it carries."""

from __future__ import annotations


def luhn_check_digit(body: str) -> int:
    """The digit that completes ``body`` so that it passes the Luhn check."""
    return (10 - _luhn_sum(body + "0") % 10) % 10


def _luhn_sum(digits: str) -> int:
    total = 0
    # Walk from the right: every second digit (starting with the one left of
    # the check digit) is doubled, and 10..18 fold back to 1..9.
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total


def luhn_checksum_ok(digits: str) -> bool:
    """True when a string of digits ends with a correct Luhn check digit."""
    if not digits.isdigit() or not digits.isascii():
        return False
    return _luhn_sum(digits) % 10 == 0


def imei_is_valid(imei: str) -> bool:
    """An IMEI is 15 digits whose last one is the Luhn check digit."""
    candidate = imei.strip()
    return len(candidate) == 15 and luhn_checksum_ok(candidate)
