"""The API model: what every step needs to know about the API, read from the bundle once.

``make generate`` builds one :class:`ApiModel` from the validated bundle (``build_api_model``) and
hands it, in memory, to the steps that present the API (the client's SDK layer, the docs) and
writes it as ``generated/openapi/zoho-billing.api-model.json`` for the tools that cannot import the
generator (the local server in ``mock/``, other languages' tooling).

The model holds facts, not copies: each operation's method, path, tag, parameters, request and
success schemas (by component name), its SDK facts (``x-zoho-sdk``), its scopes and the error codes
that name it, and the organization header (the parameter marked ``x-zoho-organization-header``).
Nodes of the bundle are read through :meth:`ApiModel.resolve` / :meth:`ApiModel.node`, which use the
one reader of bundled documents (:mod:`generator.core.openapi_document`).

Building the model checks that the SDK facts agree with the operation they describe, and fails with
a :class:`~generator.core.errors.SpecError` naming the source file and JSON pointer of each
contradiction: an operation without ``x-zoho-sdk``, an ``id_parameter`` that is not one of its path
parameters, a result ``key`` its success schema lacks (or of the wrong shape for the ``kind``; an ``object``
without ``key`` whose success schema carries nothing beside ``code`` and ``message``), a
``page`` without its ``page_context`` or pagination parameters, two operations with the same
``resource.method``, a create (a POST on a collection) marked idempotent, a GET, PUT or DELETE
marked not idempotent, a ``variants`` entry (a second SDK call of the operation, such as
``invoices.download_pdf``) whose ``accept`` is not a binary content type of the success response.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.core.errors import SourceLocation, SpecError, SpecProblem, join_pointer
from generator.core.openapi_document import component_name, iter_operations, lookup_pointer, resolve_local_ref

API_MODEL_FORMAT = 1
ORGANIZATION_HEADER_EXTENSION = "x-zoho-organization-header"
SDK_EXTENSION = "x-zoho-sdk"
WEBHOOK_EXTENSION = "x-zoho-webhook"
WEBHOOK_SIGNATURE_EXTENSION = "x-zoho-webhook-signature"
SUNSET_EXTENSION = "x-zoho-sunset"  # the announced removal date of a deprecated operation, parameter or field
_SCHEMA_PREFIX = "#/components/schemas/"
_ENVELOPE_KEYS = ("code", "message")


@dataclass(frozen=True)
class Pagination:
    page: str
    per_page: str
    context: str


@dataclass(frozen=True)
class SdkVariant:
    """A second SDK call of an operation (``x-zoho-sdk.variants``): the same request with ``Accept:
    <accept>``, returning the success body's bytes (``result_kind`` binary)."""

    method: str
    accept: str
    result_kind: str = "binary"


@dataclass(frozen=True)
class SdkFacts:
    """``x-zoho-sdk`` of an operation, checked against the operation."""

    resource: str
    method: str
    result_kind: str  # object, page, list or status
    result_key: str | None  # None for an object at the top level of the body (kind object)
    idempotent: bool
    id_parameter: str | None = None
    pagination: Pagination | None = None
    variants: tuple[SdkVariant, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.resource}.{self.method}"

    @property
    def names(self) -> list[str]:
        """The SDK names of the operation: its own, then its variants'."""
        return [self.name, *(f"{self.resource}.{variant.method}" for variant in self.variants)]


@dataclass(frozen=True)
class Deprecation:
    """``deprecated: true`` on an operation or parameter, with the removal date if announced (``x-zoho-sunset``)."""

    sunset: str | None = None

    @staticmethod
    def of(node: Any) -> Deprecation | None:
        if not (isinstance(node, dict) and node.get("deprecated") is True):
            return None
        sunset = node.get(SUNSET_EXTENSION)
        return Deprecation(sunset=str(sunset) if sunset is not None else None)


@dataclass(frozen=True)
class Parameter:
    """A parameter of an operation, resolved; ``component`` is its name in ``components/parameters``."""

    name: str
    location: str  # path, query, header or cookie
    required: bool
    pointer: str  # of the resolved Parameter Object in the bundle
    component: str | None
    organization_header: bool
    deprecation: Deprecation | None = None


