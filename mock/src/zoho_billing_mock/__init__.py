"""A local Zoho Billing server for tests, driven by the bundled OpenAPI spec: every module, billing rules, webhooks.

>>> from zoho_billing_mock import MockServer
>>> with MockServer() as mock:          # a free port on 127.0.0.1
...     mock.base_url                   # 'http://127.0.0.1:<port>/billing/v1'
"""

from __future__ import annotations

from ._version import __version__
from .app import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    DEFAULT_ORGANIZATION,
    DEFAULT_REFRESH_TOKEN,
    DEFAULT_TOKEN,
    MockConfig,
)
from .auth import FULL_ACCESS_SCOPE, ORGANIZATION_HEADER, TOKEN_PREFIX
from .errors import GENERIC_ERRORS, ZohoError
from .faults import Fault, Faults
from .requestlog import LoggedRequest
from .server import MockServer, start_mock_server
from .spec import SpecNotFoundError, default_spec_path
from .state import DatabaseInUseError

__all__ = [
    "DEFAULT_CLIENT_ID",
    "DEFAULT_CLIENT_SECRET",
    "DEFAULT_ORGANIZATION",
    "DEFAULT_REFRESH_TOKEN",
    "DEFAULT_TOKEN",
    "FULL_ACCESS_SCOPE",
    "GENERIC_ERRORS",
    "ORGANIZATION_HEADER",
    "TOKEN_PREFIX",
    "DatabaseInUseError",
    "Fault",
    "Faults",
    "LoggedRequest",
    "MockConfig",
    "MockServer",
    "SpecNotFoundError",
    "ZohoError",
    "__version__",
    "default_spec_path",
    "start_mock_server",
]
