"""The demo's "Simulated phones" menu: plug and unplug realistic phones.

The simulators speak the real usbmuxd and adb protocols, so the window, the watcher
and the readers work exactly as with a phone on a cable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget


def simulated_phones_menu(parent: QWidget, bench: Any) -> QMenu:
    """One checkable entry per demo phone (checked = plugged in), and Unlock for the
    phones that arrive locked."""
    # A context of its own: `parent.tr` would look in the parent's class at run time,
    # where pyside6-lupdate, reading this file, cannot put the text.
    menu = QMenu(QCoreApplication.translate("demo_phones", "Simulated &phones"), parent)
    menu.setObjectName("simulatedPhonesMenu")
    for phone in bench.catalogue():
        plug = QAction(phone.label, menu)
        plug.setCheckable(True)
        plug.setObjectName(f"plug-{phone.id}")

        def toggled(checked: bool, phone_id: str = phone.id) -> None:
            if checked:
                bench.plug(phone_id)
            else:
                bench.unplug(phone_id)

        plug.toggled.connect(toggled)
        menu.addAction(plug)
    locked = [phone for phone in bench.catalogue() if phone.locked]
    if locked:
        menu.addSeparator()
        for phone in locked:
            text = QCoreApplication.translate("demo_phones", "Unlock “%1”")
            unlock = QAction(text.replace("%1", phone.label), menu)
            unlock.setObjectName(f"unlock-{phone.id}")
            unlock.triggered.connect(lambda _=False, phone_id=phone.id: bench.unlock(phone_id))
            menu.addAction(unlock)
    return menu