@dataclass(frozen=True)
class ApiOperation:
    operation_id: str
    pointer: str  # /paths/<path>/<method> in the bundle
    method: str  # lower case, as in the path item
    path: str
    tag: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    request_schema: str | None  # component schema of the JSON request body
    success_status: str
    success_schema: str  # component schema of the success response (the envelope)
    result_schema: str | None  # the component schema under the result key (items of a page; no key: the envelope)
    sdk: SdkFacts
    scopes: tuple[str, ...]
    error_codes: tuple[int, ...]
    deprecation: Deprecation | None = None

    @property
    def path_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "path"]

    @property
    def query_parameters(self) -> list[Parameter]:
        return [p for p in self.parameters if p.location == "query"]


@dataclass(frozen=True)
class ApiResource:
    """The operations sharing one ``x-zoho-sdk`` ``resource`` (one client attribute, one API module)."""

    name: str
    description: str
    operations: tuple[ApiOperation, ...]


@dataclass(frozen=True)
class ApiWebhook:
    """A webhook of the bundle (``webhooks``): the event type Zoho posts, its body and where the
    record is (``x-zoho-webhook``). ``payload_schema`` is the component schema of the record under
    ``data.<payload_key>``, or None where the record's module is not described (an open value)."""

    name: str
    pointer: str  # /webhooks/<name>/post in the bundle
    event_type: str
    tag: str
    summary: str
    description: str
    request_schema: str  # the component schema of the delivery (the envelope)
    data_schema: str | None  # the component schema of its `data`
    payload_key: str
    payload_schema: str | None
    fires: str  # on_change or ahead
    days_ahead: int | None
    confirmed: bool


@dataclass(frozen=True)
class ApiModel:
    document: dict[str, Any] = field(repr=False)
    operations: tuple[ApiOperation, ...]
    resources: tuple[ApiResource, ...]
    organization_header: Parameter
    webhooks: tuple[ApiWebhook, ...] = ()
    webhook_signature: dict[str, Any] | None = None

    def node(self, pointer: str) -> Any:
        """The node of the bundle at ``pointer`` (a KeyError names the pointer if there is none)."""
        return lookup_pointer(self.document, pointer)

    def resolve(self, node: Any) -> Any:
        """``node`` with its local ``$ref`` (if any) followed."""
        return resolve_local_ref(self.document, node)

    def resolve_property(self, node: Any) -> Any:
        """``node`` with its local ``$ref`` followed, keeping the keywords written beside the ``$ref``
        (a property's own ``description``, ``readOnly``, ``x-zoho-unique``), which win over the target's."""
        return resolve_with_siblings(self.document, node)

    def schema(self, name: str) -> dict[str, Any]:
        schema: dict[str, Any] = self.document["components"]["schemas"][name]
        return schema

    def operation(self, operation_id: str) -> ApiOperation:
        for op in self.operations:
            if op.operation_id == operation_id:
                return op
        raise KeyError(operation_id)

    def parameter_node(self, parameter: Parameter) -> dict[str, Any]:
        node: dict[str, Any] = self.node(parameter.pointer)
        return node

    def with_document(self, document: dict[str, Any]) -> ApiModel:
        """The same facts read against another rendering of the same bundle (same pointers), such as
        the view the Python generators read (:mod:`generator.python_common.python_view`)."""
        return dataclasses.replace(self, document=document)

    def to_json(self) -> str:
        """The model as the JSON written beside the bundle (``zoho-billing.api-model.json``)."""
        return json.dumps(_serialise(self), indent=2, ensure_ascii=False) + "\n"


def resolve_with_siblings(document: dict[str, Any], node: Any) -> Any:
    """See :meth:`ApiModel.resolve_property`."""
    for _ in range(32):  # a chain of $ref longer than this is a cycle; resolve_local_ref names it
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")):
            return node
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        target = lookup_pointer(document, node["$ref"][1:])
        node = {**target, **siblings} if isinstance(target, dict) else target
    return resolve_local_ref(document, node)


def build_api_model(document: dict[str, Any], locate: Callable[[str], SourceLocation] | None = None) -> ApiModel:
    """The model of a bundled document; ``locate`` maps bundle pointers to the spec source (the
    :meth:`~generator.core.bundle_spec.BundledSpec.locate` of the bundle), for the error messages."""
    return _Builder(document, locate or _bundle_location).build()


def _bundle_location(pointer: str) -> SourceLocation:
    return SourceLocation(Path("bundle"), pointer)


