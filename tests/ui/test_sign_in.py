"""Who is at the bench: a known person brings their role; a new lab asks for one."""

from __future__ import annotations

from labapp.domain.users import LabRole
from labapp.services.views import UserView
from labapp.ui.sign_in import SignInDialog

USERS = [
    UserView("Admin", "administrator", True),
    UserView("Camille Martin", "technician", True),
    UserView("Inès Moreau", "auditor", True),
    UserView("Old Hand", "technician", False),
]


def test_the_first_technician_is_offered_and_roles_come_with_people(qtbot):
    dialog = SignInDialog(USERS, "Lab")
    qtbot.addWidget(dialog)
    assert dialog.person.currentText() == "Camille Martin"
    assert not dialog.role.isEnabled()
    dialog.person.setCurrentIndex(dialog.person.findData("Inès Moreau"))
    assert dialog.session().role == LabRole.AUDITOR
    assert dialog.person.findData("Old Hand") == -1  # inactive people do not sign in


def test_the_last_person_is_remembered_and_a_new_one_chooses_a_role(qtbot):
    dialog = SignInDialog(USERS, "Lab", preferred="Inès Moreau")
    qtbot.addWidget(dialog)
    assert dialog.person.currentText() == "Inès Moreau"
    dialog.person.setEditText("New Person")
    assert dialog.role.isEnabled()
    dialog.role.setCurrentIndex(dialog.role.findData("quality_manager"))
    assert dialog.session() == type(dialog.session())("New Person", LabRole.QUALITY_MANAGER)
