"""Run by tests/dist/test_dist.py with the interpreter of a fresh environment that has only the built
artifacts installed (never the repository): the mock serves, the client calls it, the models parse
what it answers. Prints one JSON line of what it saw."""

import json
import sys
from decimal import Decimal
from importlib.metadata import version

import zoho_billing_client
import zoho_billing_mock
import zoho_billing_models
from zoho_billing_client import ZohoBilling
from zoho_billing_mock import DEFAULT_ORGANIZATION, DEFAULT_TOKEN, MockServer
from zoho_billing_models import ItemResponse

with MockServer() as mock:
    with ZohoBilling(organization_id=DEFAULT_ORGANIZATION, access_token=DEFAULT_TOKEN, base_url=mock.base_url) as client:
        customer = client.customers.create(display_name="Ada Lovelace", email="ada@example.com")
        item = client.items.create(name="Punch cards", rate=Decimal("20.10"))
        raw = client.items.with_raw_response.retrieve(item.item_id).content
parsed = ItemResponse.from_json(raw)
print(
    json.dumps(
        {
            "versions": {name: version(name) for name in ("zoho-billing-client", "zoho-billing-models", "zoho-billing-mock")},
            "client_version": zoho_billing_client.__version__,
            "mock_version": zoho_billing_mock.__version__,
            "files": [zoho_billing_client.__file__, zoho_billing_models.__file__, zoho_billing_mock.__file__],
            "customer": customer.display_name,
            "rate": str(parsed.item.rate),
            "prefix": sys.prefix,
        }
    )
)
