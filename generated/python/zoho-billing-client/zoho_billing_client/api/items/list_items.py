from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.item_filter import ItemFilter
from ...models.item_list_response import ItemListResponse
from ...models.item_sort_column import ItemSortColumn
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    name: str | Unset = UNSET,
    name_startswith: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_startswith: str | Unset = UNSET,
    description_contains: str | Unset = UNSET,
    rate: float | Unset = UNSET,
    rate_less_than: float | Unset = UNSET,
    rate_less_equals: float | Unset = UNSET,
    rate_greater_than: float | Unset = UNSET,
    rate_greater_equals: float | Unset = UNSET,
    tax_id: str | Unset = UNSET,
    filter_by: ItemFilter | Unset = UNSET,
    search_text: str | Unset = UNSET,
    sort_column: ItemSortColumn | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    x_com_zoho_subscriptions_organizationid: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-com-zoho-subscriptions-organizationid"] = x_com_zoho_subscriptions_organizationid

    params: dict[str, Any] = {}

    params["name"] = name

    params["name_startswith"] = name_startswith

    params["name_contains"] = name_contains

    params["description"] = description

    params["description_startswith"] = description_startswith

    params["description_contains"] = description_contains

    params["rate"] = rate

    params["rate_less_than"] = rate_less_than

    params["rate_less_equals"] = rate_less_equals

    params["rate_greater_than"] = rate_greater_than

    params["rate_greater_equals"] = rate_greater_equals

    params["tax_id"] = tax_id

    json_filter_by: str | Unset = UNSET
    if not isinstance(filter_by, Unset):
        json_filter_by = filter_by.value if isinstance(filter_by, ItemFilter) else filter_by

    params["filter_by"] = json_filter_by

    params["search_text"] = search_text

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column.value if isinstance(sort_column, ItemSortColumn) else sort_column

    params["sort_column"] = json_sort_column

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/items",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ItemListResponse | None:
    if response.status_code == 200:
        _response_200_raw = json_loads(response.content)
        response_200: ItemListResponse
        if isinstance(_response_200_raw, dict):
            response_200 = ItemListResponse.from_dict(_response_200_raw)
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
) -> Response[ErrorResponse | ItemListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    name_startswith: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_startswith: str | Unset = UNSET,
    description_contains: str | Unset = UNSET,
    rate: float | Unset = UNSET,
    rate_less_than: float | Unset = UNSET,
    rate_less_equals: float | Unset = UNSET,
    rate_greater_than: float | Unset = UNSET,
    rate_greater_equals: float | Unset = UNSET,
    tax_id: str | Unset = UNSET,
    filter_by: ItemFilter | Unset = UNSET,
    search_text: str | Unset = UNSET,
    sort_column: ItemSortColumn | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    x_com_zoho_subscriptions_organizationid: str,
) -> Response[ErrorResponse | ItemListResponse]:
    """List items

     Returns one page of items in their summary form. Zoho describes it as listing active items, but
    `filter_by` selects inactive or all items too. Text filters match the whole value, its start
    (`_startswith`) or any part (`_contains`); rate filters compare numerically.

    Args:
        name (str | Unset):
        name_startswith (str | Unset):
        name_contains (str | Unset):
        description (str | Unset):
        description_startswith (str | Unset):
        description_contains (str | Unset):
        rate (float | Unset): A rate to compare item rates with. It travels as the decimal number
            written out in the query string (Zoho's own file types these parameters as strings; a
            number is what they hold).
        rate_less_than (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        rate_less_equals (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        rate_greater_than (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        rate_greater_equals (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        tax_id (str | Unset):
        filter_by (ItemFilter | Unset): Selection of items by status, in Zoho's `Status.<Name>`
            form.
        search_text (str | Unset):
        sort_column (ItemSortColumn | Unset): Field the item list is sorted by.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 200.
        x_com_zoho_subscriptions_organizationid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ItemListResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        name_startswith=name_startswith,
        name_contains=name_contains,
        description=description,
        description_startswith=description_startswith,
        description_contains=description_contains,
        rate=rate,
        rate_less_than=rate_less_than,
        rate_less_equals=rate_less_equals,
        rate_greater_than=rate_greater_than,
        rate_greater_equals=rate_greater_equals,
        tax_id=tax_id,
        filter_by=filter_by,
        search_text=search_text,
        sort_column=sort_column,
        page=page,
        per_page=per_page,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    name_startswith: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_startswith: str | Unset = UNSET,
    description_contains: str | Unset = UNSET,
    rate: float | Unset = UNSET,
    rate_less_than: float | Unset = UNSET,
    rate_less_equals: float | Unset = UNSET,
    rate_greater_than: float | Unset = UNSET,
    rate_greater_equals: float | Unset = UNSET,
    tax_id: str | Unset = UNSET,
    filter_by: ItemFilter | Unset = UNSET,
    search_text: str | Unset = UNSET,
    sort_column: ItemSortColumn | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    x_com_zoho_subscriptions_organizationid: str,
) -> ErrorResponse | ItemListResponse | None:
    """List items

     Returns one page of items in their summary form. Zoho describes it as listing active items, but
    `filter_by` selects inactive or all items too. Text filters match the whole value, its start
    (`_startswith`) or any part (`_contains`); rate filters compare numerically.

    Args:
        name (str | Unset):
        name_startswith (str | Unset):
        name_contains (str | Unset):
        description (str | Unset):
        description_startswith (str | Unset):
        description_contains (str | Unset):
        rate (float | Unset): A rate to compare item rates with. It travels as the decimal number
            written out in the query string (Zoho's own file types these parameters as strings; a
            number is what they hold).
        rate_less_than (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        rate_less_equals (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        rate_greater_than (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        rate_greater_equals (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        tax_id (str | Unset):
        filter_by (ItemFilter | Unset): Selection of items by status, in Zoho's `Status.<Name>`
            form.
        search_text (str | Unset):
        sort_column (ItemSortColumn | Unset): Field the item list is sorted by.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 200.
        x_com_zoho_subscriptions_organizationid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ItemListResponse
    """

    return sync_detailed(
        client=client,
        name=name,
        name_startswith=name_startswith,
        name_contains=name_contains,
        description=description,
        description_startswith=description_startswith,
        description_contains=description_contains,
        rate=rate,
        rate_less_than=rate_less_than,
        rate_less_equals=rate_less_equals,
        rate_greater_than=rate_greater_than,
        rate_greater_equals=rate_greater_equals,
        tax_id=tax_id,
        filter_by=filter_by,
        search_text=search_text,
        sort_column=sort_column,
        page=page,
        per_page=per_page,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    name_startswith: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_startswith: str | Unset = UNSET,
    description_contains: str | Unset = UNSET,
    rate: float | Unset = UNSET,
    rate_less_than: float | Unset = UNSET,
    rate_less_equals: float | Unset = UNSET,
    rate_greater_than: float | Unset = UNSET,
    rate_greater_equals: float | Unset = UNSET,
    tax_id: str | Unset = UNSET,
    filter_by: ItemFilter | Unset = UNSET,
    search_text: str | Unset = UNSET,
    sort_column: ItemSortColumn | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    x_com_zoho_subscriptions_organizationid: str,
) -> Response[ErrorResponse | ItemListResponse]:
    """List items

     Returns one page of items in their summary form. Zoho describes it as listing active items, but
    `filter_by` selects inactive or all items too. Text filters match the whole value, its start
    (`_startswith`) or any part (`_contains`); rate filters compare numerically.

    Args:
        name (str | Unset):
        name_startswith (str | Unset):
        name_contains (str | Unset):
        description (str | Unset):
        description_startswith (str | Unset):
        description_contains (str | Unset):
        rate (float | Unset): A rate to compare item rates with. It travels as the decimal number
            written out in the query string (Zoho's own file types these parameters as strings; a
            number is what they hold).
        rate_less_than (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        rate_less_equals (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        rate_greater_than (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        rate_greater_equals (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        tax_id (str | Unset):
        filter_by (ItemFilter | Unset): Selection of items by status, in Zoho's `Status.<Name>`
            form.
        search_text (str | Unset):
        sort_column (ItemSortColumn | Unset): Field the item list is sorted by.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 200.
        x_com_zoho_subscriptions_organizationid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ItemListResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        name_startswith=name_startswith,
        name_contains=name_contains,
        description=description,
        description_startswith=description_startswith,
        description_contains=description_contains,
        rate=rate,
        rate_less_than=rate_less_than,
        rate_less_equals=rate_less_equals,
        rate_greater_than=rate_greater_than,
        rate_greater_equals=rate_greater_equals,
        tax_id=tax_id,
        filter_by=filter_by,
        search_text=search_text,
        sort_column=sort_column,
        page=page,
        per_page=per_page,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    name: str | Unset = UNSET,
    name_startswith: str | Unset = UNSET,
    name_contains: str | Unset = UNSET,
    description: str | Unset = UNSET,
    description_startswith: str | Unset = UNSET,
    description_contains: str | Unset = UNSET,
    rate: float | Unset = UNSET,
    rate_less_than: float | Unset = UNSET,
    rate_less_equals: float | Unset = UNSET,
    rate_greater_than: float | Unset = UNSET,
    rate_greater_equals: float | Unset = UNSET,
    tax_id: str | Unset = UNSET,
    filter_by: ItemFilter | Unset = UNSET,
    search_text: str | Unset = UNSET,
    sort_column: ItemSortColumn | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    x_com_zoho_subscriptions_organizationid: str,
) -> ErrorResponse | ItemListResponse | None:
    """List items

     Returns one page of items in their summary form. Zoho describes it as listing active items, but
    `filter_by` selects inactive or all items too. Text filters match the whole value, its start
    (`_startswith`) or any part (`_contains`); rate filters compare numerically.

    Args:
        name (str | Unset):
        name_startswith (str | Unset):
        name_contains (str | Unset):
        description (str | Unset):
        description_startswith (str | Unset):
        description_contains (str | Unset):
        rate (float | Unset): A rate to compare item rates with. It travels as the decimal number
            written out in the query string (Zoho's own file types these parameters as strings; a
            number is what they hold).
        rate_less_than (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        rate_less_equals (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        rate_greater_than (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        rate_greater_equals (float | Unset): A rate to compare item rates with. It travels as the
            decimal number written out in the query string (Zoho's own file types these parameters as
            strings; a number is what they hold).
        tax_id (str | Unset):
        filter_by (ItemFilter | Unset): Selection of items by status, in Zoho's `Status.<Name>`
            form.
        search_text (str | Unset):
        sort_column (ItemSortColumn | Unset): Field the item list is sorted by.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 200.
        x_com_zoho_subscriptions_organizationid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ItemListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            name_startswith=name_startswith,
            name_contains=name_contains,
            description=description,
            description_startswith=description_startswith,
            description_contains=description_contains,
            rate=rate,
            rate_less_than=rate_less_than,
            rate_less_equals=rate_less_equals,
            rate_greater_than=rate_greater_than,
            rate_greater_equals=rate_greater_equals,
            tax_id=tax_id,
            filter_by=filter_by,
            search_text=search_text,
            sort_column=sort_column,
            page=page,
            per_page=per_page,
            x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
        )
    ).parsed
