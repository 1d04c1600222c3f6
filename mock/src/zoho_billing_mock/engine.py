"""What operations do to the stored records, for every module alike, from the spec's rules.

There is no code per operation or per module here: each operation's `x-zoho-behaviour` says what
it does (create, retrieve, list, update, delete, set) to which kind of record, the record schema's
`x-zoho-record` and `x-zoho-unique` say what Zoho sets and refuses, and the list parameters'
`x-zoho-filter` / `x-zoho-sort` say how a list is narrowed and ordered (see `spec.py` for what
is read). The engine also offers the generic test controls: set fields or state of a stored
record, add a record of any kind (such as a customer's transaction).

Records keep what the client sent: fields the operation's request schema declares at the top
level, anything else under `_extra`; state fields (`x-zoho-record.state`) sit at the top level
too. Only what the response schema declares ever leaves the server.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from .billing import Billing, exact_decimal
from .errors import ZohoError, catalogued_error, generic_error
from .spec import ApiSpec, Behaviour, Operation, RecordType
from .state import Record, Store

__all__ = ["Call", "Engine", "zoho_timestamp"]


def zoho_timestamp(moment: datetime | None = None) -> str:
    """Local time in Zoho's form, such as `2016-06-05T12:30:08-0700`."""
    return (moment or datetime.now()).astimezone().strftime("%Y-%m-%dT%H:%M:%S%z")


@dataclass
class Call:
    """A validated API request, as the engine sees it."""

    operation: Operation
    organization: str
    path_params: Mapping[str, str]
    query: Mapping[str, str]
    body: Any = None


