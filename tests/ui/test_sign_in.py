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


def test_a_wrong_password_is_said_in_the_dialog_which_stays_open(qtbot, lab):
    from labapp.ui.session import BenchSession

    lab.accounts.set_password("Inès Moreau", "un mot de passe assez long")

    def sign_in(chosen: BenchSession, password: str | None) -> None:
        lab.accounts.sign_in(chosen.user, password)

    dialog = SignInDialog(lab.directory.list_users(), "Lab", "Inès Moreau", sign_in, passwords=True)
    qtbot.addWidget(dialog)
    dialog.password.setText("pas le bon")
    dialog.accept()
    assert dialog.result() != SignInDialog.DialogCode.Accepted
    assert "do not match a lab user" in dialog.problem.text()
    assert dialog.password.text() == ""  # cleared; the person chosen stays
    assert dialog.person.currentText() == "Inès Moreau"
    dialog.password.setText("un mot de passe assez long")
    dialog.accept()
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert lab.gate.actor.name == "Inès Moreau" and lab.gate.actor.role == LabRole.AUDITOR


def test_where_passwords_are_required_nobody_new_is_typed_in(qtbot):
    dialog = SignInDialog(USERS, "Lab", passwords=True, newcomers=False)
    qtbot.addWidget(dialog)
    assert not dialog.person.isEditable()


def test_the_password_dialog_asks_twice_and_shows_the_services_refusal(qtbot, lab):
    from labapp.ui.password_dialog import PasswordDialog

    accounts = lab.accounts
    dialog = PasswordDialog(
        "Camille Martin",
        lambda new, current: accounts.set_password("Camille Martin", new, current),
        own=False,
    )
    qtbot.addWidget(dialog)
    assert dialog.current is None  # an administrator setting someone else's
    dialog.new.setText("premier essai long")
    dialog.again.setText("autre chose encore")
    dialog.accept()
    assert dialog.problem.text() == "The two new passwords differ."
    dialog.new.setText("court")
    dialog.again.setText("court")
    dialog.accept()
    assert "at least 10 characters" in dialog.problem.text() and dialog.new.text() == ""
    dialog.new.setText("premier essai long")
    dialog.again.setText("premier essai long")
    dialog.accept()
    assert dialog.result() == PasswordDialog.DialogCode.Accepted
    assert lab.accounts.sign_in("Camille Martin", "premier essai long").name == "Camille Martin"
