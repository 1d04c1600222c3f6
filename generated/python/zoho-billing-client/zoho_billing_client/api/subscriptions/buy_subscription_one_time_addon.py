from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscription_buy_one_time_addon_request import SubscriptionBuyOneTimeAddonRequest
from ...models.subscription_invoice_response import SubscriptionInvoiceResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    subscription_id: str,
    *,
    body: SubscriptionBuyOneTimeAddonRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-com-zoho-subscriptions-organizationid"] = x_com_zoho_subscriptions_organizationid

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscriptions/{subscription_id}/buyonetimeaddon".format(
            subscription_id=quote(str(subscription_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, SubscriptionBuyOneTimeAddonRequest) else body
    if "json" in _kwargs:
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriptionInvoiceResponse | None:
    if response.status_code == 200:
        _response_200_raw = json_loads(response.content)
        response_200: SubscriptionInvoiceResponse
        if isinstance(_response_200_raw, dict):
            response_200 = SubscriptionInvoiceResponse.from_dict(_response_200_raw)
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
) -> Response[ErrorResponse | SubscriptionInvoiceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscriptionBuyOneTimeAddonRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> Response[ErrorResponse | SubscriptionInvoiceResponse]:
    """Buy a one-time addon

     Sells one-time addons to the customer of a subscription and invoices them at once (or keeps them as
    unbilled charges with `add_to_unbilled_charges`). The answer holds the invoice.

    Args:
        subscription_id (str):
        x_com_zoho_subscriptions_organizationid (str):
        body (SubscriptionBuyOneTimeAddonRequest): Body of "buy a one-time addon": the addons
            (required), and optionally a coupon.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionInvoiceResponse]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscriptionBuyOneTimeAddonRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> ErrorResponse | SubscriptionInvoiceResponse | None:
    """Buy a one-time addon

     Sells one-time addons to the customer of a subscription and invoices them at once (or keeps them as
    unbilled charges with `add_to_unbilled_charges`). The answer holds the invoice.

    Args:
        subscription_id (str):
        x_com_zoho_subscriptions_organizationid (str):
        body (SubscriptionBuyOneTimeAddonRequest): Body of "buy a one-time addon": the addons
            (required), and optionally a coupon.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionInvoiceResponse
    """

    return sync_detailed(
        subscription_id=subscription_id,
        client=client,
        body=body,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    ).parsed


async def asyncio_detailed(
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscriptionBuyOneTimeAddonRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> Response[ErrorResponse | SubscriptionInvoiceResponse]:
    """Buy a one-time addon

     Sells one-time addons to the customer of a subscription and invoices them at once (or keeps them as
    unbilled charges with `add_to_unbilled_charges`). The answer holds the invoice.

    Args:
        subscription_id (str):
        x_com_zoho_subscriptions_organizationid (str):
        body (SubscriptionBuyOneTimeAddonRequest): Body of "buy a one-time addon": the addons
            (required), and optionally a coupon.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriptionInvoiceResponse]
    """

    kwargs = _get_kwargs(
        subscription_id=subscription_id,
        body=body,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    subscription_id: str,
    *,
    client: AuthenticatedClient,
    body: SubscriptionBuyOneTimeAddonRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> ErrorResponse | SubscriptionInvoiceResponse | None:
    """Buy a one-time addon

     Sells one-time addons to the customer of a subscription and invoices them at once (or keeps them as
    unbilled charges with `add_to_unbilled_charges`). The answer holds the invoice.

    Args:
        subscription_id (str):
        x_com_zoho_subscriptions_organizationid (str):
        body (SubscriptionBuyOneTimeAddonRequest): Body of "buy a one-time addon": the addons
            (required), and optionally a coupon.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriptionInvoiceResponse
    """

    return (
        await asyncio_detailed(
            subscription_id=subscription_id,
            client=client,
            body=body,
            x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
        )
    ).parsed