class Engine:
    """Runs operations on a `Store` following the spec's declared behaviour."""

    def __init__(self, spec: ApiSpec, store: Store) -> None:
        self.spec = spec
        self.store = store
        self.billing = Billing(self)  # the effects (`x-zoho-behaviour.effect`) and the events

    # --- API operations ----------------------------------------------------------------------
    def run(self, call: Call) -> dict[str, Any]:
        """The resource part of the success body (`{<result key>: ...}`, the record's own fields for a
        result without key, or `{}` for a status)."""
        behaviour = call.operation.behaviour
        if behaviour is None:
            raise generic_error(500, f"The spec states no x-zoho-behaviour for {call.operation.operation_id}")
        kind = self.spec.records[behaviour.record]
        with self.store.lock:
            if behaviour.effect is not None:  # billing.py carries it out and records its events
                return self._result(behaviour, self.billing.apply(call, kind))
            if behaviour.action == "list":
                return self._list(call, behaviour, kind)
            record = self._operate(call, behaviour, kind)
            if behaviour.events:  # each declared event, carrying the record
                self.billing.operation_events(call.organization, behaviour.events, kind, record)
            if behaviour.action == "delete" or behaviour.result_kind == "status":
                return {}
            if behaviour.result_kind == "page":  # a retrieve of what the mock does not keep (activities)
                return self._empty_page(call, behaviour)
            return self._result(behaviour, record)

    @staticmethod
    def _empty_page(call: Call, behaviour: Behaviour) -> dict[str, Any]:
        pagination = behaviour.pagination or {"page": "page", "per_page": "per_page", "context": "page_context"}
        page = int(call.query.get(pagination["page"]) or 1)
        per_page = int(call.query.get(pagination["per_page"]) or 200)
        context = {"page": page, "per_page": per_page, "has_more_page": False}
        return {str(behaviour.result_key): [], pagination["context"]: context}

    def _operate(self, call: Call, behaviour: Behaviour, kind: RecordType) -> Record:
        """The record a create, retrieve, update, delete (as it was) or set acts on."""
        if behaviour.action == "create":
            return self._create(call, kind)
        if behaviour.action == "retrieve" and behaviour.match is not None:
            return self._match(call, behaviour, kind)
        record = self.find(call.organization, kind, call.path_params[str(behaviour.id_parameter)])
        if behaviour.action == "retrieve":
            return record
        if behaviour.action == "update":
            return self._update(call, kind, record)
        if behaviour.action == "delete":
            self._delete(call.organization, kind, record)
            return record
        # set: a status setter
        record.update(behaviour.sets)
        self._save(call.organization, kind, record)
        return record

    @staticmethod
    def _result(behaviour: Behaviour, record: Record) -> dict[str, Any]:
        if behaviour.result_inline:  # the record's fields beside code and message (the response schema projects)
            return {key: value for key, value in record.items() if key not in ("code", "message")}
        if behaviour.result_kind == "list" and behaviour.result_key:
            return {behaviour.result_key: record.get(behaviour.result_key) or []}  # the record's own list
        return {behaviour.result_key: record} if behaviour.result_key else {}

    def _create(self, call: Call, kind: RecordType) -> Record:
        body: Mapping[str, Any] = call.body or {}
        self._check_unique(call.organization, kind, body, None)
        record = self._new_record(kind)
        _merge_request(record, body, call.operation.request_properties)
        if kind.id in body and self.store.get(call.organization, kind.name, str(record[kind.id])) is not None:
            # An ID the client chooses (a plan's plan_code) names one record only.
            raise generic_error(400, f"Invalid value passed for {kind.id}: a {kind.name} {record[kind.id]} exists")
        extra: dict[str, Any] = record["_extra"]
        for key in kind.rules.get("create_accepts", []):
            if key in extra and self.spec.check_value(extra[key], kind.properties.get(key, {})) is None:
                record[key] = extra.pop(key)
        if call.operation.behaviour is not None:
            record.update(_copy(call.operation.behaviour.sets))  # what a create sets whatever the body says
        self._check_parent(call.organization, kind, record, required=False)
        self.billing.before_create(call.organization, kind, record)
        self._fill_generated(kind, record)
        self._save(call.organization, kind, record, touch=False)
        return record

    def _update(self, call: Call, kind: RecordType, record: Record) -> Record:
        body: Mapping[str, Any] = call.body or {}
        self._check_unique(call.organization, kind, body, record[kind.id])
        for rule in kind.rules.get("rules", []):
            field = rule.get("field")
            if rule["forbid"] != "change" or field not in body or not _matches(record, rule["when"]):
                continue
            current = record.get(field)
            if current is not None and body[field] is not None and body[field] != current:
                raise catalogued_error(self.spec.error(rule["error"]))
        _merge_request(record, body, call.operation.request_properties)
        self._save(call.organization, kind, record)
        return record

    def _delete(self, organization: str, kind: RecordType, record: Record) -> None:
        for rule in kind.rules.get("rules", []):
            if rule["forbid"] == "delete" and _matches(record, rule["when"]):
                raise catalogued_error(self.spec.error(rule["error"]))
        record_id = record[kind.id]
        self.store.delete(organization, kind.name, record_id)
        for child in self.spec.records.values():
            parent = child.rules.get("parent")
            if parent is None or parent["record"] != kind.name or parent.get("on_delete") != "cascade":
                continue
            for other in self.store.records(organization, child.name):
                if other.get(parent["field"]) == record_id:
                    self._delete(organization, child, other)

    def _match(self, call: Call, behaviour: Behaviour, kind: RecordType) -> Record:
        assert behaviour.match is not None
        wanted = call.path_params[str(behaviour.id_parameter)]
        chosen = call.query.get(behaviour.match.get("field_parameter", ""))
        fields = [chosen] if chosen else behaviour.match["fields"]
        for record in self.store.records(call.organization, kind.name):
            if any(record.get(field) == wanted for field in fields):
                return record
        raise self._not_found(kind)

    def _list(self, call: Call, behaviour: Behaviour, kind: RecordType) -> dict[str, Any]:
        records = self.store.records(call.organization, kind.name)
        sort_field: str | None = None
        for rule in behaviour.query:
            if rule.name not in call.query:
                continue
            value = call.query[rule.name]
            if rule.sort is not None:
                sort_field = rule.sort.get(value)
            if rule.filter is None:
                continue
            if "values" in rule.filter:
                conditions = rule.filter["values"].get(value)
                if conditions:
                    records = [record for record in records if _matches(record, conditions)]
                continue
            target = rule.filter.get("record")
            if target is not None:
                self.find(call.organization, self.spec.records[target], value)
            fields = rule.filter.get("fields") or [rule.filter["field"]]
            records = [
                record
                for record in records
                if any(
                    _compare(record.get(field), rule.filter["op"], value, kind.number_field(field)) for field in fields
                )
            ]
        if sort_field is not None:
            number = kind.number_field(sort_field)
            records.sort(key=lambda record: _sort_key(record.get(sort_field), number))
        pagination = behaviour.pagination or {"page": "page", "per_page": "per_page", "context": "page_context"}
        defaults = {rule.name: rule.default for rule in behaviour.query}
        page = int(call.query.get(pagination["page"], defaults.get(pagination["page"]) or 1))
        per_page = int(call.query.get(pagination["per_page"], defaults.get(pagination["per_page"]) or 200))
        start = (page - 1) * per_page
        context = {"page": page, "per_page": per_page, "has_more_page": len(records) > start + per_page}
        return {str(behaviour.result_key): records[start : start + per_page], pagination["context"]: context}

    # --- test controls -----------------------------------------------------------------------
    def record_type(self, name: str) -> RecordType:
        kind = self.spec.records.get(name)
        if kind is None:
            known = ", ".join(sorted(self.spec.records))
            raise generic_error(404, f"No kind of record {name!r} in the spec (known: {known})")
        return kind

    def set_fields(self, organization: str, kind: RecordType, record_id: str, fields: Mapping[str, Any]) -> Record:
        """Set what Zoho sets itself: read-only fields of the record schema (not the ID) and state fields.

        `None` removes a field (a state field goes back to its default).
        """
        with self.store.lock:
            record = self.find(organization, kind, record_id)
            for key, value in fields.items():
                schema = kind.state.get(key)
                if schema is None:
                    schema = kind.properties.get(key)
                    if schema is None or not schema.get("readOnly") or key == kind.id:
                        settable = sorted(
                            [k for k, v in kind.properties.items() if v.get("readOnly") and k != kind.id]
                            + list(kind.state)
                        )
                        raise generic_error(
                            400,
                            f"Invalid value passed for {key}: the mock sets only read-only and state fields of a "
                            f"{kind.name} ({', '.join(settable)})",
                        )
                if value is None:
                    record.pop(key, None)
                    if key in kind.state and "default" in kind.state[key]:
                        record[key] = kind.state[key]["default"]
                    continue
                record[key] = self._checked(kind, key, value, schema)
            self._save(organization, kind, record)
            return record

    def add_record(self, organization: str, kind: RecordType, fields: Mapping[str, Any]) -> Record:
        """Store a record as Zoho would have made it (for kinds the API cannot create, such as transactions)."""
        with self.store.lock:
            record = self._new_record(kind)
            for key, value in fields.items():
                schema = kind.state.get(key, kind.properties.get(key))
                if schema is None or key == kind.id:
                    raise generic_error(400, f"Invalid value passed for {key}: not a field of a {kind.name}")
                record[key] = self._checked(kind, key, value, schema)
            self._check_parent(organization, kind, record, required=True)
            self._fill_generated(kind, record)
            self._check_unique(organization, kind, record, record[kind.id])
            self._save(organization, kind, record, touch=False)
            return record

    def project(self, kind: RecordType, record: Record) -> dict[str, Any]:
        """The record as its full schema shows it."""
        projected: dict[str, Any] = self.spec.project(record, kind.schema_name)
        return projected

    # --- for billing.py -------------------------------------------------------------------------
    def new_record(self, kind: RecordType) -> Record:
        """A new record of the kind: its ID, defaults and state defaults (nothing stored yet)."""
        return self._new_record(kind)

    def fill_generated(self, kind: RecordType, record: Record) -> None:
        """Fill the fields Zoho generates (`x-zoho-record.generated`) that the record has not got yet."""
        self._fill_generated(kind, record)

    def save(self, organization: str, kind: RecordType, record: Record) -> None:
        """Store the record, its touched fields (`x-zoho-record.touched`) set to now."""
        self._save(organization, kind, record)

    # --- helpers -------------------------------------------------------------------------------
    def _check_parent(self, organization: str, kind: RecordType, record: Record, *, required: bool) -> None:
        """The parent a record names (`x-zoho-record.parent`) must exist: else the parent's not-found error."""
        parent = kind.rules.get("parent")
        if parent is None:
            return
        if record.get(parent["field"]) in (None, ""):
            if required:
                raise generic_error(400, f"Missing required field: {parent['field']}")
            return
        self.find(organization, self.spec.records[parent["record"]], str(record[parent["field"]]))

    def find(self, organization: str, kind: RecordType, record_id: str) -> Record:
        record = self.store.get(organization, kind.name, record_id)
        if record is None:
            raise self._not_found(kind)
        return record

    def _not_found(self, kind: RecordType) -> ZohoError:
        name = kind.rules.get("not_found")
        return catalogued_error(self.spec.error(name)) if name else generic_error(404)

    def _new_record(self, kind: RecordType) -> Record:
        record: Record = {kind.id: self.store.new_id()}
        record.update(_copy(kind.rules.get("defaults", {})))
        for key, schema in kind.state.items():
            if "default" in schema:
                record[key] = _copy(schema["default"])
        record["_extra"] = {}
        return record

    def _fill_generated(self, kind: RecordType, record: Record) -> None:
        now = zoho_timestamp()
        for key, how in kind.rules.get("generated", {}).items():
            if key in record:
                continue
            if how == "new_id":
                record[key] = self.store.new_id()
            elif how == "own_id":
                record[key] = record[kind.id]
            elif how == "now":
                record[key] = now
            else:  # today
                record[key] = date.today().isoformat()
        _derive(kind, record)

    def _save(self, organization: str, kind: RecordType, record: Record, *, touch: bool = True) -> None:
        if touch:
            now = zoho_timestamp()
            for key in kind.rules.get("touched", []):
                record[key] = now
        _derive(kind, record)
        self.store.put(organization, kind.name, record[kind.id], record)

    def _check_unique(self, organization: str, kind: RecordType, values: Mapping[str, Any], own_id: str | None) -> None:
        for key, unique in kind.unique.items():
            if values.get(key) is None:
                continue
            wanted = _unique_key(values[key], unique)
            for other in self.store.records(organization, kind.name):
                if (
                    other[kind.id] != own_id
                    and other.get(key) is not None
                    and _unique_key(other[key], unique) == wanted
                ):
                    if "error" in unique:
                        raise catalogued_error(self.spec.error(unique["error"]))
                    # Zoho documents no code for this one: a generic 400 naming the field.
                    raise generic_error(400, f"The {key} {values[key]!s} is already in use")

    def _checked(self, kind: RecordType, key: str, value: Any, schema: dict[str, Any]) -> Any:
        if schema.get("type") in ("number", "integer") or _allows_number(schema):
            if isinstance(value, str) and schema.get("type") in ("number", "integer"):
                value = exact_decimal(value, key)  # an exact decimal given as a string
            elif isinstance(value, float):
                value = Decimal(str(value))
        problem = self.spec.check_value(value, schema)
        if problem is not None:
            raise generic_error(400, f"Invalid value passed for {key}: {problem}")
        return value