class _Builder:
    def __init__(self, document: dict[str, Any], locate: Callable[[str], SourceLocation]) -> None:
        self.document = document
        self.locate = locate
        self.problems: list[SpecProblem] = []

    def problem(self, pointer: str, reason: str) -> None:
        self.problems.append(SpecProblem(self.locate(pointer), reason))

    def build(self) -> ApiModel:
        organization = self._organization_header()
        codes = self._error_codes()
        operations: list[ApiOperation] = []
        seen: dict[str, str] = {}
        for raw in iter_operations(self.document):
            op = self._operation(raw.pointer, raw.path, raw.method, raw.node, raw.parameters, codes)
            if op is None:
                continue
            for name in op.sdk.names:
                if name in seen:
                    self.problem(
                        join_pointer(op.pointer, SDK_EXTENSION),
                        f"{SDK_EXTENSION}: {name} is also the SDK name of {seen[name]} (in {self.locate(seen[name])}); "
                        "each operation needs its own resource.method",
                    )
                else:
                    seen[name] = op.pointer
            operations.append(op)
        webhooks = tuple(self._webhooks())
        signature = self.document.get(WEBHOOK_SIGNATURE_EXTENSION)
        if webhooks and not isinstance(signature, dict):
            self.problem("", f"the bundle has webhooks but no {WEBHOOK_SIGNATURE_EXTENSION} (how they are signed)")
        if self.problems or organization is None:
            raise SpecError(self.problems)
        tag_docs = {tag["name"]: tag.get("description", "") for tag in self.document.get("tags", [])}
        resources = []
        for name in dict.fromkeys(op.sdk.resource for op in operations):
            ops = tuple(op for op in operations if op.sdk.resource == name)
            resources.append(ApiResource(name, tag_docs.get(name) or tag_docs.get(ops[0].tag, ""), ops))
        return ApiModel(
            self.document,
            tuple(operations),
            tuple(resources),
            organization,
            webhooks,
            signature if isinstance(signature, dict) else None,
        )

    # --- webhooks ----------------------------------------------------------------------------
    def _webhooks(self) -> Iterator[ApiWebhook]:
        for name, path_item in (self.document.get("webhooks") or {}).items():
            pointer = join_pointer("/webhooks", name, "post")
            node = path_item.get("post") if isinstance(path_item, dict) else None
            facts = node.get(WEBHOOK_EXTENSION) if isinstance(node, dict) else None
            if not isinstance(node, dict) or not isinstance(facts, dict):
                self.problem(pointer, f"a webhook must be a POST with {WEBHOOK_EXTENSION}")
                continue
            body = self.resolve(node.get("requestBody") or {})
            request_schema = component_name(((body.get("content") or {}).get("application/json") or {}).get("schema"))
            if request_schema is None:
                self.problem(join_pointer(pointer, "requestBody"), "the webhook body must be a component $ref")
                continue
            envelope = self.document["components"]["schemas"][request_schema]
            data_node = (envelope.get("properties") or {}).get("data")
            data_schema = component_name(data_node)
            data = self.resolve(data_node or {})
            payload_key = str(facts.get("payload"))
            if payload_key not in (data.get("properties") or {}):
                self.problem(
                    join_pointer(pointer, WEBHOOK_EXTENSION, "payload"),
                    f"payload {payload_key!r} is not a property of {request_schema}.data",
                )
                continue
            fires = facts.get("fires") or {}
            yield ApiWebhook(
                name=str(name),
                pointer=pointer,
                event_type=str(facts.get("event_type")),
                tag=str((node.get("tags") or [""])[0]),
                summary=str(node.get("summary", "")),
                description=str(node.get("description", "")),
                request_schema=request_schema,
                data_schema=data_schema,
                payload_key=payload_key,
                payload_schema=component_name(data["properties"][payload_key]),
                fires=str(fires.get("when", "on_change")),
                days_ahead=fires.get("days"),
                confirmed=bool(facts.get("confirmed")),
            )

    # --- the organization header -----------------------------------------------------------
    def _organization_header(self) -> Parameter | None:
        marked = [
            (name, node)
            for name, node in (self.document.get("components", {}).get("parameters") or {}).items()
            if isinstance(node, dict) and node.get(ORGANIZATION_HEADER_EXTENSION) is True
        ]
        if len(marked) != 1:
            found = ", ".join(name for name, _ in marked) or "none"
            self.problem(
                "/components/parameters",
                f"exactly one header parameter must carry {ORGANIZATION_HEADER_EXTENSION}: true (found: {found})",
            )
            return None
        name, node = marked[0]
        pointer = join_pointer("/components/parameters", name)
        if node.get("in") != "header":
            self.problem(pointer, f"{ORGANIZATION_HEADER_EXTENSION} marks a {node.get('in')} parameter, not a header")
            return None
        return Parameter(str(node["name"]), "header", bool(node.get("required")), pointer, name, True)

    def _error_codes(self) -> dict[str, list[int]]:
        by_operation: dict[str, list[int]] = {}
        for entry in self.document.get("x-zoho-error-codes") or []:
            for operation_id in entry.get("operations", []):
                by_operation.setdefault(operation_id, []).append(int(entry["code"]))
        return by_operation

    # --- operations ------------------------------------------------------------------------
    def _operation(
        self,
        pointer: str,
        path: str,
        method: str,
        node: dict[str, Any],
        references: list[Any],
        codes: dict[str, list[int]],
    ) -> ApiOperation | None:
        parameters = tuple(self._parameters(pointer, node, references))
        request_schema = None
        if "requestBody" in node:
            body = self.resolve(node["requestBody"])
            request_schema = component_name(((body.get("content") or {}).get("application/json") or {}).get("schema"))
        success = sorted(code for code in node.get("responses", {}) if str(code).startswith("2"))
        if not success:
            self.problem(join_pointer(pointer, "responses"), "no success (2xx) response")
            return None
        response = self.resolve(node["responses"][success[0]])
        media = ((response.get("content") or {}).get("application/json") or {}).get("schema")
        success_schema = component_name(media)
        if success_schema is None:
            self.problem(
                join_pointer(pointer, "responses", success[0]),
                "the success response must be a $ref to a component schema (the envelope)",
            )
            return None
        facts = node.get(SDK_EXTENSION)
        at = join_pointer(pointer, SDK_EXTENSION)
        if not isinstance(facts, dict):
            self.problem(
                pointer,
                f"no {SDK_EXTENSION}: state the operation's SDK resource, method, result and idempotency "
                "(see openapi/extensions.yaml)",
            )
            return None
        sdk, result_schema = self._sdk(at, method, facts, parameters, success_schema)
        if sdk is None:
            return None
        variants = self._variants(at, facts, response, join_pointer(pointer, "responses", success[0]))
        if variants is None:
            return None
        sdk = dataclasses.replace(sdk, variants=variants)
        scopes = dict.fromkeys(
            scope for requirement in node.get("security") or [] for scopes in requirement.values() for scope in scopes
        )
        return ApiOperation(
            operation_id=str(node.get("operationId", "")),
            pointer=pointer,
            method=method,
            path=path,
            tag=str((node.get("tags") or [""])[0]),
            summary=str(node.get("summary", "")),
            description=str(node.get("description", "")),
            parameters=parameters,
            request_schema=request_schema,
            success_status=success[0],
            success_schema=success_schema,
            result_schema=result_schema,
            sdk=sdk,
            scopes=tuple(scopes),
            error_codes=tuple(codes.get(str(node.get("operationId", "")), [])),
            deprecation=Deprecation.of(node),
        )

    def _parameters(self, pointer: str, node: dict[str, Any], references: list[Any]) -> Iterator[Parameter]:
        own = len(references) - len(node.get("parameters") or [])
        for index, reference in enumerate(references):
            if index < own:
                at = join_pointer(pointer.rsplit("/", 1)[0], "parameters", index)
            else:
                at = join_pointer(pointer, "parameters", index - own)
            component = None
            if isinstance(reference, dict) and isinstance(reference.get("$ref"), str):
                component = reference["$ref"].rsplit("/", 1)[-1]
                at = reference["$ref"][1:]
            parameter = self.resolve(reference)
            yield Parameter(
                name=str(parameter["name"]),
                location=str(parameter["in"]),
                required=bool(parameter.get("required", parameter["in"] == "path")),
                pointer=at,
                component=component,
                organization_header=parameter.get(ORGANIZATION_HEADER_EXTENSION) is True,
                deprecation=Deprecation.of(parameter),
            )

    def _sdk(
        self, at: str, method: str, facts: dict[str, Any], parameters: tuple[Parameter, ...], envelope_name: str
    ) -> tuple[SdkFacts | None, str | None]:
        missing = [key for key in ("resource", "method", "result", "idempotent") if key not in facts]
        if missing:
            self.problem(at, f"{SDK_EXTENSION}: missing {', '.join(missing)}")
            return None, None
        result = facts["result"] if isinstance(facts["result"], dict) else {}
        kind, key = result.get("kind"), result.get("key")
        before = len(self.problems)
        path_names = [p.name for p in parameters if p.location == "path"]
        query_names = [p.name for p in parameters if p.location == "query"]
        id_parameter = facts.get("id_parameter")
        if id_parameter is not None and id_parameter not in path_names:
            known = ", ".join(path_names) or "none"
            self.problem(
                join_pointer(at, "id_parameter"),
                f"{SDK_EXTENSION}: id_parameter {id_parameter!r} is not a path parameter of the operation "
                f"(path parameters: {known})",
            )
        idempotent = facts["idempotent"]
        if method in ("get", "put", "delete") and idempotent is not True:
            self.problem(
                join_pointer(at, "idempotent"), f"{SDK_EXTENSION}: a {method.upper()} is idempotent by HTTP; say true"
            )
        if method == "post" and id_parameter is None and idempotent is not False:
            self.problem(
                join_pointer(at, "idempotent"),
                f"{SDK_EXTENSION}: a POST on a collection (no id_parameter) creates a resource; a repeated create "
                "makes a second one, so it cannot be idempotent",
            )
        envelope = self.document["components"]["schemas"].get(envelope_name, {})
        properties = envelope.get("properties") or {}
        payload = [name for name in properties if name not in _ENVELOPE_KEYS]
        result_schema = None
        pagination = facts.get("pagination")
        result_at = join_pointer(at, "result")
        if kind == "status":
            if key is not None:
                self.problem(join_pointer(result_at, "key"), f"{SDK_EXTENSION}: a status result has no key")
            if payload:
                self.problem(
                    join_pointer(result_at, "kind"),
                    f"{SDK_EXTENSION}: kind status, but the success schema {envelope_name} carries "
                    f"{', '.join(payload)} beside code and message",
                )
        elif kind == "object" and key is None:
            # No key: Zoho answers the object's fields at the top level, beside code and message
            # (the hosted page retrieve), so the result is the success schema itself.
            if not payload:
                self.problem(
                    join_pointer(result_at, "kind"),
                    f"{SDK_EXTENSION}: kind object without key, but the success schema {envelope_name} carries "
                    "nothing beside code and message (the kind is status)",
                )
            else:
                result_schema = envelope_name
        elif kind in ("object", "page", "list"):
            if key is None or key not in properties:
                self.problem(
                    join_pointer(result_at, "key"),
                    f"{SDK_EXTENSION}: result key {key!r} is not a property of the success schema {envelope_name} "
                    f"(it has: {', '.join(payload) or 'nothing beside code and message'})",
                )
            else:
                value = properties[key]
                is_array = value.get("type") == "array"
                target = component_name(value.get("items") if is_array else value)
                if kind in ("page", "list") and not is_array:
                    self.problem(
                        join_pointer(result_at, "key"),
                        f"{SDK_EXTENSION}: kind {kind}, but {envelope_name}.{key} is not an array",
                    )
                elif kind == "object" and is_array:
                    self.problem(
                        join_pointer(result_at, "kind"),
                        f"{SDK_EXTENSION}: {envelope_name}.{key} is an array: the kind is page, not object",
                    )
                elif target is None:
                    self.problem(
                        join_pointer(result_at, "key"),
                        f"{SDK_EXTENSION}: {envelope_name}.{key} must be a $ref to a component schema"
                        + (" (its items)" if is_array else ""),
                    )
                else:
                    result_schema = target
            others = [name for name in payload if name not in (key, (pagination or {}).get("context"))]
            if key in properties and others:
                self.problem(
                    join_pointer(result_at, "key"),
                    f"{SDK_EXTENSION}: the success schema {envelope_name} also carries {', '.join(others)}, "
                    "which the result does not account for",
                )
        else:
            self.problem(join_pointer(result_at, "kind"), f"{SDK_EXTENSION}: unknown result kind {kind!r}")
        paging = None
        if kind == "page":
            if not isinstance(pagination, dict):
                self.problem(at, f"{SDK_EXTENSION}: kind page needs pagination (page, per_page, context)")
            else:
                for part in ("page", "per_page"):
                    if pagination.get(part) not in query_names:
                        self.problem(
                            join_pointer(at, "pagination", part),
                            f"{SDK_EXTENSION}: pagination {part} {pagination.get(part)!r} is not a query parameter "
                            "of the operation",
                        )
                if pagination.get("context") not in properties:
                    self.problem(
                        join_pointer(at, "pagination", "context"),
                        f"{SDK_EXTENSION}: pagination context {pagination.get('context')!r} is not a property of "
                        f"the success schema {envelope_name}",
                    )
                paging = Pagination(
                    str(pagination.get("page")), str(pagination.get("per_page")), str(pagination.get("context"))
                )
        elif pagination is not None:
            self.problem(join_pointer(at, "pagination"), f"{SDK_EXTENSION}: pagination on a {kind} result")
        if len(self.problems) > before:
            return None, None
        sdk = SdkFacts(
            resource=str(facts["resource"]),
            method=str(facts["method"]),
            result_kind=str(kind),
            result_key=key,
            idempotent=bool(idempotent),
            id_parameter=id_parameter,
            pagination=paging,
        )
        return sdk, result_schema

    def _variants(
        self, at: str, facts: dict[str, Any], response: dict[str, Any], response_pointer: str
    ) -> tuple[SdkVariant, ...] | None:
        """``x-zoho-sdk.variants``: each names a content type of the success response whose schema is
        a binary string, and a method other than the operation's own."""
        variants = []
        before = len(self.problems)
        content = response.get("content") or {}
        for index, entry in enumerate(facts.get("variants") or []):
            where = join_pointer(at, "variants", index)
            accept = entry.get("accept")
            media = content.get(accept) if isinstance(accept, str) else None
            if media is None:
                known = ", ".join(content) or "none"
                self.problem(
                    join_pointer(where, "accept"),
                    f"{SDK_EXTENSION}: variant accept {accept!r} is not a content type of the success response "
                    f"{response_pointer} (it has: {known})",
                )
                continue
            schema = self.resolve(media.get("schema") or {})
            binary = schema.get("type") == "string" and (
                schema.get("contentMediaType") == accept or schema.get("format") == "binary"
            )
            kind = (entry.get("result") or {}).get("kind")
            if kind != "binary" or not binary:
                self.problem(
                    join_pointer(where, "result"),
                    f"{SDK_EXTENSION}: a variant returns the body's bytes (result kind binary), and the {accept} "
                    f"content of {response_pointer} must be a binary string (type string, contentMediaType {accept})",
                )
                continue
            if entry.get("method") == facts.get("method"):
                self.problem(join_pointer(where, "method"), f"{SDK_EXTENSION}: a variant needs a method of its own")
                continue
            variants.append(SdkVariant(str(entry.get("method")), accept, "binary"))
        if len(self.problems) > before:
            return None
        return tuple(variants)

    def resolve(self, node: Any) -> Any:
        return resolve_local_ref(self.document, node)


