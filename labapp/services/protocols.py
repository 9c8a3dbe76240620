"""The protocols and sanction policies the lab ships, by id and version.

Audits keep the exact text of the protocol and policy they were graded with
(see the audit service), so a later version never changes an old grade.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from labapp.domain.errors import NotFound, words
from labapp.domain.protocol import AuditProtocol
from labapp.domain.sanctions import SanctionPolicy
from labapp.services.protocol_files import policy_from_document, protocol_from_document
from labapp.services.yaml_source import load_yaml

_T = TypeVar("_T")

DEFAULT_PROTOCOL = "smartphone"
DEFAULT_POLICY = "default"


@dataclass(frozen=True)
class SourceText:
    """A protocol or policy file as it was read: what an audit snapshot stores."""

    kind: str  # "protocol" or "sanction_policy"
    id: str
    version: int
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def parse_protocol(text: str, source: str) -> AuditProtocol:
    return protocol_from_document(load_yaml(text, source))


def parse_policy(text: str, source: str) -> SanctionPolicy:
    return policy_from_document(load_yaml(text, source))


class ProtocolLibrary:
    """Every file under audit_templates/, loaded on first use and validated."""

    def __init__(self, files: list[tuple[str, str]] | None = None) -> None:
        # (source name, text) pairs; by default the shipped audit_templates package.
        self._files = files

    def _sources(self) -> list[tuple[str, str]]:
        if self._files is not None:
            return self._files
        import audit_templates

        return [
            (f"audit_templates/{entry.name}", entry.read_text(encoding="utf-8"))
            for entry in audit_templates.protocol_files()
        ]

    @cached_property
    def _loaded(
        self,
    ) -> tuple[
        dict[tuple[str, int], tuple[AuditProtocol, SourceText]],
        dict[tuple[str, int], tuple[SanctionPolicy, SourceText]],
    ]:
        protocols: dict[tuple[str, int], tuple[AuditProtocol, SourceText]] = {}
        policies: dict[tuple[str, int], tuple[SanctionPolicy, SourceText]] = {}
        for source, text in self._sources():
            document = load_yaml(text, source)
            kind = document.data.get("kind") if isinstance(document.data, dict) else None
            if kind == "sanction_policy":
                policy = policy_from_document(document)
                policies[(policy.id, policy.version)] = (
                    policy,
                    SourceText(kind, policy.id, policy.version, text),
                )
            else:
                protocol = protocol_from_document(document)
                protocols[(protocol.id, protocol.version)] = (
                    protocol,
                    SourceText("protocol", protocol.id, protocol.version, text),
                )
        return protocols, policies

    @staticmethod
    def _pick(table: dict[tuple[str, int], _T], what: str, ident: str, version: int | None) -> _T:
        versions = sorted(v for (i, v) in table if i == ident)
        if not versions:
            known = ", ".join(sorted({i for i, _ in table})) or words("none")
            raise NotFound(
                "no {what} {ident!r} (known: {known})", what=what, ident=ident, known=known
            )
        chosen = versions[-1] if version is None else version
        if (ident, chosen) not in table:
            raise NotFound(
                "{what} {ident!r} has no version {chosen} (known: {versions})",
                what=what,
                ident=ident,
                chosen=chosen,
                versions=", ".join(map(str, versions)),
            )
        return table[(ident, chosen)]

    def protocol(
        self, ident: str = DEFAULT_PROTOCOL, version: int | None = None
    ) -> tuple[AuditProtocol, SourceText]:
        return self._pick(self._loaded[0], words("protocol"), ident, version)

    def policy(
        self, ident: str = DEFAULT_POLICY, version: int | None = None
    ) -> tuple[SanctionPolicy, SourceText]:
        return self._pick(self._loaded[1], words("sanction policy"), ident, version)

    def protocols(self) -> list[AuditProtocol]:
        return [protocol for protocol, _ in self._loaded[0].values()]
