"""Python client for the Zoho Billing API.

    >>> from zoho_billing_client import ZohoBilling
    >>> client = ZohoBilling(organization_id="10234695", access_token="...", data_center="eu")
    >>> for customer in client.customers.list(filter_by="Status.Active"):
    ...     print(customer.display_name)

``ZohoBilling`` / ``AsyncZohoBilling`` are the SDK layer (auth and token refresh, data centres,
typed errors, retries, pagination, argument checks). The raw generated functions stay available
under ``zoho_billing_client.api`` with ``Client`` / ``AuthenticatedClient``.
"""

from . import error_codes
from ._client import AsyncZohoBilling, ZohoBilling
from ._decode import Page, PartialModel
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    FieldError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ZohoBillingError,
    ZohoBillingValidationError,
)
from ._pagination import AsyncPager, SyncPager
from ._response import APIResponse, AsyncAPIResponse
from ._spec import DATA_CENTERS, VERSION, DataCenter
from ._types import NOT_GIVEN, NotGiven
from .client import AuthenticatedClient, Client

__version__ = VERSION

__all__ = (
    "DATA_CENTERS",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIResponse",
    "AsyncPager",
    "AsyncZohoBilling",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "DataCenter",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "Page",
    "PartialModel",
    "PermissionDeniedError",
    "RateLimitError",
    "SyncPager",
    "ZohoBilling",
    "ZohoBillingError",
    "ZohoBillingValidationError",
    "__version__",
    "error_codes",
)