# --- the serialised model ------------------------------------------------------------------------
def _serialise(model: ApiModel) -> dict[str, Any]:
    def parameter(p: Parameter) -> dict[str, Any]:
        return {
            "name": p.name,
            "in": p.location,
            "required": p.required,
            "pointer": p.pointer,
            "component": p.component,
            "organization_header": p.organization_header,
        }

    return {
        "format": API_MODEL_FORMAT,
        "description": (
            "The API model of zoho-billing.json, derived by `make generate` (generator/core/api_model.py): every "
            "operation with its SDK facts (x-zoho-sdk, checked), parameters, schemas by component name, scopes "
            "and error codes; per operation also what the local server (mock/) needs, resolved (success message, "
            "request-body properties, scope sets, x-zoho-behaviour, query rules); the record schemas "
            "(x-zoho-record) with their properties resolved, the shape of every component schema and the error "
            "catalogue; the webhooks (event type, delivery schema, payload key and schema, when each fires) and "
            "how deliveries are signed (x-zoho-webhook-signature). Pointers and schema names refer to "
            "zoho-billing.json."
        ),
        "server_url": ((model.document.get("servers") or [{"url": "/"}])[0]).get("url", "/"),
        "organization_header": parameter(model.organization_header),
        "resources": [
            {"name": r.name, "description": r.description, "operations": [op.operation_id for op in r.operations]}
            for r in model.resources
        ],
        "operations": [
            {
                "operation_id": op.operation_id,
                "pointer": op.pointer,
                "method": op.method.upper(),
                "path": op.path,
                "tag": op.tag,
                "resource": op.sdk.resource,
                "sdk_method": op.sdk.method,
                "result": {
                    "kind": op.sdk.result_kind,
                    "key": op.sdk.result_key,
                    "schema": op.result_schema,
                },
                "idempotent": op.sdk.idempotent,
                "id_parameter": op.sdk.id_parameter,
                "pagination": dataclasses.asdict(op.sdk.pagination) if op.sdk.pagination else None,
                "variants": [
                    {"method": v.method, "accept": v.accept, "result": {"kind": v.result_kind}} for v in op.sdk.variants
                ],
                "parameters": [parameter(p) for p in op.parameters],
                "request_schema": op.request_schema,
                "success_status": int(op.success_status),
                "success_schema": op.success_schema,
                "scopes": list(op.scopes),
                "error_codes": list(op.error_codes),
                **_mock_facts(model, op),
            }
            for op in model.operations
        ],
        "records": _records(model),
        "shapes": {name: _shape(model, schema) for name, schema in model.document["components"]["schemas"].items()},
        "error_catalogue": list(model.document.get("x-zoho-error-codes") or []),
        "webhooks": [dataclasses.asdict(webhook) for webhook in model.webhooks],
        "webhook_signature": model.webhook_signature,
    }


