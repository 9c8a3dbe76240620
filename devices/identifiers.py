"""IMEIs and their Luhn check digit, for the drivers (which cannot use labapp's)."""

from __future__ import annotations


def _luhn_sum(digits: str) -> int:
    total = 0
    # From the right, every second digit is doubled and 10..18 fold back to 1..9.
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total


def luhn_valid(digits: str) -> bool:
    # isascii: str.isdigit() also accepts digits such as "²" that int() refuses.
    return digits.isascii() and digits.isdigit() and _luhn_sum(digits) % 10 == 0


def imei_with_check_digit(first_14_digits: str) -> str:
    """The 15-digit IMEI that 14 digits (type allocation code + serial) make."""
    if len(first_14_digits) != 14 or not (first_14_digits.isascii() and first_14_digits.isdigit()):
        raise ValueError(f"an IMEI starts with 14 digits, not {first_14_digits!r}")
    check = (10 - _luhn_sum(first_14_digits + "0") % 10) % 10
    return first_14_digits + str(check)
