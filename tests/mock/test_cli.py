"""`zoho-billing-mock` as a process: start on a free port, serve, stop cleanly on SIGTERM and Ctrl-C."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from zoho_billing_mock import MockServer

HEADERS = {"Authorization": "Zoho-oauthtoken mock-access-token", "X-com-zoho-subscriptions-organizationid": "10234695"}


def stop(server: Any, signum: int = signal.SIGTERM) -> tuple[int, str]:
    """Signal the server and wait for it to exit; a server that does not exit within 10 s fails."""
    server.process.send_signal(signum)
    code = server.process.wait(timeout=10)
    return code, server.process.stdout.read()


def test_the_console_script_is_installed() -> None:
    script = shutil.which("zoho-billing-mock", path=str(Path(sys.executable).parent)) or shutil.which(
        "zoho-billing-mock"
    )
    assert script is not None
    result = subprocess.run([script, "--help"], capture_output=True, text=True, timeout=30, check=False)
    assert result.returncode == 0
    for option in ("--port", "--host", "--spec", "--db", "--token", "--organization", "--refresh-token"):
        assert option in result.stdout


def test_serves_and_stops_on_sigterm(run_cli: Callable[..., Any]) -> None:
    server = run_cli()
    assert server.base_url.startswith("http://127.0.0.1:") and server.base_url.endswith("/billing/v1")

    created = httpx.post(server.base_url + "/items", json={"name": "A", "rate": 1}, headers=HEADERS, timeout=10)
    assert created.status_code == 201
    assert httpx.get(server.root_url + "/__mock__/health", timeout=10).json()["status"] == "ok"

    code, output = stop(server)
    assert code == 0 and "stopped" in output
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.base_url + "/items", headers=HEADERS, timeout=2)


def test_stops_on_ctrl_c(run_cli: Callable[..., Any]) -> None:
    server = run_cli()
    # An idle keep-alive connection must not hold the shutdown up.
    with httpx.Client(timeout=10) as http:
        assert http.get(server.base_url + "/items", headers=HEADERS).status_code == 200
        code, output = stop(server, signal.SIGINT)
    assert code == 0 and "stopped" in output


def test_starts_answers_and_exits_cleanly_on_sigterm(mock_spec_path: Path) -> None:
    """The console server prints where it listens, answers, and exits 0 on SIGTERM (bounded waits;
    how fast it starts is not a test's business)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "zoho_billing_mock", "--port", "0", "--spec", str(mock_spec_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        base_url = line.split("listening on ", 1)[1].strip()
        assert httpx.get(base_url + "/items", headers=HEADERS, timeout=10).status_code == 200
        process.terminate()
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        if process.stdout is not None:
            process.stdout.close()


def test_in_process_start_and_stop(mock_spec_path: Path) -> None:
    server = MockServer(spec_path=mock_spec_path).start()
    try:
        assert server.running
        assert httpx.get(server.base_url + "/items", headers=server.headers(), timeout=10).status_code == 200
    finally:
        server.stop()
    assert not server.running


def test_options(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    database = tmp_path / "mock.sqlite"
    server = run_cli(
        "--token",
        "t1",
        "--organization",
        "42",
        "--organization",
        "43",
        "--db",
        str(database),
        "--client-id",
        "cid",
        "--client-secret",
        "cs",
        "--refresh-token",
        "rt",
        "--token-expires-in",
        "60",
    )
    headers = {"Authorization": "Zoho-oauthtoken t1", "X-com-zoho-subscriptions-organizationid": "43"}
    item = httpx.post(server.base_url + "/items", json={"name": "Kept", "rate": 1}, headers=headers, timeout=10)
    assert item.status_code == 201
    assert httpx.get(server.base_url + "/items", headers=HEADERS, timeout=10).status_code == 401
    form = {"grant_type": "refresh_token", "client_id": "cid", "client_secret": "cs", "refresh_token": "rt"}
    token = httpx.post(server.root_url + "/oauth/v2/token", data=form, timeout=10).json()
    assert token["expires_in"] == 60
    assert stop(server)[0] == 0

    restarted = run_cli("--token", "t1", "--organization", "43", "--db", str(database))
    listed = httpx.get(restarted.base_url + "/items", headers=headers, timeout=10).json()["items"]
    assert [entry["name"] for entry in listed] == ["Kept"]


def test_a_missing_spec_is_reported(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "zoho_billing_mock", "--port", "0", "--spec", str(tmp_path / "none.json")],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2 and "spec" in result.stderr


def test_a_busy_port_is_reported(mock: MockServer, mock_spec_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "zoho_billing_mock", "--port", str(mock.port), "--spec", str(mock_spec_path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 1 and "cannot listen" in result.stderr


def test_a_database_in_use_is_reported(run_cli: Callable[..., Any], mock_spec_path: Path, tmp_path: Path) -> None:
    database = tmp_path / "mock.sqlite"
    first = run_cli("--db", str(database))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "zoho_billing_mock",
            "--port",
            "0",
            "--spec",
            str(mock_spec_path),
            "--db",
            str(database),
        ],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 1 and result.stdout == ""
    assert str(database) in result.stderr and "in use" in result.stderr
    assert f"process {first.process.pid}" in result.stderr
    # The first server is unharmed.
    created = httpx.post(first.base_url + "/items", json={"name": "A", "rate": 1}, headers=HEADERS, timeout=10)
    assert created.status_code == 201