def _merge_request(record: Record, body: Mapping[str, Any], declared: frozenset[str]) -> None:
    """Fields the request schema declares go to the record; anything else is kept under `_extra`."""
    extra: dict[str, Any] = record.setdefault("_extra", {})
    for key, value in body.items():
        if key in declared:
            record[key] = value
        else:
            extra[key] = value


def _derive(kind: RecordType, record: Record) -> None:
    for key, how in kind.rules.get("derived", {}).items():
        record[key] = any(record.get(field) not in (None, "") for field in how["present_any"])


def _matches(record: Record, conditions: Mapping[str, Any]) -> bool:
    for key, wanted in conditions.items():
        if isinstance(wanted, dict) and "not" in wanted:
            if record.get(key) == wanted["not"]:
                return False
        elif record.get(key) != wanted:
            return False
    return True


def _compare(value: Any, op: str, given: str, number: bool) -> bool:
    if value is None:
        return False
    if not number:
        text, wanted = str(value).casefold(), given.casefold()  # the mock's choice: text filters ignore case
        if op == "startswith":
            return text.startswith(wanted)
        if op == "contains":
            return wanted in text
        return op == "eq" and text == wanted
    try:
        left, right = Decimal(str(value)), Decimal(given)
    except InvalidOperation:
        return False
    outcomes = {"eq": left == right, "lt": left < right, "le": left <= right, "gt": left > right, "ge": left >= right}
    return outcomes.get(op, False)


def _sort_key(value: Any, number: bool) -> tuple[int, Any]:
    if value is None:
        return (1, "")
    if number:
        try:
            return (0, Decimal(str(value)))
        except InvalidOperation:
            return (1, "")
    return (0, str(value).casefold())


def _unique_key(value: Any, unique: Mapping[str, Any]) -> Any:
    if isinstance(value, str) and unique.get("case_sensitive") is False:
        return value.casefold()
    return value


def _allows_number(schema: Mapping[str, Any]) -> bool:
    return any(isinstance(branch, dict) and branch.get("type") == "number" for branch in schema.get("anyOf", []))


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value