# What the local server (mock/) reads, already resolved: it loads this file and follows no $ref.
def _mock_facts(model: ApiModel, op: ApiOperation) -> dict[str, Any]:
    node = model.node(op.pointer)
    body = model.resolve(node["requestBody"]) if "requestBody" in node else None
    body_schema = ((body or {}).get("content") or {}).get("application/json", {}).get("schema")
    request_properties = list((model.resolve(body_schema) or {}).get("properties") or {}) if body_schema else []
    security = node.get("security", model.document.get("security") or [])
    query = []
    for p in op.query_parameters:
        parameter = model.parameter_node(p)
        query.append(
            {
                "name": p.name,
                "filter": parameter.get("x-zoho-filter"),
                "sort": parameter.get("x-zoho-sort"),
                "default": (model.resolve(parameter.get("schema") or {}) or {}).get("default"),
            }
        )
    return {
        "success_message": node.get("x-zoho-success-message", "success"),
        "has_request_body": body is not None,
        "request_properties": request_properties,
        "security": [sorted({s for scopes in requirement.values() for s in scopes}) for requirement in security],
        "behaviour": node.get("x-zoho-behaviour"),
        "query": query,
    }


def _records(model: ApiModel) -> list[dict[str, Any]]:
    """Each schema with ``x-zoho-record``: its rules and its properties with their ``$ref`` followed
    (keywords written beside a ``$ref``, such as ``x-zoho-unique``, kept)."""
    records = []
    for name, schema in model.document["components"]["schemas"].items():
        if "x-zoho-record" not in schema:
            continue
        properties = {key: model.resolve_property(value) for key, value in (schema.get("properties") or {}).items()}
        records.append(
            {
                "schema": name,
                "pointer": join_pointer("/components/schemas", name),
                "rules": schema["x-zoho-record"],
                "properties": properties,
            }
        )
    return records


def _shape(model: ApiModel, node: Any) -> dict[str, Any]:
    """What a schema declares, for keeping only declared fields: its properties and array items, with a
    component schema named (``{"schema": name}``, a key of ``shapes``) instead of referenced."""
    name = component_name(node)
    if name is not None:
        return {"schema": name}
    node = model.resolve(node)
    shape: dict[str, Any] = {}
    if isinstance(node, dict) and isinstance(node.get("properties"), dict):
        shape["properties"] = {key: _shape(model, value) for key, value in node["properties"].items()}
    if isinstance(node, dict) and isinstance(node.get("items"), dict):
        shape["items"] = _shape(model, node["items"])
    return shape
