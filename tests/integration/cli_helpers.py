"""Running the real `labapp` command line in-process and capturing its output."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from typing import Any

from labapp.cli.main import run


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def labapp(db: str, *args: str) -> Result:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", db, *args], out, err)
    return Result(code, out.getvalue(), err.getvalue())
