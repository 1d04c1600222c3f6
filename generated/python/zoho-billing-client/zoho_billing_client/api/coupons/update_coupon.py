from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coupon_response import CouponResponse
from ...models.coupon_update_request import CouponUpdateRequest
from ...models.error_response import ErrorResponse
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    coupon_code: str,
    *,
    body: CouponUpdateRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-com-zoho-subscriptions-organizationid"] = x_com_zoho_subscriptions_organizationid

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/coupons/{coupon_code}".format(
            coupon_code=quote(str(coupon_code), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, CouponUpdateRequest) else body
    if "json" in _kwargs:
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CouponResponse | ErrorResponse | None:
    if response.status_code == 200:
        _response_200_raw = json_loads(response.content)
        response_200: CouponResponse
        if isinstance(_response_200_raw, dict):
            response_200 = CouponResponse.from_dict(_response_200_raw)
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
) -> Response[CouponResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    coupon_code: str,
    *,
    client: AuthenticatedClient,
    body: CouponUpdateRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> Response[CouponResponse | ErrorResponse]:
    """Update a coupon

     Changes a coupon's name, description, redemption limit or expiry date; `name` is required. Its
    discount, type and what it applies to cannot change.

    Args:
        coupon_code (str):
        x_com_zoho_subscriptions_organizationid (str):
        body (CouponUpdateRequest): Body of "update a coupon". Only the name, description,
            redemption limit and expiry date can change; `name` is required. The discount, type and
            what the coupon applies to are fixed once it exists (Zoho's help pages).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        coupon_code=coupon_code,
        body=body,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    coupon_code: str,
    *,
    client: AuthenticatedClient,
    body: CouponUpdateRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> CouponResponse | ErrorResponse | None:
    """Update a coupon

     Changes a coupon's name, description, redemption limit or expiry date; `name` is required. Its
    discount, type and what it applies to cannot change.

    Args:
        coupon_code (str):
        x_com_zoho_subscriptions_organizationid (str):
        body (CouponUpdateRequest): Body of "update a coupon". Only the name, description,
            redemption limit and expiry date can change; `name` is required. The discount, type and
            what the coupon applies to are fixed once it exists (Zoho's help pages).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponResponse | ErrorResponse
    """

    return sync_detailed(
        coupon_code=coupon_code,
        client=client,
        body=body,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    ).parsed


async def asyncio_detailed(
    coupon_code: str,
    *,
    client: AuthenticatedClient,
    body: CouponUpdateRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> Response[CouponResponse | ErrorResponse]:
    """Update a coupon

     Changes a coupon's name, description, redemption limit or expiry date; `name` is required. Its
    discount, type and what it applies to cannot change.

    Args:
        coupon_code (str):
        x_com_zoho_subscriptions_organizationid (str):
        body (CouponUpdateRequest): Body of "update a coupon". Only the name, description,
            redemption limit and expiry date can change; `name` is required. The discount, type and
            what the coupon applies to are fixed once it exists (Zoho's help pages).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CouponResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        coupon_code=coupon_code,
        body=body,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    coupon_code: str,
    *,
    client: AuthenticatedClient,
    body: CouponUpdateRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> CouponResponse | ErrorResponse | None:
    """Update a coupon

     Changes a coupon's name, description, redemption limit or expiry date; `name` is required. Its
    discount, type and what it applies to cannot change.

    Args:
        coupon_code (str):
        x_com_zoho_subscriptions_organizationid (str):
        body (CouponUpdateRequest): Body of "update a coupon". Only the name, description,
            redemption limit and expiry date can change; `name` is required. The discount, type and
            what the coupon applies to are fixed once it exists (Zoho's help pages).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CouponResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            coupon_code=coupon_code,
            client=client,
            body=body,
            x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
        )
    ).parsed
