"""The installer recipes in packaging/ stay in step with the code, without building anything.

The frozen app is built and smoke-tested by packaging/build-linux.sh (minutes); these checks
take a second and catch what would only show there, or only on a lab computer: a data folder
the app reads but the spec does not ship, a page module imported by name, a broken udev rule.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "labapp.spec"
RULES = PACKAGING / "linux" / "60-labapp-phones.rules"
DESKTOP = PACKAGING / "linux" / "labapp.desktop"
INSTALLER = PACKAGING / "linux" / "install-linux.sh"
BUILDER = PACKAGING / "build-linux.sh"


@pytest.fixture(scope="module")
def bundle():
    """packaging/bundle.py, loaded from its file (packaging/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "labapp_packaging_bundle", PACKAGING / "bundle.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundled(bundle) -> set[Path]:
    """Where each data file lands, relative to the frozen app's root (sys._MEIPASS)."""
    return {Path(dest) / Path(source).name for source, dest in bundle.data_files(ROOT)}


def _files(folder: Path) -> Iterator[Path]:
    for path in folder.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            yield path


# -- the spec ships what the app reads ---------------------------------------------------


def test_the_spec_takes_its_data_and_modules_from_the_bundle_lists():
    """The checks below read packaging/bundle.py: they mean something only if the spec
    hands those very lists to PyInstaller's Analysis."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    assignments = [
        (ast.unparse(node.targets[0]), ast.unparse(node.value))
        for node in tree.body
        if isinstance(node, ast.Assign)
    ]
    # Set once from the bundle lists; everything after only adds to them (+=).
    assert [value for target, value in assignments if target == "datas"] == [
        "bundle.data_files(REPOSITORY)"
    ]
    assert [value for target, value in assignments if target == "hiddenimports"] == [
        "bundle.own_modules(REPOSITORY)"
    ]
    analysis = next(
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "Analysis"
    )
    keywords = {k.arg: ast.unparse(k.value) for k in analysis.keywords}
    assert keywords["datas"] == "datas"
    assert keywords["hiddenimports"] == "hiddenimports"
    assert "str(REPOSITORY)" in keywords["pathex"]


def test_every_migration_file_is_shipped_where_the_schema_code_looks(bundled):
    """Alembic runs env.py and the revisions from MIGRATIONS_DIR as files; a frozen archive
    holds no files, so each must be a data file at the same place."""
    from labapp.persistence.schema import MIGRATIONS_DIR

    expected = {path.relative_to(ROOT) for path in _files(MIGRATIONS_DIR)}
    assert Path("labapp/persistence/migrations/env.py") in expected
    assert any(path.parent.name == "versions" for path in expected)
    assert expected <= bundled, sorted(map(str, expected - bundled))


def test_every_protocol_file_is_shipped(bundled):
    import audit_templates

    expected = {Path("audit_templates") / entry.name for entry in audit_templates.protocol_files()}
    assert expected, "no protocol files found"
    assert expected <= bundled, sorted(map(str, expected - bundled))


def test_every_resource_is_shipped(bundled):
    """Report wording, the window's catalogs, icons, device recordings, model tables: all
    found at run time by resources.resource(), from the package's folder."""
    expected = {
        path.relative_to(ROOT) for path in _files(ROOT / "resources") if path.suffix != ".py"
    }
    for needed in ("resources/i18n/report.en.json", "resources/icons/labapp.svg"):
        assert Path(needed) in expected
    assert expected <= bundled, sorted(map(str, expected - bundled))


def test_everything_the_wheel_ships_as_package_data_the_frozen_app_ships_too(bundled):
    """pyproject's package-data is the wheel's list of data files; the frozen app must not
    lack one that a pip-installed labapp has."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = pyproject["tool"]["setuptools"]["package-data"]
    expected = set()
    for package, patterns in declared.items():
        folder = ROOT / package.replace(".", "/")
        for pattern in patterns:
            expected |= {path.relative_to(ROOT) for path in folder.glob(pattern) if path.is_file()}
    assert expected, "pyproject declares no package data"
    assert expected <= bundled, sorted(map(str, expected - bundled))


def test_the_bundle_lists_react_to_a_dropped_folder(bundle, bundled):
    """The checks above are not vacuous: without the migrations root, the files are gone."""
    roots = tuple(r for r in bundle.DATA_ROOTS if r.folder != "labapp/persistence/migrations")
    original = bundle.DATA_ROOTS
    bundle.DATA_ROOTS = roots
    try:
        smaller = {Path(dest) / Path(src).name for src, dest in bundle.data_files(ROOT)}
    finally:
        bundle.DATA_ROOTS = original
    assert Path("labapp/persistence/migrations/env.py") in bundled
    assert Path("labapp/persistence/migrations/env.py") not in smaller


def test_every_module_named_in_our_code_is_bundled(bundle):
    """The window imports its pages by name (importlib.import_module); PyInstaller cannot
    see such imports, so every module of ours is listed from the files."""
    modules = set(bundle.own_modules(ROOT))
    named = set()
    for path in _files(ROOT / "labapp"):
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
                continue
            if re.fullmatch(r"(labapp|devices)(\.\w+)+", node.value):
                candidate = ROOT / node.value.replace(".", "/")
                if candidate.with_suffix(".py").is_file() or (candidate / "__init__.py").is_file():
                    named.add(node.value)
    assert "labapp.ui.orders_page" in named
    assert named <= modules, sorted(named - modules)
    assert "devices.simulated.bench" in modules
    assert not any(name.startswith("labapp.persistence.migrations") for name in modules)


def test_what_migrations_import_is_a_hidden_import(bundle):
    imports = set(bundle.migration_imports(ROOT))
    assert {"alembic.op", "sqlalchemy"} <= imports


def test_the_version_read_for_the_installers_is_the_apps(bundle):
    import labapp

    assert bundle.app_version(ROOT) == labapp.__version__


def test_the_build_tools_are_pinned():
    lines = [
        line.strip()
        for line in (PACKAGING / "requirements-build.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert any(line.startswith("pyinstaller==") for line in lines)
    assert all(re.fullmatch(r"[\w.-]+==[\w.]+", line) for line in lines), lines


# -- Linux integration files --------------------------------------------------------------

_UDEV_PAIR = re.compile(
    r'\s*(?P<key>[A-Z_]+)(?:\{(?P<attr>[\w.-]+)\})?\s*(?P<op>==|!=|\+=|-=|:=|=)\s*"(?P<value>[^"]*)"\s*'
)
_UDEV_MATCH_KEYS = {"ACTION", "SUBSYSTEM", "SUBSYSTEMS", "KERNEL", "ATTR", "ATTRS", "ENV", "DRIVER"}
_UDEV_ASSIGN_KEYS = {"MODE", "GROUP", "OWNER", "TAG", "ENV", "IMPORT", "SYMLINK", "RUN"}


def _udev_rules() -> list[list[dict[str, str]]]:
    text = RULES.read_text(encoding="utf-8").replace("\\\n", "")
    rules = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        pairs = []
        for part in line.split(","):
            match = _UDEV_PAIR.fullmatch(part)
            assert match, (
                f'60-labapp-phones.rules:{number}: not KEY=="value" or KEY="value": {part!r}'
            )
            pairs.append(match.groupdict())
        rules.append(pairs)
    return rules


def test_udev_rules_are_key_operator_value_pairs():
    rules = _udev_rules()
    assert rules
    for pairs in rules:
        matches = [p for p in pairs if p["op"] in ("==", "!=")]
        assigns = [p for p in pairs if p["op"] not in ("==", "!=")]
        assert matches and assigns, pairs
        assert {p["key"] for p in matches} <= _UDEV_MATCH_KEYS, pairs
        assert {p["key"] for p in assigns} <= _UDEV_ASSIGN_KEYS, pairs
        for pair in assigns:
            if pair["key"] == "MODE":
                assert pair["value"].endswith("0"), f"world-accessible device: {pairs}"


def _name(pair: dict[str, str]) -> str:
    return f"{pair['key']}{{{pair['attr']}}}" if pair["attr"] else pair["key"]


def _rules_matching(**wanted: str) -> list[list[dict[str, str]]]:
    """The rules that match on each KEY == value given."""

    def matches(pairs: list[dict[str, str]], key: str, value: str) -> bool:
        return any(_name(p) == key and p["op"] == "==" and p["value"] == value for p in pairs)

    return [r for r in _udev_rules() if all(matches(r, k, v) for k, v in wanted.items())]


def _assigned(pairs: list[dict[str, str]], key: str) -> str | None:
    for pair in pairs:
        if _name(pair) == key and pair["op"] not in ("==", "!="):
            return pair["value"]
    return None


def test_udev_rules_reach_iphones_android_phones_and_samsung_modem_ports():
    apple = _rules_matching(**{"ATTR{idVendor}": "05ac"})
    assert apple and all(_assigned(r, "TAG") == "uaccess" for r in apple)
    adb = _rules_matching(**{"ENV{ID_USB_INTERFACES}": "*:ff4201:*"})
    assert adb and _assigned(adb[0], "GROUP") == "plugdev" and _assigned(adb[0], "TAG") == "uaccess"
    modem = _rules_matching(SUBSYSTEM="tty", **{"ATTRS{idVendor}": "04e8"})
    assert modem, "no rule for Samsung modem ports"
    assert _assigned(modem[0], "ENV{ID_MM_DEVICE_IGNORE}") == "1"
    assert _assigned(modem[0], "TAG") == "uaccess"


def test_desktop_file_has_the_required_keys_and_points_at_the_installed_app():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    for key in ("Name", "Exec", "Icon", "Categories"):
        assert entry.get(key), key
    assert entry["Categories"].endswith(";")
    prefix = re.search(
        r"prefix=\$\{LABAPP_PREFIX:-([^}]+)\}", INSTALLER.read_text(encoding="utf-8")
    )
    assert prefix, "install-linux.sh names no default prefix"
    assert entry["Exec"].split()[0] == f"{prefix.group(1)}/labapp"
    # The icon name is the file name make_icons.py writes in the hicolor theme.
    assert entry["Icon"] == "labapp"
    assert "labapp.png" in (PACKAGING / "make_icons.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("script", [BUILDER, INSTALLER], ids=lambda p: p.name)
def test_scripts_are_executable_bash(script):
    assert os.access(script, os.X_OK), f"chmod +x {script.relative_to(ROOT)}"
    assert script.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in script.read_text(encoding="utf-8")


def test_the_build_copies_the_files_the_installer_installs():
    build = BUILDER.read_text(encoding="utf-8")
    for name in ("labapp.desktop", "60-labapp-phones.rules", "install-linux.sh"):
        assert name in build, name
    assert "60-labapp-phones.rules" in INSTALLER.read_text(encoding="utf-8")
