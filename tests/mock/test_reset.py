"""Reset and requests in flight: nothing a request began before a reset lands after it.

A request belongs to the state it arrived in. `reset()` (and `POST /__mock__/reset`) wakes a
request sleeping under a `slow` fault and cancels it, and a request that has not yet carried out
its operation when the reset happens never carries it out: the connection is closed without an
answer, as for a `drop` fault.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from zoho_billing_mock import MockServer

ITEM = {"name": "Hard Drive", "rate": 120}


def _wait_until(condition: Callable[[], bool], what: str) -> None:
    for _ in range(1000):  # up to 10 s
        if condition():
            return
        time.sleep(0.01)
    raise AssertionError(f"timed out waiting for {what}")


class _InFlight:
    """One HTTP request sent from a thread; `outcome` is the response or the transport error."""

    def __init__(self, method: str, url: str, **options: Any) -> None:
        self.outcome: httpx.Response | httpx.HTTPError | None = None
        self._thread = threading.Thread(target=self._run, args=(method, url), kwargs=options, daemon=True)
        self._thread.start()

    def _run(self, method: str, url: str, **options: Any) -> None:
        try:
            self.outcome = httpx.request(method, url, timeout=30, **options)
        except httpx.HTTPError as error:
            self.outcome = error

    def finish(self) -> httpx.Response | httpx.HTTPError | None:
        self._thread.join(timeout=30)
        assert not self._thread.is_alive(), "the request in flight never ended"
        return self.outcome


def test_a_create_sleeping_under_a_slow_fault_never_lands_after_a_reset(mock: MockServer) -> None:
    mock.faults.slow(delay=3, operation_id="create_item")
    request = _InFlight("POST", mock.base_url + "/items", json=ITEM, headers=mock.headers())
    _wait_until(lambda: any(entry.fault == "slow" for entry in mock.requests), "the create to be asleep")

    mock.reset()
    outcome = request.finish()

    assert mock.state() == {}, "the create landed after the reset"
    # Cancelled, not answered: the reset woke it up and it closed the connection without an answer.
    assert isinstance(outcome, httpx.RemoteProtocolError), outcome
    assert mock.requests == []
    with httpx.Client(base_url=mock.base_url, headers=mock.headers(), timeout=10) as api:
        assert api.post("/items", json=ITEM).status_code == 201  # the name is free


def test_a_reset_over_http_cancels_a_slow_token_request(mock: MockServer) -> None:
    mock.faults.slow(delay=3, operation_id="oauth_token")
    form = {
        "grant_type": "refresh_token",
        "client_id": "mock-client-id",
        "client_secret": "mock-client-secret",
        "refresh_token": "mock-refresh-token",
    }
    request = _InFlight("POST", mock.token_url, data=form)
    _wait_until(lambda: any(entry.fault == "slow" for entry in mock.requests), "the token request to be asleep")

    assert httpx.post(mock.control_url + "/reset", timeout=10).status_code == 200
    outcome = request.finish()

    assert isinstance(outcome, httpx.RemoteProtocolError), outcome
    issued = [token for token in mock.app.auth.describe()["access_tokens"] if token["issued_by_oauth"]]
    assert issued == [], "a token was issued after the reset"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [("POST", "/items", ITEM), ("POST", "/customers", {"display_name": "A", "email": "a@b.co"})],
)
def test_a_request_past_its_checks_when_the_reset_comes_never_writes(
    mock: MockServer, monkeypatch: pytest.MonkeyPatch, method: str, path: str, body: dict[str, Any]
) -> None:
    # No fault: the request is held inside validation (after routing, auth and the request log,
    # before the operation) while the reset runs.
    entered, release = threading.Event(), threading.Event()
    validate = mock.app.validator.validate

    def held_validate(**arguments: Any) -> None:
        entered.set()
        assert release.wait(timeout=30)
        validate(**arguments)

    monkeypatch.setattr(mock.app.validator, "validate", held_validate)
    request = _InFlight(method, mock.base_url + path, json=body, headers=mock.headers())
    assert entered.wait(timeout=30)
    mock.reset()
    release.set()
    outcome = request.finish()

    assert mock.state() == {}, "the write landed after the reset"
    assert isinstance(outcome, httpx.RemoteProtocolError), outcome
