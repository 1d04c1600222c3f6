"""A walkthrough of every module against the local server, driven by the spec alone.

For each kind of record an operation creates (`x-zoho-behaviour` `action: create`), the module's
operations are found by their declared behaviour, never by name: create (with the request
example of the spec, and a second record with references of its own) -> retrieve -> list (paged one record a page; every
declared `x-zoho-filter` with a value of the first record keeps what its comparison keeps, every
`filter_by` value what meets its conditions, every `x-zoho-sort` value orders by its field) ->
update (with the update example) -> every status setter (`action: set`, checked through
retrieve) -> delete -> retrieve gives the record's not-found error. Then the module's declared
rules: each `x-zoho-unique` property refuses a second record with the same value, and each `x-zoho-record.rules` refusal
(a delete, or a change of a field, while the record is in a state) answers its catalogued code,
the state being set through the generic control API.

The records a create example refers to are made first (`Needs`): a key of the example that is the
ID field of another kind of record (a plan's `product_id`; a subscription's `customer_id`,
`plan.plan_code`, `addons[].addon_code`, `coupon_code`; a payment's `invoices[].invoice_id`) gets a
record made from that kind's own create example. Operations with a billing effect other than their
record's create and update (cancel, reactivate, collect a charge), and retrieves or updates that
answer something other than the record (its activities, its own list, a status), are not part of
the walk: tests/mock/test_billing_effects.py and tests/test_subscription_loop.py walk the effects.

The same walkthrough runs through two transports: the generated Python client
(`client.<resource>.<method>`, from `x-zoho-sdk`), and plain HTTP (for a spec the client was not
generated from, such as a module copied under a new name).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol
from urllib.parse import quote

import httpx
from zoho_billing_mock import MockServer
from zoho_billing_mock.errors import GENERIC_ERRORS
from zoho_billing_mock.spec import ApiSpec, Operation, RecordType

from generator.core.openapi_document import resolve_local_ref


class AnswerError(Exception):
    """An error answer: HTTP status and Zoho code."""

    def __init__(self, status: int, code: int | None, message: str | None = None) -> None:
        super().__init__(f"HTTP {status}, code {code}: {message}")
        self.status, self.code = status, code


class Transport(Protocol):
    def call(self, operation: Operation, ident: str | None, payload: Mapping[str, Any] | None) -> Any: ...

    def list_all(self, operation: Operation, query: Mapping[str, Any]) -> list[dict[str, Any]]: ...


@dataclass
class Module:
    """The operations of one kind of record, found by their declared behaviour."""

    record: RecordType
    create: Operation
    retrieve: Operation | None
    list: Operation | None
    update: Operation | None
    delete: Operation | None
    setters: list[Operation]

    @property
    def name(self) -> str:
        return self.record.name


def modules(spec: ApiSpec) -> list[Module]:
    found: list[Module] = []
    for record in spec.records.values():
        ops: dict[str, list[Operation]] = {}
        for operation in spec.operations.values():
            behaviour = operation.behaviour
            if behaviour is None or behaviour.record != record.name or behaviour.match is not None:
                continue
            if behaviour.effect is not None and behaviour.action not in ("create", "update"):
                # A billing effect (cancel, reactivate, collect a charge...) is not a plain retrieve or
                # status setter: tests/test_subscription_loop.py and tests/mock walk the effects.
                continue
            if behaviour.action in ("retrieve", "update") and behaviour.result_kind != "object":
                continue  # a record's activities or own list, or an action on it: not the record itself
            ops.setdefault(behaviour.action, []).append(operation)
        if "create" not in ops:
            continue  # a kind only other records lead to (transactions)
        first = {action: operations[0] for action, operations in ops.items()}
        found.append(
            Module(
                record,
                first["create"],
                first.get("retrieve"),
                first.get("list"),
                first.get("update"),
                first.get("delete"),
                ops.get("set", []),
            )
        )
    return found


def request_example(spec: ApiSpec, operation: Operation) -> dict[str, Any]:
    """The first example of the operation's JSON request body."""
    raw = _raw_operation(spec, operation)
    body = resolve_local_ref(spec.document, raw["requestBody"])
    media = body["content"]["application/json"]
    if "examples" in media:
        example = next(iter(media["examples"].values()))
        value = resolve_local_ref(spec.document, example).get("value")
    else:
        value = media.get("example")
    assert isinstance(value, dict), f"{operation.operation_id}: the request body needs an example"
    return copy.deepcopy(value)


def _raw_operation(spec: ApiSpec, operation: Operation) -> dict[str, Any]:
    raw: dict[str, Any] = spec.document["paths"][operation.path_template][operation.method.lower()]
    return raw


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, int | float | Decimal) and isinstance(right, int | float | Decimal):
        return Decimal(str(left)) == Decimal(str(right))
    return bool(left == right)


