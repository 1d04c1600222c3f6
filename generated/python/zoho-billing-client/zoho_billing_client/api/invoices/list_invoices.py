import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invoice_filter import InvoiceFilter
from ...models.invoice_list_response import InvoiceListResponse
from ...models.invoice_sort_column import InvoiceSortColumn
from ...types import UNSET, Response, Unset, json_loads


def _get_kwargs(
    *,
    customer_id: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    invoice_number_startswith: str | Unset = UNSET,
    invoice_number_contains: str | Unset = UNSET,
    date_start: datetime.date | Unset = UNSET,
    date_end: datetime.date | Unset = UNSET,
    due_date_start: datetime.date | Unset = UNSET,
    due_date_end: datetime.date | Unset = UNSET,
    search_text: str | Unset = UNSET,
    filter_by: InvoiceFilter | Unset = UNSET,
    sort_column: InvoiceSortColumn | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    x_com_zoho_subscriptions_organizationid: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-com-zoho-subscriptions-organizationid"] = x_com_zoho_subscriptions_organizationid

    params: dict[str, Any] = {}

    params["customer_id"] = customer_id

    params["subscription_id"] = subscription_id

    params["invoice_number"] = invoice_number

    params["invoice_number_startswith"] = invoice_number_startswith

    params["invoice_number_contains"] = invoice_number_contains

    json_date_start: str | Unset = UNSET
    if not isinstance(date_start, Unset):
        json_date_start = date_start.isoformat() if isinstance(date_start, datetime.date) else date_start
    params["date_start"] = json_date_start

    json_date_end: str | Unset = UNSET
    if not isinstance(date_end, Unset):
        json_date_end = date_end.isoformat() if isinstance(date_end, datetime.date) else date_end
    params["date_end"] = json_date_end

    json_due_date_start: str | Unset = UNSET
    if not isinstance(due_date_start, Unset):
        json_due_date_start = (
            due_date_start.isoformat() if isinstance(due_date_start, datetime.date) else due_date_start
        )
    params["due_date_start"] = json_due_date_start

    json_due_date_end: str | Unset = UNSET
    if not isinstance(due_date_end, Unset):
        json_due_date_end = due_date_end.isoformat() if isinstance(due_date_end, datetime.date) else due_date_end
    params["due_date_end"] = json_due_date_end

    params["search_text"] = search_text

    json_filter_by: str | Unset = UNSET
    if not isinstance(filter_by, Unset):
        json_filter_by = filter_by.value if isinstance(filter_by, InvoiceFilter) else filter_by

    params["filter_by"] = json_filter_by

    json_sort_column: str | Unset = UNSET
    if not isinstance(sort_column, Unset):
        json_sort_column = sort_column.value if isinstance(sort_column, InvoiceSortColumn) else sort_column

    params["sort_column"] = json_sort_column

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvoiceListResponse | None:
    if response.status_code == 200:
        _response_200_raw = json_loads(response.content)
        response_200: InvoiceListResponse
        if isinstance(_response_200_raw, dict):
            response_200 = InvoiceListResponse.from_dict(_response_200_raw)
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
) -> Response[ErrorResponse | InvoiceListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    invoice_number_startswith: str | Unset = UNSET,
    invoice_number_contains: str | Unset = UNSET,
    date_start: datetime.date | Unset = UNSET,
    date_end: datetime.date | Unset = UNSET,
    due_date_start: datetime.date | Unset = UNSET,
    due_date_end: datetime.date | Unset = UNSET,
    search_text: str | Unset = UNSET,
    filter_by: InvoiceFilter | Unset = UNSET,
    sort_column: InvoiceSortColumn | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    x_com_zoho_subscriptions_organizationid: str,
) -> Response[ErrorResponse | InvoiceListResponse]:
    """List invoices

     Returns one page of invoices in their summary form, newest first unless `sort_column` says
    otherwise. `customer_id` and `subscription_id` narrow the list to one customer's or one
    subscription's invoices; `filter_by` selects by status. Zoho documents the customer, subscription
    and status filters on this operation; the number, date and text filters and the sort columns come
    from the list parameters Zoho's file defines without attaching them to the operation (errata
    `invoice-list-parameters`).

    Args:
        customer_id (str | Unset):
        subscription_id (str | Unset):
        invoice_number (str | Unset):
        invoice_number_startswith (str | Unset):
        invoice_number_contains (str | Unset):
        date_start (datetime.date | Unset):
        date_end (datetime.date | Unset):
        due_date_start (datetime.date | Unset):
        due_date_end (datetime.date | Unset):
        search_text (str | Unset):
        filter_by (InvoiceFilter | Unset): Selection of invoices by status, in Zoho's
            `Status.<Name>` form.
        sort_column (InvoiceSortColumn | Unset): Field the invoice list is sorted by.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 200.
        x_com_zoho_subscriptions_organizationid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceListResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        subscription_id=subscription_id,
        invoice_number=invoice_number,
        invoice_number_startswith=invoice_number_startswith,
        invoice_number_contains=invoice_number_contains,
        date_start=date_start,
        date_end=date_end,
        due_date_start=due_date_start,
        due_date_end=due_date_end,
        search_text=search_text,
        filter_by=filter_by,
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
    customer_id: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    invoice_number_startswith: str | Unset = UNSET,
    invoice_number_contains: str | Unset = UNSET,
    date_start: datetime.date | Unset = UNSET,
    date_end: datetime.date | Unset = UNSET,
    due_date_start: datetime.date | Unset = UNSET,
    due_date_end: datetime.date | Unset = UNSET,
    search_text: str | Unset = UNSET,
    filter_by: InvoiceFilter | Unset = UNSET,
    sort_column: InvoiceSortColumn | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    x_com_zoho_subscriptions_organizationid: str,
) -> ErrorResponse | InvoiceListResponse | None:
    """List invoices

     Returns one page of invoices in their summary form, newest first unless `sort_column` says
    otherwise. `customer_id` and `subscription_id` narrow the list to one customer's or one
    subscription's invoices; `filter_by` selects by status. Zoho documents the customer, subscription
    and status filters on this operation; the number, date and text filters and the sort columns come
    from the list parameters Zoho's file defines without attaching them to the operation (errata
    `invoice-list-parameters`).

    Args:
        customer_id (str | Unset):
        subscription_id (str | Unset):
        invoice_number (str | Unset):
        invoice_number_startswith (str | Unset):
        invoice_number_contains (str | Unset):
        date_start (datetime.date | Unset):
        date_end (datetime.date | Unset):
        due_date_start (datetime.date | Unset):
        due_date_end (datetime.date | Unset):
        search_text (str | Unset):
        filter_by (InvoiceFilter | Unset): Selection of invoices by status, in Zoho's
            `Status.<Name>` form.
        sort_column (InvoiceSortColumn | Unset): Field the invoice list is sorted by.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 200.
        x_com_zoho_subscriptions_organizationid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceListResponse
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        subscription_id=subscription_id,
        invoice_number=invoice_number,
        invoice_number_startswith=invoice_number_startswith,
        invoice_number_contains=invoice_number_contains,
        date_start=date_start,
        date_end=date_end,
        due_date_start=due_date_start,
        due_date_end=due_date_end,
        search_text=search_text,
        filter_by=filter_by,
        sort_column=sort_column,
        page=page,
        per_page=per_page,
        x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    customer_id: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    invoice_number_startswith: str | Unset = UNSET,
    invoice_number_contains: str | Unset = UNSET,
    date_start: datetime.date | Unset = UNSET,
    date_end: datetime.date | Unset = UNSET,
    due_date_start: datetime.date | Unset = UNSET,
    due_date_end: datetime.date | Unset = UNSET,
    search_text: str | Unset = UNSET,
    filter_by: InvoiceFilter | Unset = UNSET,
    sort_column: InvoiceSortColumn | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    x_com_zoho_subscriptions_organizationid: str,
) -> Response[ErrorResponse | InvoiceListResponse]:
    """List invoices

     Returns one page of invoices in their summary form, newest first unless `sort_column` says
    otherwise. `customer_id` and `subscription_id` narrow the list to one customer's or one
    subscription's invoices; `filter_by` selects by status. Zoho documents the customer, subscription
    and status filters on this operation; the number, date and text filters and the sort columns come
    from the list parameters Zoho's file defines without attaching them to the operation (errata
    `invoice-list-parameters`).

    Args:
        customer_id (str | Unset):
        subscription_id (str | Unset):
        invoice_number (str | Unset):
        invoice_number_startswith (str | Unset):
        invoice_number_contains (str | Unset):
        date_start (datetime.date | Unset):
        date_end (datetime.date | Unset):
        due_date_start (datetime.date | Unset):
        due_date_end (datetime.date | Unset):
        search_text (str | Unset):
        filter_by (InvoiceFilter | Unset): Selection of invoices by status, in Zoho's
            `Status.<Name>` form.
        sort_column (InvoiceSortColumn | Unset): Field the invoice list is sorted by.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 200.
        x_com_zoho_subscriptions_organizationid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceListResponse]
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        subscription_id=subscription_id,
        invoice_number=invoice_number,
        invoice_number_startswith=invoice_number_startswith,
        invoice_number_contains=invoice_number_contains,
        date_start=date_start,
        date_end=date_end,
        due_date_start=due_date_start,
        due_date_end=due_date_end,
        search_text=search_text,
        filter_by=filter_by,
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
    customer_id: str | Unset = UNSET,
    subscription_id: str | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    invoice_number_startswith: str | Unset = UNSET,
    invoice_number_contains: str | Unset = UNSET,
    date_start: datetime.date | Unset = UNSET,
    date_end: datetime.date | Unset = UNSET,
    due_date_start: datetime.date | Unset = UNSET,
    due_date_end: datetime.date | Unset = UNSET,
    search_text: str | Unset = UNSET,
    filter_by: InvoiceFilter | Unset = UNSET,
    sort_column: InvoiceSortColumn | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 200,
    x_com_zoho_subscriptions_organizationid: str,
) -> ErrorResponse | InvoiceListResponse | None:
    """List invoices

     Returns one page of invoices in their summary form, newest first unless `sort_column` says
    otherwise. `customer_id` and `subscription_id` narrow the list to one customer's or one
    subscription's invoices; `filter_by` selects by status. Zoho documents the customer, subscription
    and status filters on this operation; the number, date and text filters and the sort columns come
    from the list parameters Zoho's file defines without attaching them to the operation (errata
    `invoice-list-parameters`).

    Args:
        customer_id (str | Unset):
        subscription_id (str | Unset):
        invoice_number (str | Unset):
        invoice_number_startswith (str | Unset):
        invoice_number_contains (str | Unset):
        date_start (datetime.date | Unset):
        date_end (datetime.date | Unset):
        due_date_start (datetime.date | Unset):
        due_date_end (datetime.date | Unset):
        search_text (str | Unset):
        filter_by (InvoiceFilter | Unset): Selection of invoices by status, in Zoho's
            `Status.<Name>` form.
        sort_column (InvoiceSortColumn | Unset): Field the invoice list is sorted by.
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 200.
        x_com_zoho_subscriptions_organizationid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            subscription_id=subscription_id,
            invoice_number=invoice_number,
            invoice_number_startswith=invoice_number_startswith,
            invoice_number_contains=invoice_number_contains,
            date_start=date_start,
            date_end=date_end,
            due_date_start=due_date_start,
            due_date_end=due_date_end,
            search_text=search_text,
            filter_by=filter_by,
            sort_column=sort_column,
            page=page,
            per_page=per_page,
            x_com_zoho_subscriptions_organizationid=x_com_zoho_subscriptions_organizationid,
        )
    ).parsed
