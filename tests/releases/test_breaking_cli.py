"""`python -m generator breaking`: which base it reads, what it prints, and its exit status."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.__main__ import main
from generator.core.breaking_check import breaking_allowed, parse_version

CORPUS = Path(__file__).parent / "corpus"
BUNDLE = Path("generated/openapi/zoho-billing.json")


def _pair(case: str, base_version: str, head_version: str) -> tuple[dict[str, Any], dict[str, Any]]:
    folder = CORPUS / case
    base, head = yaml.safe_load((folder / "base.yaml").read_text()), yaml.safe_load((folder / "head.yaml").read_text())
    base["info"]["version"], head["info"]["version"] = base_version, head_version
    return base, head


def _write(path: Path, document: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document))
    return path


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(repo), "-c", "user.name=test", "-c", "user.email=test@example.invalid", *args],
        check=True,
        capture_output=True,
    )


@pytest.mark.parametrize(
    ("base", "head", "allowed"),
    [
        ("0.2.0", "0.3.0", True),
        ("0.2.0", "0.2.1", False),
        ("0.2.0", "1.0.0", True),
        ("0.2.5", "0.2.6-rc.1", False),
        ("1.4.2", "2.0.0", True),
        ("1.4.2", "1.5.0", False),
        ("2.0.0", "1.9.0", False),
    ],
)
def test_a_breaking_change_needs_a_new_major_or_a_new_minor_while_at_0x(base: str, head: str, allowed: bool) -> None:
    base_version, head_version = parse_version(base), parse_version(head)
    assert base_version is not None and head_version is not None
    assert breaking_allowed(base_version, head_version) is allowed


def test_without_a_recorded_release_there_is_nothing_to_compare(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / BUNDLE, _pair("webhook-removed/event", "0.2.0", "0.2.0")[1])
    assert main(["breaking"]) == 0
    assert "no release recorded under releases/" in capsys.readouterr().out


def test_the_default_base_is_the_release_with_the_highest_semantic_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    base, head = _pair("webhook-removed/event", "0.10.0", "0.10.1")
    # 0.10.0 is newer than 0.9.0 although it sorts before it as text; a folder that is no version is skipped.
    _write(tmp_path / "releases" / "0.9.0" / "zoho-billing.json", head)
    _write(tmp_path / "releases" / "0.10.0" / "zoho-billing.json", base)
    _write(tmp_path / "releases" / "unreleased" / "zoho-billing.json", head)
    _write(tmp_path / BUNDLE, head)
    assert main(["breaking"]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].split()[:3] == ["BREAKING", "webhook-removed", "/webhooks/customer_created"]
    assert lines[1] == (
        "1 change(s), 1 breaking, from 0.10.0 (releases/0.10.0/zoho-billing.json) to 0.10.1 "
        "(generated/openapi/zoho-billing.json)"
    )
    assert "need a bump of the minor version while at 0.x: 0.10.1 does not bump 0.10.0" in captured.err


def test_a_latest_release_without_its_bundle_is_bad_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "releases" / "0.2.0").mkdir(parents=True)
    _write(tmp_path / BUNDLE, _pair("webhook-removed/event", "0.2.0", "0.2.0")[1])
    assert main(["breaking"]) == 2
    assert "releases/0.2.0/ is the latest release but has no zoho-billing.json" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("head_version", "status"), [("0.2.1", 1), ("0.3.0", 0), ("1.0.0", 0)], ids=["patch", "minor", "major"]
)
def test_a_git_ref_as_base_and_the_version_rule(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    head_version: str,
    status: int,
) -> None:
    monkeypatch.chdir(tmp_path)
    base, head = _pair("request-field-removed/shared-schema-both-sides", "0.2.0", head_version)
    _git(tmp_path, "init", "--quiet")
    _write(tmp_path / BUNDLE, base)
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "--quiet", "-m", "base")
    _write(tmp_path / BUNDLE, head)
    assert main(["breaking", "--base", "HEAD"]) == status
    out = capsys.readouterr().out
    assert "BREAKING  request-field-removed  /components/schemas/Address/properties/zip  request field" in out
    assert "BREAKING  response-field-removed  /components/schemas/Address/properties/zip  response field" in out
    assert f"from 0.2.0 (HEAD:generated/openapi/zoho-billing.json) to {head_version}" in out
    if status == 0:
        assert f"breaking changes allowed: {head_version} bumps" in out


def test_only_additions_pass_without_a_version_bump(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base, head = _pair("operation-added/operation", "0.2.0", "0.2.0")
    status = main(
        [
            "breaking",
            "--base",
            str(_write(tmp_path / "base.json", base)),
            "--head",
            str(_write(tmp_path / "head.json", head)),
        ]
    )
    assert status == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        out[0] == "ok        operation-added  /paths/~1customers/get  operation `list_customers` (GET /customers) added"
    )
    assert out[1].startswith("1 change(s), 0 breaking, from 0.2.0")


@pytest.mark.parametrize(
    ("base_text", "head_version", "message"),
    [
        ("{not json", "0.2.0", "base.json: not valid JSON"),
        ('{"info": {}}', "0.2.0", "base.json: not an OpenAPI document"),
        (None, "next", "head.json: info.version 'next' is not a semantic version"),
    ],
    ids=["bad-json", "not-openapi", "bad-version"],
)
def test_unreadable_input_exits_2_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], base_text: str | None, head_version: str, message: str
) -> None:
    base, head = _pair("operation-added/operation", "0.2.0", head_version)
    base_file = tmp_path / "base.json"
    base_file.write_text(base_text if base_text is not None else json.dumps(base))
    head_file = _write(tmp_path / "head.json", head)
    assert main(["breaking", "--base", str(base_file), "--head", str(head_file)]) == 2
    assert message in capsys.readouterr().err


def test_an_unknown_ref_exits_2_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    _git(tmp_path, "init", "--quiet")
    _write(tmp_path / BUNDLE, _pair("operation-added/operation", "0.2.0", "0.2.0")[1])
    assert main(["breaking", "--base", "no-such-ref"]) == 2
    assert "no-such-ref: not a file, and git cannot read generated/openapi/zoho-billing.json" in capsys.readouterr().err