def _scalars(record: RecordType, values: Mapping[str, Any]) -> dict[str, Any]:
    """The sent scalar fields the record schema declares (those a response must echo)."""
    return {
        key: value
        for key, value in values.items()
        if key in record.properties and isinstance(value, str | int | float | Decimal) and not isinstance(value, bool)
    }


class Needs:
    """The records a request example refers to, made first: a key of the example (at any depth) that is
    the ID field of another kind of record the API creates (`product_id` of a plan, `customer_id` and
    `plan.plan_code` of a subscription, `invoices[].invoice_id` of a payment) names a record that must
    exist. Each such value is made once, from that kind's own create example (its references made
    first, the same way): a kind whose ID the client chooses (a `plan_code`) is created with the value
    the example names; one whose ID the server makes has the new ID put in the example instead."""

    def __init__(self, spec: ApiSpec, transport: Transport, walked: RecordType) -> None:
        self.spec, self.transport = spec, transport
        self.kinds = {module.record.id: module for module in modules(spec) if module.record.name != walked.name}
        self.made: dict[tuple[str, str], str] = {}
        self.count = 0
        self.round = 0

    def again(self) -> None:
        """Forget what was made, so that the next fill makes records of its own: a second payment
        needs an invoice with a balance, not the one the first paid. A client-chosen ID gets a
        suffix per round, since the first round's value is taken."""
        self.made.clear()
        self.round += 1

    def fill(self, value: Any, depth: int = 0, own: str | None = None) -> Any:
        """The value with its references made; `own` is the ID field of the record the value creates."""
        if isinstance(value, list):
            return [self.fill(item, depth + 1, own) for item in value]
        if not isinstance(value, dict):
            return value
        filled: dict[str, Any] = {}
        for key, inner in value.items():
            if key in self.kinds and key != own and isinstance(inner, str) and depth < 8:
                filled[key] = self._make(self.kinds[key], inner, depth)
            else:
                filled[key] = self.fill(inner, depth + 1, own)
        return filled

    def _make(self, module: Module, wanted: str, depth: int) -> str:
        record = module.record
        if (record.name, wanted) in self.made:
            return self.made[(record.name, wanted)]
        self.count += 1
        body = request_example(self.spec, module.create)
        for key in record.unique:  # a record of its own: unique values (but a chosen ID) made distinct
            if key != record.id and isinstance(body.get(key), str):
                body[key] = f"{body[key]} {self.count}"
        chosen = record.id in module.create.request_properties
        if chosen:
            body[record.id] = wanted if self.round == 0 else f"{wanted}-{self.round}"
        body = self.fill(body, depth + 1, record.id)
        created = self.transport.call(module.create, None, body)
        ident = str(body[record.id]) if chosen else str(created[record.id])
        self.made[(record.name, wanted)] = ident
        return ident


def walk(spec: ApiSpec, module: Module, transport: Transport, set_state: Callable[[str, dict[str, Any]], None]) -> None:
    record = module.record
    needs = Needs(spec, transport, record)
    body = needs.fill(request_example(spec, module.create))
    created = transport.call(module.create, None, body)
    ident = str(created[record.id])
    for key, value in _scalars(record, body).items():
        assert _same(created[key], value), (module.name, key, created[key], value)

    if module.retrieve is not None:
        retrieved = transport.call(module.retrieve, ident, None)
        assert retrieved[record.id] == ident
        for key, value in _scalars(record, body).items():
            assert _same(retrieved[key], value), (module.name, key)

    needs.again()  # the second record refers to records of its own
    second_body = _distinct(record, needs.fill(request_example(spec, module.create)))
    for key, value in body.items():  # a second record that number filters and sorts tell apart
        if record.number_field(key) and isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            second_body[key] = value + 1
    second = transport.call(module.create, None, second_body)
    if module.list is not None:
        pagination = module.list.behaviour.pagination if module.list.behaviour else None
        query = {pagination["per_page"]: 1} if pagination else {}
        listed = transport.list_all(module.list, query)  # one record a page: every page is walked
        assert [entry[record.id] for entry in listed] == [ident, second[record.id]], module.name
        stored = (
            [transport.call(module.retrieve, str(entry[record.id]), None) for entry in listed]
            if module.retrieve
            else listed
        )
        _filters_and_sorts(module, transport, stored)

    if module.update is not None:
        change = needs.fill(request_example(spec, module.update))
        for key in record.unique:  # keep the created value of a unique field
            if key in change:
                change[key] = body.get(key, change[key])
        updated = transport.call(module.update, ident, change)
        after = transport.call(module.retrieve, ident, None) if module.retrieve else updated
        for key, value in _scalars(record, change).items():
            assert _same(updated[key], value) and _same(after[key], value), (module.name, key)

    for setter in module.setters:
        assert setter.behaviour is not None
        transport.call(setter, ident, None)
        if module.retrieve is not None:
            state = transport.call(module.retrieve, ident, None)
            for key, value in setter.behaviour.sets.items():
                assert state[key] == value, (module.name, setter.operation_id, key)

    _rules(spec, module, transport, set_state, ident, body, needs)

    if module.delete is not None:
        transport.call(module.delete, ident, None)
        if module.retrieve is not None:
            expected = _not_found(spec, record)
            try:
                transport.call(module.retrieve, ident, None)
            except AnswerError as failure:
                assert (failure.status, failure.code) == expected, module.name
            else:
                raise AssertionError(f"{module.name}: a deleted record is still retrieved")


