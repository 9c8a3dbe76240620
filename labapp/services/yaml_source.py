"""YAML documents that remember where each value came from.

Protocol and policy files are written by people; an error must name the file,
the line and the field. PyYAML's node tree has the marks, so the document is
composed first, its key paths mapped to lines (duplicate keys refused), and
only then constructed into plain Python values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from labapp.domain.errors import InvalidInput

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class SourceProblem:
    source: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.field or '(document)'}: {self.message}"


class SourceFileError(InvalidInput):
    def __init__(self, problems: list[SourceProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


@dataclass(frozen=True)
class YamlDocument:
    source: str
    data: Any
    lines: dict[Path, int]

    def line_of(self, path: Path) -> int | None:
        """The line of the deepest part of ``path`` that exists in the file."""
        for length in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:length]))
            if line is not None:
                return line
        return None

    def problem(self, path: Path, message: str) -> SourceProblem:
        field = ".".join(str(part) for part in path)
        return SourceProblem(self.source, self.line_of(path), field, message)


def _map_lines(node: yaml.Node, path: Path, lines: dict[Path, int], source: str) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                field = ".".join(str(p) for p in (*path, key))
                raise SourceFileError(
                    [
                        SourceProblem(
                            source, line, field, f"duplicate key (first on line {seen[key]})"
                        )
                    ]
                )
            seen[key] = line
            lines[(*path, key)] = line
            _map_lines(value_node, (*path, key), lines, source)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _map_lines(item, (*path, index), lines, source)


def load_yaml(text: str, source: str) -> YamlDocument:
    try:
        loader = yaml.SafeLoader(text)
    except yaml.YAMLError as error:  # a character YAML does not allow, before any parsing
        raise SourceFileError(
            [SourceProblem(source, None, "", f"not valid YAML: {error}")]
        ) from None
    try:
        node = loader.get_single_node()
        if node is None:
            raise SourceFileError([SourceProblem(source, None, "", "the file is empty")])
        lines: dict[Path, int] = {}
        _map_lines(node, (), lines, source)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        raise SourceFileError(
            [SourceProblem(source, line, "", f"not valid YAML: {error.problem}")]
        ) from None
    except yaml.YAMLError as error:
        raise SourceFileError(
            [SourceProblem(source, None, "", f"not valid YAML: {error}")]
        ) from None
    finally:
        loader.dispose()
    return YamlDocument(source, data, lines)
