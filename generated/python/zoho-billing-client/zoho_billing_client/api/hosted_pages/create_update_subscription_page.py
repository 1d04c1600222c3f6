from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.hosted_page_response import HostedPageResponse
from ...models.hosted_page_update_subscription_request import HostedPageUpdateSubscriptionRequest
from ...types import Response, json_dumps, json_loads


def _get_kwargs(
    *,
    body: HostedPageUpdateSubscriptionRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-com-zoho-subscriptions-organizationid"] = x_com_zoho_subscriptions_organizationid

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/hostedpages/updatesubscription",
    }

    _kwargs["json"] = body.to_dict() if isinstance(body, HostedPageUpdateSubscriptionRequest) else body
    if "json" in _kwargs:
        _kwargs["content"] = json_dumps(_kwargs.pop("json"))

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HostedPageResponse | None:
    if response.status_code == 201:
        _response_201_raw = json_loads(response.content)
        response_201: HostedPageResponse
        if isinstance(_response_201_raw, dict):
            response_201 = HostedPageResponse.from_dict(_response_201_raw)
        else:
            response_201 = _response_201_raw

        return response_201

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
) -> Response[ErrorResponse | HostedPageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: HostedPageUpdateSubscriptionRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> Response[ErrorResponse | HostedPageResponse]:
    """Create a hosted page to update a subscription

     Creates a page on which the customer confirms a change of their subscription: a new plan, quantity
    or addons, paid for on the page. `subscription_id` and `plan` are required. The subscription changes
    only when the customer completes the page, which expires within one hour.

    Args:
        x_com_zoho_subscriptions_organizationid (str):
        body (HostedPageUpdateSubscriptionRequest): Body of "create a hosted page to update a
            subscription": the subscription and its new plan are required; addons, coupon and the
            other fields as for a new subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HostedPageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: HostedPageUpdateSubscriptionRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> ErrorResponse | HostedPageResponse | None:
    """Create a hosted page to update a subscription

     Creates a page on which the customer confirms a change of their subscription: a new plan, quantity
    or addons, paid for on the page. `subscription_id` and `plan` are required. The subscription changes
    only when the customer completes the page, which expires within one hour.

    Args:
        x_com_zoho_subscriptions_organizationid (str):
        body (HostedPageUpdateSubscriptionRequest): Body of "create a hosted page to update a
            subscription": the subscription and its new plan are required; addons, coupon and the
            other fields as for a new subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HostedPageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: HostedPageUpdateSubscriptionRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> Response[ErrorResponse | HostedPageResponse]:
    """Create a hosted page to update a subscription

     Creates a page on which the customer confirms a change of their subscription: a new plan, quantity
    or addons, paid for on the page. `subscription_id` and `plan` are required. The subscription changes
    only when the customer completes the page, which expires within one hour.

    Args:
        x_com_zoho_subscriptions_organizationid (str):
        body (HostedPageUpdateSubscriptionRequest): Body of "create a hosted page to update a
            subscription": the subscription and its new plan are required; addons, coupon and the
            other fields as for a new subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HostedPageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: HostedPageUpdateSubscriptionRequest,
    x_com_zoho_subscriptions_organizationid: str,
) -> ErrorResponse | HostedPageResponse | None:
    """Create a hosted page to update a subscription

     Creates a page on which the customer confirms a change of their subscription: a new plan, quantity
    or addons, paid for on the page. `subscription_id` and `plan` are required. The subscription changes
    only when the customer completes the page, which expires within one hour.

    Args:
        x_com_zoho_subscriptions_organizationid (str):
        body (HostedPageUpdateSubscriptionRequest): Body of "create a hosted page to update a
            subscription": the subscription and its new plan are required; addons, coupon and the
            other fields as for a new subscription.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HostedPageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
        )
    ).parsed