def _filters_and_sorts(module: Module, transport: Transport, stored: list[dict[str, Any]]) -> None:
    """Each declared filter, with a value taken from the first record, keeps exactly the records
    its comparison keeps; each `filter_by` value keeps those meeting its conditions; each sort
    value orders by its field."""
    assert module.list is not None and module.list.behaviour is not None
    record, first = module.record, stored[0]

    def ids(query: Mapping[str, Any]) -> list[str]:
        return [str(entry[record.id]) for entry in transport.list_all(module.list, query)]  # type: ignore[arg-type]

    for rule in module.list.behaviour.query:
        declared = rule.filter or {}
        if "op" in declared and declared.get("record") is None:
            fields = declared.get("fields") or [declared["field"]]
            value = next((first[field] for field in fields if first.get(field) is not None), None)
            if value is None or isinstance(value, bool | dict | list):
                continue
            number = record.number_field(fields[0])
            given: Any = Decimal(str(value)) if number else str(value)
            expected = [
                str(entry[record.id])
                for entry in stored
                if any(_keeps(entry.get(field), declared["op"], given, number) for field in fields)
            ]
            assert ids({rule.name: given}) == expected, (module.name, rule.name)
        for value, conditions in declared.get("values", {}).items():
            if not set(conditions) <= set(record.properties):
                continue  # a condition on a state field the API does not show
            expected = [str(entry[record.id]) for entry in stored if _meets(entry, conditions)]
            assert ids({rule.name: value}) == expected, (module.name, rule.name, value)
        for value, field in (rule.sort or {}).items():
            order = ids({rule.name: value})
            number = record.number_field(field)
            keys = [
                _key(next(entry for entry in stored if str(entry[record.id]) == ident).get(field), number)
                for ident in order
            ]
            assert keys == sorted(keys), (module.name, rule.name, value)


def _keeps(value: Any, op: str, given: Any, number: bool) -> bool:
    if value is None:
        return False
    if number:
        left, right = Decimal(str(value)), Decimal(given)
        return {"eq": left == right, "lt": left < right, "le": left <= right, "gt": left > right, "ge": left >= right}[
            op
        ]
    text, wanted = str(value).casefold(), str(given).casefold()
    return {"eq": text == wanted, "startswith": text.startswith(wanted), "contains": wanted in text}[op]


def _meets(entry: Mapping[str, Any], conditions: Mapping[str, Any]) -> bool:
    for key, wanted in conditions.items():
        if isinstance(wanted, dict) and "not" in wanted:
            if entry.get(key) == wanted["not"]:
                return False
        elif entry.get(key) != wanted:
            return False
    return True


def _key(value: Any, number: bool) -> tuple[int, Any]:
    if value is None:
        return (1, "")
    return (0, Decimal(str(value)) if number else str(value).casefold())


def _rules(
    spec: ApiSpec,
    module: Module,
    transport: Transport,
    set_state: Callable[[str, dict[str, Any]], None],
    ident: str,
    body: Mapping[str, Any],
    needs: Needs,
) -> None:
    record = module.record
    for key, unique in record.unique.items():
        if key not in body:
            continue
        duplicate = _distinct(record, body, keep=key)
        create = lambda duplicate=duplicate: transport.call(module.create, None, duplicate)  # noqa: E731
        _expect_error(spec, unique.get("error"), create)
    for rule in record.rules.get("rules", []):
        set_state(ident, dict(rule["when"]))
        if rule["forbid"] == "delete" and module.delete is not None:
            _expect_error(spec, rule["error"], lambda: transport.call(module.delete, ident, None))
        if rule["forbid"] == "change" and module.update is not None:
            field = rule["field"]
            current = transport.call(module.retrieve, ident, None) if module.retrieve else {}
            other = _other_value(record, field, current.get(field))
            if other is not None:
                change = {**needs.fill(request_example(spec, module.update)), field: other}
                for key in record.unique:
                    if key in change:
                        change[key] = current.get(key, change[key])
                _expect_error(spec, rule["error"], lambda change=change: transport.call(module.update, ident, change))
        set_state(ident, {key: None for key in rule["when"]})  # back to the state's default


