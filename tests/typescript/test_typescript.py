"""The bundle in another language: TypeScript types by openapi-typescript, used by a small program
compiled with `tsc --strict` (tests/typescript/usage.ts), and a wrong program that must not compile."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
TYPES = Path("typescript") / "zoho-billing.d.ts"


def _compile(tsc: Path, config: Path, generated_dir: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run tsc on ``config``, with the module "zoho-billing" resolved in ``generated_dir``."""
    wrapper = tmp_path / f"tsconfig.{config.parent.name}.json"
    wrapper.write_text(
        json.dumps(
            {
                "extends": str(config),
                "compilerOptions": {"paths": {"zoho-billing": [str(generated_dir / TYPES)]}},
            }
        ),
        encoding="utf-8",
    )
    return subprocess.run(
        [str(tsc), "-p", str(wrapper), "--pretty", "false"], capture_output=True, text=True, check=False, timeout=120
    )


def test_types_are_generated(generated_dir: Path) -> None:
    text = (generated_dir / TYPES).read_text(encoding="utf-8")
    for declaration in ("export interface paths", "export interface components", "export interface operations"):
        assert declaration in text
    assert "export type Customer = components['schemas']['Customer'];" in text
    assert '"/customers/{customer_id}/markasactive"' in text


def test_usage_compiles_with_strict_tsc(tsc: Path, generated_dir: Path, tmp_path: Path) -> None:
    result = _compile(tsc, HERE / "tsconfig.json", generated_dir, tmp_path)
    assert result.returncode == 0, f"tsc rejected tests/typescript/usage.ts:\n{result.stdout}{result.stderr}"


def test_committed_config_points_at_the_generated_types() -> None:
    # `tsc -p tests/typescript` on its own checks the committed tree.
    config = (HERE / "tsconfig.json").read_text(encoding="utf-8")
    assert '"strict": true' in config
    assert '"zoho-billing": ["../../generated/typescript/zoho-billing.d.ts"]' in config


def test_wrong_program_does_not_compile(tsc: Path, generated_dir: Path, tmp_path: Path) -> None:
    result = _compile(tsc, HERE / "negative" / "tsconfig.json", generated_dir, tmp_path)
    assert result.returncode != 0
    errors = re.findall(r"wrong\.ts\((\d+),\d+\): error (TS\d+)", result.stdout)
    lines = (HERE / "negative" / "wrong.ts").read_text(encoding="utf-8").splitlines()
    expected = sorted(number for number, line in enumerate(lines, 1) if "// error:" in line)
    assert sorted({int(line) for line, _ in errors}) == expected, result.stdout


@pytest.mark.parametrize("name", ["GstTreatment", "TaxRegime", "VatTreatment", "ItemStatus"])
def test_enums_are_unions_of_their_values(
    generated_dir: Path, document_enum_values: dict[str, list[str]], name: str
) -> None:
    text = (generated_dir / TYPES).read_text(encoding="utf-8")
    union = re.search(rf"^\s+{name}: (.+);$", text, re.M)
    assert union is not None
    assert re.findall(r'"([^"]+)"', union.group(1)) == document_enum_values[name]


@pytest.fixture(scope="session")
def document_enum_values(generated_dir: Path) -> dict[str, list[str]]:
    bundle = json.loads((generated_dir / "openapi" / "zoho-billing.json").read_text(encoding="utf-8"))
    return {name: schema["enum"] for name, schema in bundle["components"]["schemas"].items() if "enum" in schema}
