"""Each failure raises its typed exception, with HTTP status, Zoho code, message and response."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from client_support import ORGANIZATION, TOKEN, Canned, Mock, ScriptedServer
from zoho_billing_client import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncZohoBilling,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ZohoBilling,
    ZohoBillingError,
    ZohoBillingValidationError,
    error_codes,
)


def test_bad_request_carries_the_documented_code(client: ZohoBilling) -> None:
    client.items.create(name="Hard Drive", rate=120)
    with pytest.raises(BadRequestError) as raised:
        client.items.create(name="Hard Drive", rate=130)
    error = raised.value
    assert (error.status_code, error.code, error.error_name) == (400, 1000, "ITEM_NAME_ALREADY_EXISTS")
    assert error.code == error_codes.ITEM_NAME_ALREADY_EXISTS
    assert error.message == "The item name already exist"
    assert isinstance(error.response, httpx.Response) and error.body == {"code": 1000, "message": error.message}
    assert str(error) == "items.create: HTTP 400, code 1000 (ITEM_NAME_ALREADY_EXISTS): The item name already exist"
    assert isinstance(error, APIStatusError) and isinstance(error, ZohoBillingError)


def test_item_in_use_cannot_be_deleted(client: ZohoBilling, mock: Mock) -> None:
    item = client.items.create(name="Hard Drive", rate=120)
    mock.set_fields("item", item.item_id, referenced=True)
    with pytest.raises(BadRequestError) as raised:
        client.items.delete(item.item_id)
    assert raised.value.code == error_codes.ITEM_IN_USE_CANNOT_DELETE


def test_not_found(client: ZohoBilling) -> None:
    with pytest.raises(NotFoundError) as raised:
        client.items.retrieve("903000000099999")
    assert (raised.value.status_code, raised.value.code, raised.value.error_name) == (404, 2006, "ITEM_NOT_FOUND")
    with pytest.raises(NotFoundError) as customer:
        client.customers.retrieve("903000000099999")
    assert customer.value.code is not None and customer.value.error_name is None  # undocumented, still its code


def test_authentication_error(make_client: Callable[..., ZohoBilling], mock: Mock) -> None:
    client = make_client(access_token="not-a-valid-token")
    with pytest.raises(AuthenticationError) as raised:
        client.items.list().first_page()
    assert raised.value.status_code == 401 and raised.value.code is not None
    assert mock.token_requests() == []  # a fixed token is never refreshed


def test_permission_denied_for_an_unknown_organization(make_client: Callable[..., ZohoBilling]) -> None:
    client = make_client(organization_id="999999")
    with pytest.raises(PermissionDeniedError) as raised:
        client.customers.list().first_page()
    assert raised.value.status_code == 403


def test_rate_limit_error_after_the_retries(make_client: Callable[..., ZohoBilling], mock: Mock) -> None:
    mock.fault("rate_limit", retry_after=0, count=None)
    with pytest.raises(RateLimitError) as raised:
        make_client(max_retries=1).items.list().first_page()
    assert (raised.value.status_code, raised.value.retry_after) == (429, 0)
    assert len(mock.requests("list_items")) == 2


@pytest.mark.parametrize("status", [500, 503])
def test_internal_server_error(make_client: Callable[..., ZohoBilling], mock: Mock, status: int) -> None:
    mock.fault("server_error", status=status, count=None)
    with pytest.raises(InternalServerError) as raised:
        make_client(max_retries=0).items.retrieve("903000000045027")
    assert raised.value.status_code == status


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_connection_error() -> None:
    base_url = f"http://127.0.0.1:{_closed_port()}/billing/v1"
    with ZohoBilling(organization_id=ORGANIZATION, access_token=TOKEN, base_url=base_url, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as raised:
            client.items.retrieve("903000000045027")
    assert not isinstance(raised.value, APITimeoutError) and raised.value.operation == "items.retrieve"
    assert isinstance(raised.value.__cause__, httpx.ConnectError)


def test_timeout_error(make_client: Callable[..., ZohoBilling], mock: Mock) -> None:
    mock.fault("slow", delay=0.5, operation_id="list_items")
    with pytest.raises(APITimeoutError):
        make_client(timeout=0.1, max_retries=0).items.list().first_page()


@pytest.mark.anyio
async def test_async_errors(make_async_client: Callable[..., AsyncZohoBilling], mock: Mock) -> None:
    client = make_async_client(max_retries=0)
    with pytest.raises(NotFoundError):
        await client.items.retrieve("903000000099999")
    mock.fault("server_error", status=502)
    with pytest.raises(InternalServerError):
        await client.items.retrieve("903000000099999")
    mock.fault("slow", delay=0.5)
    with pytest.raises(APITimeoutError):
        await client.with_options(timeout=0.1).items.list().first_page()


def test_code_other_than_zero_on_http_200_is_an_error(scripted: ScriptedServer, scripted_client: ZohoBilling) -> None:
    scripted.answer("POST", "/items", Canned(200, {"code": 1000, "message": "The item name already exist"}))
    with pytest.raises(BadRequestError) as documented:  # classified by the catalogue's status for the code
        scripted_client.items.create(name="Hard Drive", rate=1)
    assert (documented.value.status_code, documented.value.code) == (200, 1000)
    scripted.answer("GET", "/items/1", Canned(200, {"code": 9999, "message": "Something new"}))
    with pytest.raises(APIStatusError) as undocumented:
        scripted_client.items.retrieve("1")
    assert type(undocumented.value) is APIStatusError and undocumented.value.code == 9999
    assert undocumented.value.message == "Something new"


def test_error_without_a_json_body(scripted: ScriptedServer, scripted_client: ZohoBilling) -> None:
    scripted.answer("GET", "/items/1", Canned(502, b"<html>Bad gateway</html>", {"Content-Type": "text/html"}))
    with pytest.raises(InternalServerError) as raised:
        scripted_client.with_options(max_retries=0).items.retrieve("1")
    assert raised.value.code is None and raised.value.body == "<html>Bad gateway</html>"
    assert "Bad gateway" in raised.value.message


def test_hierarchy() -> None:
    statuses: dict[type[Any], int] = {
        BadRequestError: 400,
        AuthenticationError: 401,
        PermissionDeniedError: 403,
        NotFoundError: 404,
        RateLimitError: 429,
        InternalServerError: 500,
    }
    for error_class in statuses:
        assert issubclass(error_class, APIStatusError) and issubclass(error_class, APIError)
    assert issubclass(APITimeoutError, APIConnectionError) and issubclass(APIConnectionError, ZohoBillingError)


def test_error_code_constants_are_the_catalogue(document: dict[str, Any]) -> None:
    catalogue = document["x-zoho-error-codes"]
    assert catalogue
    for entry in catalogue:
        assert getattr(error_codes, entry["name"]) == entry["code"]
        documented = error_codes.ERROR_CODES[(entry["module"], entry["code"])]
        assert (documented.name, documented.message, documented.http_status) == (
            entry["name"],
            entry["message"],
            entry["http_status"],
        )
        assert list(documented.operations) == entry["operations"]
    assert set(error_codes.ERROR_CODES) == {(entry["module"], entry["code"]) for entry in catalogue}


def test_the_catalogue_names_the_class_a_caller_catches(scripted: ScriptedServer, scripted_client: ZohoBilling) -> None:
    """2006 and 3004 say "does not exist": NotFoundError whatever HTTP status they come with."""
    cases = [
        ("/items/1", 404, 2006, "Item does not exist"),
        ("/items/2", 400, 2006, "Item does not exist"),  # as Zoho was seen answering it
        ("/items/3", 200, 2006, "Item does not exist"),
        ("/customers/4", 400, 3004, "Please enter a valid reference for the customer"),
    ]
    for path, status, code, message in cases:
        scripted.answer("GET", path, Canned(status, {"code": code, "message": message}))
        with pytest.raises(NotFoundError) as raised:
            if path.startswith("/items"):
                scripted_client.items.retrieve(path.rsplit("/", 1)[1])
            else:
                scripted_client.customers.retrieve(path.rsplit("/", 1)[1])
        assert (raised.value.status_code, raised.value.code) == (status, code)
    observed = error_codes.ERROR_CODES[("customers", 3004)]
    assert observed.documented is False and observed.http_status == 400
    scripted.answer("GET", "/items/5", Canned(400, {"code": 4, "message": "Invalid value passed"}))
    with pytest.raises(BadRequestError):  # a code not in the catalogue: by its HTTP status
        scripted_client.items.retrieve("5")


def test_every_catalogued_code_names_an_exception_class(document: dict[str, Any]) -> None:
    import zoho_billing_client

    for entry in document["x-zoho-error-codes"]:
        cls = getattr(zoho_billing_client, entry["exception"])
        assert issubclass(cls, APIStatusError)
        assert error_codes.ERROR_CODES[(entry["module"], entry["code"])].exception == entry["exception"]


@pytest.mark.parametrize("status", [301, 302, 304, 307, 308])
def test_a_redirect_is_an_error_not_a_success(
    scripted: ScriptedServer, scripted_client: ZohoBilling, status: int
) -> None:
    scripted.answer(
        "GET", "/items/1", Canned(status, {"code": 0, "message": "moved"}, {"Location": "http://127.0.0.1:1/x"})
    )
    with pytest.raises(APIStatusError) as raised:
        scripted_client.items.retrieve("1")
    assert raised.value.status_code == status and len(scripted.received) == 1


def test_a_response_nested_too_deeply_is_an_sdk_error(scripted: ScriptedServer, scripted_client: ZohoBilling) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    scripted.answer("GET", "/items/1", Canned(200, b'{"code": 0, "item": ' + deep + b"}"))
    with pytest.raises(APIResponseValidationError, match="nested too deeply"):
        scripted_client.items.retrieve("1")
    scripted.answer("GET", "/items/2", Canned(400, deep))
    with pytest.raises(BadRequestError):
        scripted_client.items.retrieve("2")


def test_bad_input_httpx_or_json_cannot_take_fails_before_sending(client: ZohoBilling, mock: Mock) -> None:
    cases: list[tuple[Callable[[], Any], str]] = [
        (lambda: client.items.create(name="Dri\ud800ve", rate=1), "name: is not valid Unicode"),
        (
            lambda: client.items.create(name="Drive", rate=1, extra_body={"x": object()}),
            "body: cannot be written as JSON",
        ),
        (
            lambda: client.items.create(name="Drive", rate=1, extra_body={"x": "\udc80"}),
            "body: cannot be written as JSON",
        ),
        (lambda: client.items.list(extra_query={"q": "\ud800"}).first_page(), "extra_query.q: is not valid Unicode"),
        (lambda: client.items.list(extra_query={"q": object()}).first_page(), "extra_query.q: must be a string"),
        (lambda: client.items.retrieve("1", timeout=-1), "timeout: must be a number of seconds >= 0"),
        (lambda: client.items.retrieve("1", max_retries=-1), "max_retries: must be an integer >= 0"),
        (lambda: client.with_options(timeout=-1), "timeout: must be a number of seconds >= 0"),
        (lambda: client.with_options(timeout=httpx.Timeout(5, read=-1)), "timeout: must be a number"),
        (lambda: client.items.retrieve("1", extra_headers={"X-A": "b\r\nX-Injected: 1"}), "must be printable ASCII"),
        (lambda: client.items.retrieve("1", extra_headers={"X-A": "caf\u00e9"}), "must be printable ASCII"),
        (lambda: client.items.retrieve("1", extra_headers={"X-A\n": "b"}), "is not a valid header name"),
        (lambda: client.with_options(default_headers={"X-A": "b\n"}), "must be printable ASCII"),
    ]
    for call, message in cases:
        with pytest.raises(ZohoBillingValidationError) as raised:
            call()
        assert message in str(raised.value), (message, str(raised.value))
    for options in ({"timeout": -1}, {"timeout": float("inf")}, {"default_headers": {"X-A": "\r\n"}}):
        with pytest.raises(ZohoBillingValidationError):
            ZohoBilling(organization_id=ORGANIZATION, access_token=TOKEN, **options)
    assert mock.requests() == []
