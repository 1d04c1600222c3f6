"""Hosted pages over real HTTP: the generic mock stores a page with its kind and the request, and answers
the retrieve unwrapped (the page's fields beside `code` and `message`, `x-zoho-sdk` result of kind
`object` without `key`). The page's URL, its expiry and its completion are the `hosted_page` effect of
`x-zoho-behaviour`, not the generic mock's, so these answers are read without the spec checks, which
require them."""

from __future__ import annotations

import re

import httpx

BODY = {"customer_id": "903000000000099", "plan": {"plan_code": "basic-monthly"}, "redirect_url": "https://x.test/"}


def test_a_created_page_is_stored_with_its_kind_and_retrieved_unwrapped(raw_client: httpx.Client) -> None:
    created = raw_client.post("/hostedpages/newsubscription", json=BODY)
    assert created.status_code == 201, created.text
    page = created.json()["hostedpage"]
    assert re.fullmatch(r"[0-9a-f]+", page["hostedpage_id"])
    assert (page["status"], page["action"]) == ("fresh", "new_subscription")

    retrieved = raw_client.get(f"/hostedpages/{page['hostedpage_id']}")
    assert retrieved.status_code == 200, retrieved.text
    body = retrieved.json()
    assert (body["code"], body["message"]) == (0, "success")
    assert "hostedpage" not in body
    assert {key: body[key] for key in page} == page
    assert "customer_id" not in body and "plan" not in body  # the request is stored, not shown


def test_each_kind_of_page_records_its_action(raw_client: httpx.Client) -> None:
    card = raw_client.post("/hostedpages/updatecard", json={"subscription_id": "9030000079200"})
    assert card.status_code == 200, card.text  # Zoho answers this create with 200
    assert card.json()["hostedpage"]["action"] == "update_card"
    listed = raw_client.get("/hostedpages")
    assert [page["action"] for page in listed.json()["hosted_pages"]] == ["update_card"]


def test_a_new_subscription_page_needs_a_customer_id_or_a_customer(raw_client: httpx.Client) -> None:
    # The request's alternatives (`anyOf` of `required`): neither is refused, either is taken.
    plan = {"plan_code": "basic-monthly"}
    assert raw_client.post("/hostedpages/newsubscription", json={"plan": plan}).status_code == 400
    new_customer = {"display_name": "Bowman Furniture", "email": "benjamin.george@bowmanfurniture.com"}
    created = raw_client.post("/hostedpages/newsubscription", json={"plan": plan, "customer": new_customer})
    assert created.status_code == 201, created.text
    assert raw_client.post("/hostedpages/updatepaymentmethod", json={}).status_code == 400
    assert raw_client.post("/hostedpages/updatepaymentmethod", json={"paypal_id": "300200001806"}).status_code == 201
