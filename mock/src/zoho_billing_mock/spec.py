"""The API the mock is driven by: where it is, its routes and operations.

Everything the mock knows about the API comes from the generator's API model
(`zoho-billing.api-model.json`, written by `make generate` beside the bundle from
`generator/core/api_model.py`), already resolved: the mock follows no `$ref` itself.

- routes: `server_url` (base path) and each operation's `path` and `method`;
- per operation: `operation_id`, `success_status`, `success_schema`, `success_message`, the
  top-level `request_properties` of the JSON request body, the `security` scope sets, `id_parameter`,
  `result.key`, `pagination`, `behaviour` (`x-zoho-behaviour`) and the `query` rules
  (`x-zoho-filter` / `x-zoho-sort` of its query parameters, with their schema `default`);
- `records`: each schema with `x-zoho-record`, its rules and its properties (`readOnly`, `type`,
  `enum`, `x-zoho-unique`, ...), `$ref`s followed;
- `shapes`: per component schema, the properties and array items it declares (answers keep only those);
- `error_catalogue`: `x-zoho-error-codes` (`name`, `code`, `message`, `http_status`).

The bundle itself (`zoho-billing.json`) is loaded only for the third-party validators: openapi-core
checks requests and responses, jsonschema checks values set through the control API.

Everything is checked when the spec is loaded: a rule naming an unknown record, field, error or
parameter raises `SpecError` naming the JSON pointer of the rule in the bundle.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "EFFECTS",
    "SPEC_FILE_NAME",
    "ApiSpec",
    "Behaviour",
    "Operation",
    "QueryRule",
    "RecordType",
    "Route",
    "SpecError",
    "SpecNotFoundError",
    "default_spec_path",
    "load_spec",
    "model_path",
]

SPEC_FILE_NAME = "zoho-billing.json"
# The billing consequences `x-zoho-behaviour.effect` may name (openapi/extensions.yaml), carried out by billing.py.
EFFECTS = frozenset(
    {
        "subscribe",
        "change_subscription",
        "cancel_subscription",
        "reactivate_subscription",
        "record_payment",
        "collect_charge",
        "hosted_page",
    }
)
MODEL_SUFFIX = ".api-model.json"


class SpecNotFoundError(FileNotFoundError):
    """No bundled spec where the mock looks for it."""


class SpecError(ValueError):
    """A mock rule in the spec (`x-zoho-behaviour`, `x-zoho-record`, ...) that cannot be followed."""


@dataclass(frozen=True)
class QueryRule:
    """What a query parameter of a list does: a filter (`x-zoho-filter`) or the sort (`x-zoho-sort`)."""

    name: str
    filter: dict[str, Any] | None
    sort: dict[str, str] | None
    default: Any


@dataclass(frozen=True)
class Behaviour:
    """`x-zoho-behaviour` with the `x-zoho-sdk` facts the mock needs."""

    action: str
    record: str
    sets: dict[str, Any]
    effect: str | None  # a billing consequence carried out by `billing.py`
    events: tuple[str, ...]  # the event types the operation can fire
    match: dict[str, Any] | None
    id_parameter: str | None
    result_key: str | None
    pagination: dict[str, str] | None
    query: tuple[QueryRule, ...]
    result_kind: str | None = None  # x-zoho-sdk result kind: object, page, list or status
    result_inline: bool = False  # an object answered at the top level of the body (kind object, no key)


@dataclass(frozen=True)
class RecordType:
    """A kind of stored record: a schema with `x-zoho-record`."""

    name: str
    schema_name: str
    id: str
    rules: dict[str, Any]
    properties: dict[str, dict[str, Any]]  # the record schema's properties, `$ref`s followed
    unique: dict[str, dict[str, Any]]  # field -> x-zoho-unique
    state: dict[str, dict[str, Any]]  # field -> JSON Schema (with default)

    def number_field(self, name: str) -> bool:
        """True when the record's property is a JSON number or integer (compared as decimals)."""
        schema = self.properties.get(name) or self.state.get(name) or {}
        return schema.get("type") in ("number", "integer")


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what the mock needs to answer it."""

    operation_id: str
    method: str
    path_template: str
    success_status: int
    success_message: str
    response_schema: str | None  # the component schema of the success answer (a key of the shapes)
    request_properties: frozenset[str]
    has_body: bool
    scope_sets: tuple[frozenset[str], ...]
    behaviour: Behaviour | None = None
    # Media types of the documents the operation also answers with (x-zoho-sdk.variants), such as
    # the invoice PDF; asked for in Accept or, as Zoho also takes, `accept=<subtype>` in the query.
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Route:
    """A path of the spec (below the server's base path) and its operations by upper-case method."""

    template: str
    pattern: re.Pattern[str]
    operations: dict[str, Operation]


def default_spec_path() -> Path:
    """The spec shipped inside the package, else the repository's `generated/openapi/` bundle."""
    shipped = resources.files(__package__) / SPEC_FILE_NAME
    if shipped.is_file():
        return Path(str(shipped))
    # Source checkout (editable install or PYTHONPATH): mock/src/zoho_billing_mock/spec.py -> repo root.
    checkout = Path(__file__).resolve().parents[3] / "generated" / "openapi" / SPEC_FILE_NAME
    if checkout.is_file():
        return checkout
    raise SpecNotFoundError(
        f"no bundled spec: neither {SPEC_FILE_NAME} inside the package nor {checkout}; run "
        "`python -m generator bundle --out generated/openapi` in the repository, or pass --spec PATH"
    )


def model_path(spec_path: Path) -> Path:
    """The API model written beside a bundle: `zoho-billing.json` -> `zoho-billing.api-model.json`."""
    return spec_path.with_name(spec_path.name.removesuffix(".json") + MODEL_SUFFIX)


def load_spec(path: Path | str | None = None) -> ApiSpec:
    """Load (and cache, per file and modification time) the bundled JSON spec and its API model."""
    resolved = Path(path).resolve() if path is not None else default_spec_path().resolve()
    if not resolved.is_file():
        raise SpecNotFoundError(f"spec file not found: {resolved}")
    model = model_path(resolved)
    if not model.is_file():
        raise SpecNotFoundError(
            f"no API model beside the spec: {model} is missing (`make generate` writes it next to {resolved.name})"
        )
    return _load_cached(str(resolved), resolved.stat().st_mtime_ns, model.stat().st_mtime_ns)


@lru_cache(maxsize=8)
def _load_cached(path: str, _mtime_ns: int, _model_mtime_ns: int) -> ApiSpec:
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    with open(model_path(Path(path)), encoding="utf-8") as handle:
        model = json.load(handle)
    return ApiSpec(document, model, Path(path))


class ApiSpec:
    """Read-only view of the API model (and of the bundle, for the third-party validators)."""

    def __init__(self, document: dict[str, Any], model: dict[str, Any], path: Path | None = None) -> None:
        self.document = document
        self.model = model
        self.path = path
        first = urlsplit(model.get("server_url") or "/")
        self.server_host_url: str = f"{first.scheme}://{first.netloc}" if first.netloc else "http://localhost"
        self.base_path: str = first.path.rstrip("/")
        self.operations: dict[str, Operation] = {}
        self.routes: list[Route] = []
        self.shapes: dict[str, dict[str, Any]] = model.get("shapes", {})
        self._errors: dict[str, dict[str, Any]] = {entry["name"]: entry for entry in self.error_codes()}
        self.records: dict[str, RecordType] = self._records()
        by_path: dict[str, dict[str, Operation]] = {}
        for raw in model.get("operations", []):
            operation = self._operation(raw)
            by_path.setdefault(raw["path"], {})[operation.method] = operation
            self.operations[operation.operation_id] = operation
        for template, operations in by_path.items():
            self.routes.append(Route(template, _template_pattern(template), operations))
        # Literal segments win over parameters: fewer parameters first, then longer templates.
        self.routes.sort(key=lambda route: (route.template.count("{"), -len(route.template)))

    def match(self, path: str) -> tuple[Route, dict[str, str]] | None:
        """The route of a path below the base path, with its raw (still percent-encoded) parameters."""
        for route in self.routes:
            found = route.pattern.fullmatch(path)
            if found:
                return route, found.groupdict()
        return None

    def project(self, value: Any, shape: dict[str, Any] | str) -> Any:
        """Keep only what the schema (a shape, or the name of a component schema) declares, at every
        depth, in the schema's order."""
        for _ in range(32):  # a shape names another at most this deep before it declares something
            if isinstance(shape, str):
                shape = self.shapes[shape]
            elif "schema" in shape:
                shape = shape["schema"]
            else:
                break
        assert isinstance(shape, dict)
        if isinstance(value, dict) and "properties" in shape:
            properties: dict[str, Any] = shape["properties"]
            return {key: self.project(value[key], inner) for key, inner in properties.items() if key in value}
        if isinstance(value, list) and "items" in shape:
            return [self.project(item, shape["items"]) for item in value]
        return value

    def webhook_signature(self) -> dict[str, Any]:
        """The root `x-zoho-webhook-signature` of the bundle (header, message, algorithm, encoding), or {}."""
        found = self.document.get("x-zoho-webhook-signature")
        if isinstance(found, dict) and isinstance(found.get("$ref"), str) and found["$ref"].startswith("#/"):
            node: Any = self.document
            for part in found["$ref"][2:].split("/"):
                node = node.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(node, dict) else {}
            found = node
        if not isinstance(found, dict):
            return {}
        for key, supported in (
            ("message", "sorted_pairs_then_body"),
            ("algorithm", "hmac-sha256"),
            ("encoding", "hex"),
        ):
            if found.get(key, supported) != supported:
                raise SpecError(f"#/x-zoho-webhook-signature/{key}: the local server signs only with {supported!r}")
        return found

    def error_codes(self) -> list[dict[str, Any]]:
        codes: list[dict[str, Any]] = self.model.get("error_catalogue", [])
        return codes

    def error(self, name: str) -> dict[str, Any]:
        """The catalogue entry (`x-zoho-error-codes`) of an error name such as `ITEM_NOT_FOUND`."""
        return self._errors[name]

    def check_value(self, value: Any, schema: dict[str, Any]) -> str | None:
        """Why a value breaks a schema of this document (JSON Schema 2020-12, formats checked), or None."""
        import jsonschema  # only the control API needs it

        wrapper = {"allOf": [schema], "components": self.document.get("components", {})}
        validator = jsonschema.Draft202012Validator(wrapper, format_checker=jsonschema.FormatChecker())
        error = jsonschema.exceptions.best_match(validator.iter_errors(value))
        return None if error is None else error.message

    # --- mock rules ----------------------------------------------------------------------------
    def _records(self) -> dict[str, RecordType]:
        records: dict[str, RecordType] = {}
        for raw in self.model.get("records", []):
            schema_name, rules = raw["schema"], raw["rules"]
            at = f"#/components/schemas/{schema_name}/x-zoho-record"
            properties: dict[str, dict[str, Any]] = raw["properties"]  # `$ref`s followed by the model
            state = dict(rules.get("state", {}))
            record = RecordType(
                name=rules["name"],
                schema_name=schema_name,
                id=rules["id"],
                rules=rules,
                properties=properties,
                unique={key: value["x-zoho-unique"] for key, value in properties.items() if "x-zoho-unique" in value},
                state=state,
            )
            if record.name in records:
                raise SpecError(
                    f"{at}/name: record {record.name!r} is also declared by {records[record.name].schema_name}"
                )
            if record.id not in properties:
                raise SpecError(f"{at}/id: {record.id!r} is not a property of {schema_name}")
            for key in state:
                if key in properties:
                    raise SpecError(f"{at}/state/{key}: a state field must not be a property of {schema_name}")
            for index, rule in enumerate(rules.get("rules", [])):
                self._known_error(rule["error"], f"{at}/rules/{index}/error")
            for key, unique in record.unique.items():
                if "error" in unique:
                    at_unique = f"#/components/schemas/{schema_name}/properties/{key}/x-zoho-unique"
                    self._known_error(unique["error"], at_unique)
            if "not_found" in rules:
                self._known_error(rules["not_found"], f"{at}/not_found")
            records[record.name] = record
        for record in records.values():
            parent = record.rules.get("parent")
            if parent is not None and parent["record"] not in records:
                raise SpecError(
                    f"#/components/schemas/{record.schema_name}/x-zoho-record/parent/record: "
                    f"no schema declares the record {parent['record']!r}"
                )
        return records

    def _known_error(self, name: str, at: str) -> None:
        if name not in self._errors:
            raise SpecError(f"{at}: {name!r} is not the name of an error in x-zoho-error-codes")

    def _behaviour(self, raw: dict[str, Any]) -> Behaviour | None:
        declared = raw.get("behaviour")
        if declared is None:
            return None
        at = "#" + raw["pointer"]
        if declared["record"] not in self.records:
            raise SpecError(f"{at}/x-zoho-behaviour/record: no schema declares the record {declared['record']!r}")
        names = {parameter["name"] for parameter in raw.get("parameters", [])}
        query = tuple(
            QueryRule(name=rule["name"], filter=rule.get("filter"), sort=rule.get("sort"), default=rule.get("default"))
            for rule in raw.get("query", [])
        )
        id_parameter = raw.get("id_parameter")
        kind = (raw.get("result") or {}).get("kind")
        # A retrieve may also answer a page (a record's activities) or a status (an action on the record
        # that no generic action fits, such as removing a note or emailing an invoice): the record must
        # exist, nothing changes. A retrieve or an update may answer a list: the record's own list of
        # that name (an invoice's custom fields).
        wanted_kinds = {
            "list": ("page",),
            "set": ("status",),
            "delete": ("status",),
            "retrieve": ("object", "page", "status", "list"),
            "update": ("object", "list"),
        }.get(declared["action"], ("object",))
        if kind not in wanted_kinds:
            raise SpecError(
                f"{at}/x-zoho-sdk/result/kind: a {declared['action']} answers a result of kind "
                f"{' or '.join(wanted_kinds)}, not {kind}"
            )
        if declared["action"] == "list" and raw.get("pagination") is None:
            raise SpecError(f"{at}/x-zoho-sdk/pagination: a list needs its paging parameters")
        if declared["action"] in ("retrieve", "update", "delete", "set") and id_parameter not in names:
            raise SpecError(f"{at}/x-zoho-sdk/id_parameter: a {declared['action']} needs the path parameter of the ID")
        effect = declared.get("effect")
        if effect is not None and effect not in EFFECTS:
            raise SpecError(f"{at}/x-zoho-behaviour/effect: the local server knows no effect {effect!r}")
        match = declared.get("match")
        if match is not None and match.get("field_parameter") not in (None, *names):
            raise SpecError(f"{at}/x-zoho-behaviour/match/field_parameter: no parameter {match['field_parameter']!r}")
        for rule in query:
            target = rule.filter.get("record") if rule.filter else None
            if target is not None and target not in self.records:
                raise SpecError(f"{at}: the x-zoho-filter of {rule.name} names no known record {target!r}")
        return Behaviour(
            action=declared["action"],
            record=declared["record"],
            sets=dict(declared.get("sets", {})),
            effect=declared.get("effect"),
            events=tuple(declared.get("events", ())),
            match=match,
            id_parameter=id_parameter,
            result_key=(raw.get("result") or {}).get("key"),
            pagination=raw.get("pagination"),
            query=query,
            result_kind=kind,
            result_inline=kind == "object" and (raw.get("result") or {}).get("key") is None,
        )

    def _operation(self, raw: dict[str, Any]) -> Operation:
        return Operation(
            operation_id=raw["operation_id"],
            method=raw["method"].upper(),
            path_template=raw["path"],
            success_status=int(raw["success_status"]),
            success_message=raw.get("success_message") or "success",
            response_schema=raw.get("success_schema"),
            request_properties=frozenset(raw.get("request_properties", [])),
            has_body=bool(raw.get("has_request_body")),
            scope_sets=tuple(frozenset(scopes) for scopes in raw.get("security", [])),
            behaviour=self._behaviour(raw),
            documents=tuple(variant["accept"] for variant in raw.get("variants") or []),
        )


def _template_pattern(template: str) -> re.Pattern[str]:
    pattern = ""
    for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", template):
        pattern += re.escape(literal)
        if name:
            pattern += f"(?P<{name}>[^/]+)"
    return re.compile(pattern)
