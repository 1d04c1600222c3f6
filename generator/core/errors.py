"""The one error type the toolchain raises for a problem in the spec source."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SourceLocation:
    """A place in the spec source: a file and a JSON pointer inside it."""

    file: Path
    pointer: str

    def __str__(self) -> str:
        return f"{_display_path(self.file)}#{self.pointer}"


@dataclass(frozen=True)
class SpecProblem:
    location: SourceLocation
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"


class SpecError(Exception):
    """One or more problems in the spec source, each with its file, JSON pointer and reason."""

    def __init__(self, problems: list[SpecProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


def _display_path(path: Path) -> str:
    # Paths relative to the working directory read best in terminal output and CI logs.
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def escape_pointer_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape_pointer_token(token) for token in tokens)
