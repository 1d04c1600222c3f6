"""Write the files around a generated package that make it an installable distribution.

Each target that makes a package keeps a ``distribution/`` folder of Jinja2 templates (pyproject.toml,
package.json, README.md, ...); every ``*.jinja`` file there is rendered into the distribution directory,
with the package name, the spec's ``info.version`` (the one source of every package's version) and the
pinned tool versions.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from generator.core.toolchain import tool_versions


def write_distribution(template_dir: Path, dist_dir: Path, *, package: str, version: str) -> list[Path]:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_dir),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,  # noqa: S701 - renders TOML, JSON and Markdown, not HTML
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
