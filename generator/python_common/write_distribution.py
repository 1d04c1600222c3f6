"""Write the files around a generated package that make it an installable distribution.

Each generator step keeps a ``distribution/`` folder of Jinja2 templates (pyproject.toml,
README.md, ...); every ``*.jinja`` file there is rendered into the distribution directory.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2

from generator.core.toolchain import tool_versions

# Runtime sources both packages need (exact JSON, open enums): one copy here, copied into each package at
# generate time so that each installs on its own.
SHARED_RUNTIME_DIR = Path(__file__).parent / "runtime"


def copy_shared_runtime(package_dir: Path) -> list[Path]:
    """Copy every ``generator/python_common/runtime/*.py`` unchanged into ``package_dir``."""
    written = []
    for source in sorted(SHARED_RUNTIME_DIR.glob("*.py")):
        target = package_dir / source.name
        shutil.copyfile(source, target)
        written.append(target)
    return written


def write_distribution(template_dir: Path, dist_dir: Path, *, package: str, version: str) -> list[Path]:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - renders TOML and Markdown, not HTML
    )
    written = []
    for template in sorted(template_dir.rglob("*.jinja")):
        relative = template.relative_to(template_dir).with_suffix("")
        target = dist_dir / str(relative).replace("__package__", package)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = environment.get_template(template.relative_to(template_dir).as_posix()).render(
            package=package, version=version, tools=tool_versions()
        )
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written
