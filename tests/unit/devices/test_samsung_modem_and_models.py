"""The Samsung modem port's AT+DEVCONINFO, its read-only guard, and the model table."""

from __future__ import annotations

import pytest
import serial
from hypothesis import given
from hypothesis import strategies as st

from devices.errors import BadAnswer
from devices.models import find_model
from devices.samsung_modem import (
    READ_ONLY_COMMANDS,
    parse_devconinfo,
    read_modem,
    send_read_only,
)

ANSWER = (
    "\r\n+DEVCONINFO: MN(SM-G991B);BASE(SM-G991B);VER(G991BXXU5CVJ1/G991BOXM5CVJ1/"
    "G991BXXU5CVJ1/G991BXXU5CVJ1);HIDVER(G991BXXU5CVJ1/G991BOXM5CVJ1/G991BXXU5CVJ1/"
    "G991BXXU5CVJ1);MNC();MCC();PRD(EUX);;OMCCODE();SN(R58R000AAAA);IMEI(352099001761481);"
    "UN(00000000000000000);PN();CON(AT,MTP);LOCK(NONE);LIMIT(FALSE);SDP(RUNTIME);"
    "HVID(Data:196609,Cache:262145,System:327681)\r\n\r\nOK\r\n"
)


def test_devconinfo_fields():
    fields = parse_devconinfo(ANSWER)
    assert fields["MN"] == "SM-G991B"
    assert fields["SN"] == "R58R000AAAA"
    assert fields["IMEI"] == "352099001761481"
    assert fields["CON"] == "AT,MTP"


def test_reading_a_modem_through_a_real_pyserial_port():
    port = serial.serial_for_url("loop://", timeout=1)
    port.write(ANSWER.encode())  # what the phone will "answer" (the loop echoes writes)

    class Replaying:
        """Sends nothing to the loop, so only the recorded answer is read back."""

        def write(self, data):
            assert data == b"AT+DEVCONINFO\r\n"
            return len(data)

        def read_until(self, expected=b"\n", size=None):
            return port.read_until(expected, size)

        def reset_input_buffer(self):
            pass

    reading = read_modem(Replaying())
    document = reading.to_json()
    assert document["format"] == "labapp.device-reading/1"
    assert document["platform"] == "samsung-modem"
    assert document["identity"]["imei"] == ["352099001761481"]
    assert document["identity"]["marketing_name"] == "Galaxy S21"
    assert document["screen"]["factory_technology"] == "OLED"
    assert document["battery"]["health_percent"] is None
    assert any("identity only" in w for w in document["warnings"])


@pytest.mark.parametrize(
    "command", ["AT+CFUN=1,1", "AT+FACTORST", "AT+SWATD=1", "ATZ", "AT+REBOOT"]
)
def test_only_listed_read_only_commands_are_ever_sent(command):
    port = serial.serial_for_url("loop://", timeout=0.1)
    with pytest.raises(ValueError, match="not a read-only command"):
        send_read_only(port, command)
    assert port.in_waiting == 0  # nothing reached the port
    assert command not in READ_ONLY_COMMANDS


def test_missing_or_broken_answers_are_refused():
    with pytest.raises(BadAnswer, match="no \\+DEVCONINFO line"):
        parse_devconinfo("ERROR\r\n")
    with pytest.raises(BadAnswer, match="without a model"):
        parse_devconinfo("+DEVCONINFO: SN(R58);")


@given(st.text(max_size=300))
def test_devconinfo_parser_rejects_or_parses_never_crashes(text):
    try:
        fields = parse_devconinfo(text)
    except BadAnswer:
        return
    assert "MN" in fields


def test_model_table():
    assert find_model("ios", "iPhone13,2").factory_screen == "OLED"
    assert find_model("ios", "iPhone12,1").marketing_name == "iPhone 11"
    assert find_model("ios", "iPhone12,1").factory_screen == "LCD"
    assert find_model("android", None, "sm-s911b").marketing_name == "Galaxy S23"
    assert find_model("android", "Pixel 7", "panther").marketing_name == "Pixel 7"
    assert find_model("ios", "iPhone99,9") is None
