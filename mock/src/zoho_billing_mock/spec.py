"""The bundled OpenAPI description the mock is driven by: where it is, its routes and operations.

Everything the mock knows about the API comes from here, read from the bundle only (this is the
mock's one reader of the spec):

- routes: `servers[0].url` (base path), `paths` and their methods;
- per operation: `operationId`, the first 2xx status and its `application/json` schema,
  `x-zoho-success-message`, the top-level properties of the JSON request body, `security` scopes,
  `x-zoho-sdk` (`id_parameter`, `result.key`, `pagination`), `x-zoho-behaviour`, and the
  `x-zoho-filter` / `x-zoho-sort` of its query parameters (with their schema `default`);
- per kind of record: each `components/schemas/*` with `x-zoho-record`, its `properties` (with
  `readOnly`, `type` and `x-zoho-unique`);
- the error catalogue `x-zoho-error-codes` (`name`, `code`, `message`, `http_status`).

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
]

SPEC_FILE_NAME = "zoho-billing.json"
_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


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
    match: dict[str, Any] | None
    id_parameter: str | None
    result_key: str | None
    pagination: dict[str, str] | None
    query: tuple[QueryRule, ...]


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
    response_schema: dict[str, Any] | None
    request_properties: frozenset[str]
    has_body: bool
    scope_sets: tuple[frozenset[str], ...]
    behaviour: Behaviour | None = None


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


def load_spec(path: Path | str | None = None) -> ApiSpec:
    """Load (and cache, per file and modification time) the bundled JSON spec."""
    resolved = Path(path).resolve() if path is not None else default_spec_path().resolve()
    if not resolved.is_file():
        raise SpecNotFoundError(f"spec file not found: {resolved}")
    return _load_cached(str(resolved), resolved.stat().st_mtime_ns)


@lru_cache(maxsize=8)
def _load_cached(path: str, _mtime_ns: int) -> ApiSpec:
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    return ApiSpec(document, Path(path))


class ApiSpec:
    """Read-only view of a bundled OpenAPI document."""

    def __init__(self, document: dict[str, Any], path: Path | None = None) -> None:
        self.document = document
        self.path = path
        servers = document.get("servers") or [{"url": "/"}]
        first = urlsplit(servers[0]["url"])
        self.server_host_url: str = f"{first.scheme}://{first.netloc}" if first.netloc else "http://localhost"
        self.base_path: str = first.path.rstrip("/")
        self.operations: dict[str, Operation] = {}
        self.routes: list[Route] = []
        self._errors: dict[str, dict[str, Any]] = {entry["name"]: entry for entry in self.error_codes()}
        self.records: dict[str, RecordType] = self._records()
        for template, path_item in document.get("paths", {}).items():
            operations = {}
            for method in _HTTP_METHODS:
                if method in path_item:
                    operation = self._operation(template, method, path_item[method], path_item)
                    operations[method.upper()] = operation
                    self.operations[operation.operation_id] = operation
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

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Follow local `$ref`s to the schema they name."""
        seen = 0
        while "$ref" in schema and seen < 32:
            schema = self.pointer(schema["$ref"])
            seen += 1
        return schema

    def pointer(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"only local references are supported, not {ref!r}")
        node: Any = self.document
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def project(self, value: Any, schema: dict[str, Any]) -> Any:
        """Keep only what the schema declares, at every depth, in the schema's order."""
        schema = self.resolve(schema)
        if isinstance(value, dict) and "properties" in schema:
            properties: dict[str, Any] = schema["properties"]
            return {key: self.project(value[key], schema) for key, schema in properties.items() if key in value}
        if isinstance(value, list) and isinstance(schema.get("items"), dict):
            return [self.project(item, schema["items"]) for item in value]
        return value

    def component_schema(self, name: str) -> dict[str, Any]:
        schema: dict[str, Any] = self.document["components"]["schemas"][name]
        return schema

    def error_codes(self) -> list[dict[str, Any]]:
        codes: list[dict[str, Any]] = self.document.get("x-zoho-error-codes", [])
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
        for schema_name, raw in self.document.get("components", {}).get("schemas", {}).items():
            rules = raw.get("x-zoho-record")
            if rules is None:
                continue
            at = f"#/components/schemas/{schema_name}/x-zoho-record"
            properties = {key: self.resolve(value) for key, value in raw.get("properties", {}).items()}
            for key, value in raw.get("properties", {}).items():
                # keywords beside a `$ref` (such as x-zoho-unique) belong to the property too
                properties[key] = {**properties[key], **{k: v for k, v in value.items() if k != "$ref"}}
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
                self._known_error(unique["error"], f"#/components/schemas/{schema_name}/properties/{key}/x-zoho-unique")
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

    def _behaviour(
        self, template: str, method: str, raw: dict[str, Any], path_item: dict[str, Any]
    ) -> Behaviour | None:
        declared = raw.get("x-zoho-behaviour")
        if declared is None:
            return None
        at = f"#/paths/{template.replace('~', '~0').replace('/', '~1')}/{method}"
        if declared["record"] not in self.records:
            raise SpecError(f"{at}/x-zoho-behaviour/record: no schema declares the record {declared['record']!r}")
        sdk = raw.get("x-zoho-sdk", {})
        parameters = [self.resolve(p) for p in [*path_item.get("parameters", []), *raw.get("parameters", [])]]
        names = {parameter["name"] for parameter in parameters}
        query = tuple(
            QueryRule(
                name=parameter["name"],
                filter=parameter.get("x-zoho-filter"),
                sort=parameter.get("x-zoho-sort"),
                default=self.resolve(parameter.get("schema", {})).get("default"),
            )
            for parameter in parameters
            if parameter.get("in") == "query"
        )
        id_parameter = sdk.get("id_parameter")
        kind = sdk.get("result", {}).get("kind")
        wanted_kind = {"list": "page", "set": "status", "delete": "status"}.get(declared["action"], "object")
        if kind != wanted_kind:
            raise SpecError(
                f"{at}/x-zoho-sdk/result/kind: a {declared['action']} answers a result of kind "
                f"{wanted_kind}, not {kind}"
            )
        if declared["action"] == "list" and "pagination" not in sdk:
            raise SpecError(f"{at}/x-zoho-sdk/pagination: a list needs its paging parameters")
        if declared["action"] in ("retrieve", "update", "delete", "set") and id_parameter not in names:
            raise SpecError(f"{at}/x-zoho-sdk/id_parameter: a {declared['action']} needs the path parameter of the ID")
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
            match=match,
            id_parameter=id_parameter,
            result_key=sdk.get("result", {}).get("key"),
            pagination=sdk.get("pagination"),
            query=query,
        )

    def _operation(self, template: str, method: str, raw: dict[str, Any], path_item: dict[str, Any]) -> Operation:
        responses: dict[str, Any] = raw.get("responses", {})
        success = sorted(code for code in responses if code.startswith("2"))
        status = int(success[0]) if success else 200
        response_schema = None
        if success:
            content = self._response(responses[success[0]]).get("content", {})
            response_schema = content.get("application/json", {}).get("schema")
        request_properties: frozenset[str] = frozenset()
        body = raw.get("requestBody")
        if body is not None:
            body = self.resolve(body) if "$ref" in body else body
            body_schema = body.get("content", {}).get("application/json", {}).get("schema")
            if body_schema is not None:
                request_properties = frozenset(self.resolve(body_schema).get("properties", {}))
        security = raw.get("security", self.document.get("security", []))
        scope_sets = tuple(
            frozenset(scope for scopes in requirement.values() for scope in scopes) for requirement in security
        )
        return Operation(
            operation_id=raw["operationId"],
            method=method.upper(),
            path_template=template,
            success_status=status,
            success_message=raw.get("x-zoho-success-message", "success"),
            response_schema=response_schema,
            request_properties=request_properties,
            has_body=body is not None,
            scope_sets=scope_sets,
            behaviour=self._behaviour(template, method, raw, path_item),
        )

    def _response(self, response: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in response:
            response = self.pointer(response["$ref"])
        return response


def _template_pattern(template: str) -> re.Pattern[str]:
    pattern = ""
    for literal, name in re.findall(r"([^{]*)(?:\{([^}]+)\})?", template):
        pattern += re.escape(literal)
        if name:
            pattern += f"(?P<{name}>[^/]+)"
    return re.compile(pattern)
