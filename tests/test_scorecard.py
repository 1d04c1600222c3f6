"""The README's scorecard (tools/scorecard.py) is current, and this spec is ahead of Zoho's own file
on every cell of every module, by the rule the README states (``Score.behind``)."""

from __future__ import annotations

import pytest

from generator.core.api_model import ApiModel
from generator.core.bundle_spec import BundledSpec
from tools.scorecard import README, Row, Score, behind, readme_table, render, scorecard
from tools.zoho_oas import ZOHO_OAS_DIR, zoho_oas_available

needs_zoho = pytest.mark.skipif(not zoho_oas_available(), reason=f"Zoho's OpenAPI files are not in {ZOHO_OAS_DIR}")


@pytest.fixture(scope="module")
def rows(bundled: BundledSpec, api_model: ApiModel) -> list[Row]:
    return scorecard(bundled, api_model)


@needs_zoho
def test_the_readme_table_is_current(rows: list[Row]) -> None:
    assert readme_table(README.read_text(encoding="utf-8")) == render(rows), "run `make scorecard`"


@needs_zoho
def test_ours_is_ahead_on_every_cell(rows: list[Row]) -> None:
    assert {"customers", "items"} <= {row.module for row in rows}
    assert behind(rows) == []


def test_the_rule() -> None:
    assert Score(0, 3).behind() is False and Score(3, 3).behind() is True and Score(3, 2).behind() is True
    assert Score(7, 7, kind="coverage").behind() is False and Score(7, 6, kind="coverage").behind() is True
    assert Score((0, 2), (2, 2), kind="share").behind() is False
    assert Score((2, 2), (5, 5), kind="share").behind() is False  # Zoho's is perfect: equal is all there is
    assert Score((1, 2), (2, 4), kind="share").behind() is True
    assert Score((0, 0), (0, 0), kind="share").behind() is False  # nothing to count
    assert Score((0, 0), (72, 0), kind="errors").behind() is False  # statuses ahead, no code documented
    assert Score((0, 0), (0, 0), kind="errors").behind() is True
    assert Score((0, 2), (72, 1), kind="errors").behind() is True
