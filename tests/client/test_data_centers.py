"""Data centres come from the spec's servers: the API server and the Accounts server travel together."""

from __future__ import annotations

from typing import Any

import pytest
from client_support import ORGANIZATION, TOKEN
from zoho_billing_client import DATA_CENTERS, AsyncZohoBilling, ZohoBilling, ZohoBillingValidationError


def test_every_server_of_the_spec_is_a_data_centre(document: dict[str, Any]) -> None:
    servers = document["servers"]
    assert list(DATA_CENTERS) == [server["x-zoho-data-center"]["id"] for server in servers]
    assert {"com", "eu", "in", "com.au", "jp"} <= set(DATA_CENTERS)
    for server in servers:
        facts = server["x-zoho-data-center"]
        client = ZohoBilling(organization_id=ORGANIZATION, access_token=TOKEN, data_center=facts["id"])
        assert client.base_url == server["url"]
        assert client.token_url == facts["accounts_url"] + "/oauth/v2/token"
        assert client.data_center == DATA_CENTERS[facts["id"]]
        assert (client.data_center.region, client.data_center.confirmed) == (facts["region"], facts["confirmed"])
        client.close()


def test_default_is_com_and_eu_is_eu() -> None:
    with ZohoBilling(organization_id=ORGANIZATION, access_token=TOKEN) as default:
        assert default.base_url == "https://www.zohoapis.com/billing/v1"
    eu = AsyncZohoBilling(organization_id=ORGANIZATION, access_token=TOKEN, data_center="eu")
    assert (eu.base_url, eu.token_url) == (
        "https://www.zohoapis.eu/billing/v1",
        "https://accounts.zoho.eu/oauth/v2/token",
    )


@pytest.mark.parametrize("client_class", [ZohoBilling, AsyncZohoBilling])
def test_unknown_data_centre_fails_at_construction_with_the_valid_list(
    client_class: type[Any], document: dict[str, Any]
) -> None:
    with pytest.raises(ZohoBillingValidationError) as raised:
        client_class(organization_id=ORGANIZATION, access_token=TOKEN, data_center="us")
    valid = ", ".join(server["x-zoho-data-center"]["id"] for server in document["servers"])
    assert valid.startswith("com, eu, in, com.au, jp, ")
    assert str(raised.value) == f"client options: data_center: unknown data centre 'us'; expected one of {valid}"


def test_base_url_and_accounts_url_overrides() -> None:
    client = ZohoBilling(
        organization_id=ORGANIZATION,
        access_token=TOKEN,
        data_center="in",
        base_url="http://127.0.0.1:8090/billing/v1/",
        accounts_url="http://127.0.0.1:8090",
    )
    assert (client.base_url, client.token_url) == (
        "http://127.0.0.1:8090/billing/v1",
        "http://127.0.0.1:8090/oauth/v2/token",
    )
    only_api = ZohoBilling(organization_id=ORGANIZATION, access_token=TOKEN, data_center="in", base_url="http://proxy")
    assert only_api.token_url == "https://accounts.zoho.in/oauth/v2/token"
