from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invoice_charge_response import InvoiceChargeResponse
from ...models.invoice_collect_charge_request import InvoiceCollectChargeRequest
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    invoice_id: str,
    *,
    body: InvoiceCollectChargeRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-com-zoho-subscriptions-organizationid"] = x_com_zoho_subscriptions_organizationid

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/invoices/{invoice_id}/collect".format(
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, InvoiceCollectChargeRequest) else body
    if "json" in _kwargs:
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvoiceChargeResponse | None:
    if response.status_code == 200:
        _response_200_raw = json_loads(response.content)
        response_200: InvoiceChargeResponse
        if isinstance(_response_200_raw, dict):
            response_200 = InvoiceChargeResponse.from_dict(_response_200_raw)
        else:
            response_200 = _response_200_raw

        return response_200

    if response.status_code == 400:
        _response_400_raw = json_loads(response.content)
        response_400: ErrorResponse
        if isinstance(_response_400_raw, dict):
            response_400 = ErrorResponse.from_dict(_response_400_raw)
        else:
            response_400 = _response_400_raw

        return response_400

    if response.status_code == 401:
        _response_401_raw = json_loads(response.content)
        response_401: ErrorResponse
        if isinstance(_response_401_raw, dict):
            response_401 = ErrorResponse.from_dict(_response_401_raw)
        else:
            response_401 = _response_401_raw

        return response_401

    if response.status_code == 403:
        _response_403_raw = json_loads(response.content)
        response_403: ErrorResponse
        if isinstance(_response_403_raw, dict):
            response_403 = ErrorResponse.from_dict(_response_403_raw)
        else:
            response_403 = _response_403_raw

        return response_403

    if response.status_code == 404:
        _response_404_raw = json_loads(response.content)
        response_404: ErrorResponse
        if isinstance(_response_404_raw, dict):
            response_404 = ErrorResponse.from_dict(_response_404_raw)
        else:
            response_404 = _response_404_raw

        return response_404

    if response.status_code == 405:
        _response_405_raw = json_loads(response.content)
        response_405: ErrorResponse
        if isinstance(_response_405_raw, dict):
            response_405 = ErrorResponse.from_dict(_response_405_raw)
        else:
            response_405 = _response_405_raw

        return response_405

    if response.status_code == 406:
        _response_406_raw = json_loads(response.content)
        response_406: ErrorResponse
        if isinstance(_response_406_raw, dict):
            response_406 = ErrorResponse.from_dict(_response_406_raw)
        else:
            response_406 = _response_406_raw

        return response_406

    if response.status_code == 429:
        _response_429_raw = json_loads(response.content)
        response_429: ErrorResponse
        if isinstance(_response_429_raw, dict):
            response_429 = ErrorResponse.from_dict(_response_429_raw)
        else:
            response_429 = _response_429_raw

        return response_429

    if response.status_code == 500:
        _response_500_raw = json_loads(response.content)
        response_500: ErrorResponse
        if isinstance(_response_500_raw, dict):
            response_500 = ErrorResponse.from_dict(_response_500_raw)
        else:
            response_500 = _response_500_raw

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | InvoiceChargeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: InvoiceCollectChargeRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> Response[ErrorResponse | InvoiceChargeResponse]:
    """Collect charge for an invoice

     Charges the invoice's balance to one of the customer's stored payment methods: a card (`card_id`) or
    a bank account (`account_id`), exactly one of them. On success Zoho records the payment and applies
    it to the invoice; a gateway refusal is an error, and the invoice stays unpaid. Zoho grants it with
    the invoices CREATE scope.

    Args:
        invoice_id (str):
        x_com_zoho_subscriptions_organizationid (str):
        body (InvoiceCollectChargeRequest): Body of "collect charge": the stored card (`card_id`)
            or bank account (`account_id`) of the customer to charge the invoice's balance to, exactly
            one of the two (errata `invoice-collect-charge-oneof`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceChargeResponse]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: InvoiceCollectChargeRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> ErrorResponse | InvoiceChargeResponse | None:
    """Collect charge for an invoice

     Charges the invoice's balance to one of the customer's stored payment methods: a card (`card_id`) or
    a bank account (`account_id`), exactly one of them. On success Zoho records the payment and applies
    it to the invoice; a gateway refusal is an error, and the invoice stays unpaid. Zoho grants it with
    the invoices CREATE scope.

    Args:
        invoice_id (str):
        x_com_zoho_subscriptions_organizationid (str):
        body (InvoiceCollectChargeRequest): Body of "collect charge": the stored card (`card_id`)
            or bank account (`account_id`) of the customer to charge the invoice's balance to, exactly
            one of the two (errata `invoice-collect-charge-oneof`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceChargeResponse
    """

    return sync_detailed(
        invoice_id=invoice_id,
        client=client,
        body=body,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    ).parsed


async def asyncio_detailed(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: InvoiceCollectChargeRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> Response[ErrorResponse | InvoiceChargeResponse]:
    """Collect charge for an invoice

     Charges the invoice's balance to one of the customer's stored payment methods: a card (`card_id`) or
    a bank account (`account_id`), exactly one of them. On success Zoho records the payment and applies
    it to the invoice; a gateway refusal is an error, and the invoice stays unpaid. Zoho grants it with
    the invoices CREATE scope.

    Args:
        invoice_id (str):
        x_com_zoho_subscriptions_organizationid (str):
        body (InvoiceCollectChargeRequest): Body of "collect charge": the stored card (`card_id`)
            or bank account (`account_id`) of the customer to charge the invoice's balance to, exactly
            one of the two (errata `invoice-collect-charge-oneof`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceChargeResponse]
    """

    kwargs = _get_kwargs(
        invoice_id=invoice_id,
        body=body,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    invoice_id: str,
    *,
    client: AuthenticatedClient,
    body: InvoiceCollectChargeRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> ErrorResponse | InvoiceChargeResponse | None:
    """Collect charge for an invoice

     Charges the invoice's balance to one of the customer's stored payment methods: a card (`card_id`) or
    a bank account (`account_id`), exactly one of them. On success Zoho records the payment and applies
    it to the invoice; a gateway refusal is an error, and the invoice stays unpaid. Zoho grants it with
    the invoices CREATE scope.

    Args:
        invoice_id (str):
        x_com_zoho_subscriptions_organizationid (str):
        body (InvoiceCollectChargeRequest): Body of "collect charge": the stored card (`card_id`)
            or bank account (`account_id`) of the customer to charge the invoice's balance to, exactly
            one of the two (errata `invoice-collect-charge-oneof`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceChargeResponse
    """

    return (
        await asyncio_detailed(
            invoice_id=invoice_id,
            client=client,
            body=body,
            x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
        )
    ).parsed