def _distinct(record: RecordType, body: Mapping[str, Any], keep: str | None = None) -> dict[str, Any]:
    """The body with every unique field (but `keep`) changed, so that it makes a second record; an ID
    the client chooses (a plan's `plan_code`) too."""
    changed = dict(body)
    for key in record.unique:
        if key != keep and isinstance(changed.get(key), str):
            changed[key] = changed[key] + " (second)"
    if record.id != keep and isinstance(changed.get(record.id), str):
        changed[record.id] = changed[record.id] + "-second"
    return changed


def _other_value(record: RecordType, field: str, current: Any) -> Any:
    values = record.properties.get(field, {}).get("enum") or []
    return next((value for value in values if value != current), None) if current is not None else None


def _not_found(spec: ApiSpec, record: RecordType) -> tuple[int, int]:
    name = record.rules.get("not_found")
    if name:
        entry = spec.error(name)
        return int(entry["http_status"]), int(entry["code"])
    return 404, 5  # the mock's generic 404 (mock/README.md)


def _expect_error(spec: ApiSpec, name: str | None, action: Callable[[], Any]) -> None:
    """The catalogued error ``name``, or, with none (Zoho documents no code), a generic HTTP 400."""
    entry = spec.error(name) if name is not None else {"http_status": 400, "code": GENERIC_ERRORS[400][0]}
    try:
        action()
    except AnswerError as failure:
        assert (failure.status, failure.code) == (entry["http_status"], entry["code"]), name
    else:
        raise AssertionError(f"{name or 'a generic 400'} was expected")


# --- transports ----------------------------------------------------------------------------------
class HttpTransport:
    """Plain HTTP on the local server: for any spec, also one no client was generated from."""

    def __init__(self, mock: MockServer) -> None:
        self.http = httpx.Client(base_url=mock.base_url, headers=mock.headers(), timeout=10)

    def _path(self, operation: Operation, ident: str | None) -> str:
        path = operation.path_template
        parameter = operation.behaviour.id_parameter if operation.behaviour else None
        if parameter is not None and ident is not None:
            path = path.replace("{" + parameter + "}", quote(ident, safe=""))
        return path

    def _send(self, operation: Operation, ident: str | None, json: Any, params: Any = None) -> dict[str, Any]:
        response = self.http.request(operation.method, self._path(operation, ident), json=json, params=params)
        body: dict[str, Any] = response.json()
        if response.status_code >= 400 or body.get("code") != 0:
            raise AnswerError(response.status_code, body.get("code"), body.get("message"))
        return body

    def call(self, operation: Operation, ident: str | None, payload: Mapping[str, Any] | None) -> Any:
        body = self._send(operation, ident, dict(payload) if payload is not None else None)
        key = operation.behaviour.result_key if operation.behaviour else None
        return body[key] if key else body

    def list_all(self, operation: Operation, query: Mapping[str, Any]) -> list[dict[str, Any]]:
        assert operation.behaviour is not None and operation.behaviour.pagination is not None
        pagination, key = operation.behaviour.pagination, str(operation.behaviour.result_key)
        found: list[dict[str, Any]] = []
        for page in range(1, 1000):
            body = self._send(operation, None, None, {**query, pagination["page"]: page})
            found += body[key]
            if not body[pagination["context"]]["has_more_page"]:
                return found
        raise AssertionError("more than 999 pages")

    def close(self) -> None:
        self.http.close()


class ClientTransport:
    """The generated Python client: `client.<resource>.<method>` as `x-zoho-sdk` names them."""

    def __init__(self, spec: ApiSpec, client: Any) -> None:
        self.spec, self.client = spec, client

    def _method(self, operation: Operation) -> Callable[..., Any]:
        sdk = _raw_operation(self.spec, operation)["x-zoho-sdk"]
        method: Callable[..., Any] = getattr(getattr(self.client, sdk["resource"]), sdk["method"])
        return method

    def call(self, operation: Operation, ident: str | None, payload: Mapping[str, Any] | None) -> Any:
        from zoho_billing_client import APIStatusError

        method = self._method(operation)
        assert operation.behaviour is not None
        action = operation.behaviour.action
        try:
            if action == "create":
                result = method(**dict(payload or {}))
            elif action == "update":
                result = method(ident, dict(payload or {}))
            else:
                result = method(ident)
        except APIStatusError as error:
            raise AnswerError(error.status_code, error.code, error.message) from None
        return result.to_dict()

    def list_all(self, operation: Operation, query: Mapping[str, Any]) -> list[dict[str, Any]]:
        pager: Iterator[Any] = iter(self._method(operation)(**query))
        return [entry.to_dict() for entry in pager]
