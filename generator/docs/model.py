"""Read the bundled spec into the view objects the reference templates show.

Everything a reader needs is resolved here, once, so that the templates only lay it out: field
tables with their types, limits, required and read-only flags, edition availability, conditions
and enum values with their meanings; the error codes each operation can raise; the data centres;
the scopes. Order is the spec's wherever the spec has one (tags, paths, operations, properties,
components); nothing depends on dictionaries being iterated in another order, or on the clock.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from generator.core.api_model import SUNSET_EXTENSION, ApiModel, ApiOperation, ApiWebhook
from generator.core.openapi_document import component_name, required_alternatives
from generator.docs.snippets import Call, Connection, curl_snippet, python_snippet, typescript_snippet

# Labels of the `x-zoho-availability` values, as openapi/extensions.yaml defines them.
EDITIONS = {
    "us": ("US", "United States edition"),
    "ca": ("Canada", "Canada edition"),
    "in": ("India", "India edition (GST)"),
    "mx": ("Mexico", "Mexico edition"),
    "uk": ("UK", "United Kingdom edition (VAT)"),
    "sales_tax": ("Sales tax", "Editions that use sales tax: United States and Canada"),
    "gst": ("GST", "Editions that use GST: India at least"),
}

# Pages of the reference, by what they hold. Tag pages are named after the tag.
INDEX_PAGE = "index"
SCHEMAS_PAGE = "schemas"
ERRORS_PAGE = "errors"
# How many components deep an operation's request and response fields are expanded in place: the
# body's own fields and those of the components it names (a response's envelope, then the record
# in it). Deeper components are linked to their section on the schemas page, as Stripe's
# reference links "the customer object" rather than repeating it in every operation.
OPERATION_REF_DEPTH = 1
# Each family of webhook event types (the record a delivery carries) has a page of its own.
WEBHOOKS_PAGE_PREFIX = "webhooks-"


# --------------------------------------------------------------------------------------------
# View objects
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Edition:
    code: str
    label: str
    title: str


@dataclass(frozen=True)
class EnumValue:
    value: str
    meaning: str | None
    legacy: bool
    anchor: str  # on the schemas page, when the enum is a component; "" for an inline enum


@dataclass(frozen=True)
class TypeRef:
    """A type as shown: ``text`` (``string``, ``array of``, ``integer (int64)``) and the component
    schema it names, if any (shown as a link after the text)."""

    text: str
    schema: str | None = None

    def plain(self) -> str:
        if self.schema is None:
            return self.text
        return f"{self.text} {self.schema}".strip()


@dataclass
class Field:
    """One row of a field table: a property (or a parameter), with everything known about it."""

    path: str  # as displayed: "billing_address.zip", "tags[].tag_id"
    name: str  # the last segment: "zip"
    depth: int
    anchor: str
    type: TypeRef
    required: bool = False
    one_of: str = ""  # required alternatives it is one of: "customer_id, customer" (one must be sent)
    read_only: bool = False
    write_only: bool = False
    description: str = ""
    constraints: list[str] = field(default_factory=list)
    availability: list[Edition] = field(default_factory=list)
    condition: str | None = None
    enum: list[EnumValue] = field(default_factory=list)
    enum_schema: str | None = None  # component that holds the enum, linked for the full list
    example: str | None = None  # JSON text of the example, when the spec gives one
    location: str | None = None  # for parameters: path, query, header
    deprecated: bool = False
    sunset: str | None = None  # x-zoho-sunset: when Zoho may remove the deprecated field
    # Where the field is described in full on the schemas page ("Address.zip"), when the row
    # repeats a component's field: operation pages show such rows in brief and link there.
    home: str = ""


@dataclass(frozen=True)
class Example:
    name: str
    summary: str
    json: str  # pretty JSON
    illustrative: bool = False

    @property
    def compact(self) -> str:
        """The JSON on one line, for tables."""
        return json.dumps(json.loads(self.json), ensure_ascii=False)


@dataclass(frozen=True)
class Header:
    name: str
    description: str
    type: TypeRef


@dataclass
class Response:
    status: str
    description: str
    is_error: bool
    component: str | None  # the components/responses entry it refers to, if any
    schema: str | None
    fields: list[Field]
    examples: list[Example]
    headers: list[Header]


@dataclass
class RequestBody:
    required: bool
    media_type: str
    schema: str | None
    description: str
    fields: list[Field]
    examples: list[Example]


@dataclass(frozen=True)
class ErrorCode:
    code: int
    name: str
    message: str
    description: str
    module: str
    http_status: int
    http_status_documented: bool
    operations: tuple[str, ...]
    anchor: str


@dataclass(frozen=True)
class Scope:
    name: str
    description: str


@dataclass
class SdkVariantCall:
    """A second SDK call of an operation, asking for a document: ``client.<name>()`` sends ``Accept: <accept>``."""

    name: str
    accept: str


@dataclass
class Operation:
    operation_id: str
    method: str  # upper case
    path: str
    summary: str
    description: str
    tag: str
    page: str
    anchor: str
    sdk: str
    sdk_variants: list[SdkVariantCall]  # further calls of the operation (x-zoho-sdk.variants)
    scopes: list[Scope]
    success_message: str | None
    parameters: list[Field]
    request: RequestBody | None
    responses: list[Response]
    error_codes: list[ErrorCode]
    python: str
    curl: str
    typescript: str
    deprecated: bool = False
    sunset: str | None = None  # x-zoho-sunset: when Zoho may remove the deprecated operation

    @property
    def href(self) -> str:
        return f"{self.page}.html#{self.anchor}"

    @property
    def error_examples(self) -> list[Example]:
        """An error body for each Zoho code the operation can raise (and only those)."""
        return [
            Example(
                name=error.anchor,
                summary=f"{error.http_status} · {error.code} {error.name}",
                json=_json({"code": error.code, "message": error.message}),
            )
            for error in self.error_codes
        ]

    @property
    def success_responses(self) -> list[Response]:
        return [response for response in self.responses if not response.is_error]

    @property
    def error_responses(self) -> list[Response]:
        return [response for response in self.responses if response.is_error]


@dataclass
class Webhook:
    """One webhook: what Zoho posts to the user's URL for one event type (``x-zoho-webhook``)."""

    operation_id: str
    event_type: str
    summary: str
    description: str
    tag: str
    page: str
    anchor: str
    family: str  # the payload key: subscription, invoice, payment, card, creditnote
    payload_schema: str | None
    fires: str  # in words: "as it happens", "3 days ahead"
    confirmed: bool
    parameters: list[Field]
    request: RequestBody | None
    responses: list[Response]

    @property
    def href(self) -> str:
        return f"{self.page}.html#{self.anchor}"


@dataclass
class WebhookFamily:
    """The webhooks whose deliveries carry the same kind of record, with that body's schema."""

    key: str  # the payload key
    title: str
    anchor: str
    page: str
    schema: str  # the delivery's component schema
    payload_schema: str | None
    description: str
    examples: list[Example]
    webhooks: list[Webhook]


@dataclass(frozen=True)
class WebhookSignature:
    """How deliveries are signed (the root's ``x-zoho-webhook-signature``)."""

    header: str
    algorithm: str
    encoding: str
    secret_pattern: str
    confirmed: dict[str, bool]
    source: str
    header_description: str


@dataclass
class Tag:
    name: str
    title: str
    description: str
    external_url: str | None
    external_label: str | None
    operations: list[Operation]
    webhook_families: list[WebhookFamily] = field(default_factory=list)

    @property
    def webhooks(self) -> list[Webhook]:
        return [webhook for family in self.webhook_families for webhook in family.webhooks]

    @property
    def page(self) -> str:
        return self.name


@dataclass
class Schema:
    name: str
    title: str
    description: str
    kind: str  # "object", "enum" or another type
    type: TypeRef
    anchor: str
    fields: list[Field]
    enum: list[EnumValue]
    availability: list[Edition]
    read_only: bool
    used_by: list[Operation]


@dataclass(frozen=True)
class Server:
    url: str
    description: str
    id: str
    region: str
    accounts_url: str
    confirmed: bool
    anchor: str


@dataclass
class Security:
    name: str
    type: str
    description: str
    token_prefix: str
    authorization_url: str
    token_url: str
    refresh_url: str
    scopes: list[Scope]
    # The API-key description of the same token in the `Authorization` header, for generated
    # clients (empty when the spec has none).
    header_name: str = ""
    header_description: str = ""


@dataclass
class ErrorResponseComponent:
    name: str
    status: str
    description: str
    examples: list[Example]
    headers: list[Header]
    anchor: str
    used_by: list[Operation]


@dataclass
class Reference:
    """Everything the reference shows, read from one bundle."""

    title: str
    version: str
    summary: str
    description: str
    external_url: str | None
    external_label: str | None
    organization_header: str
    organization_example: str
    servers: list[Server]
    security: Security
    tags: list[Tag]
    schemas: list[Schema]
    error_codes: list[ErrorCode]
    error_responses: list[ErrorResponseComponent]
    editions: list[Edition]
    webhook_signature: WebhookSignature | None = None

    @property
    def operations(self) -> list[Operation]:
        return [operation for tag in self.tags for operation in tag.operations]

    @property
    def webhooks(self) -> list[Webhook]:
        return [webhook for tag in self.tags for webhook in tag.webhooks]

    @property
    def webhook_families(self) -> list[WebhookFamily]:
        return [family for tag in self.tags for family in tag.webhook_families]


# --------------------------------------------------------------------------------------------
# Reading the bundle
# --------------------------------------------------------------------------------------------


def read_reference(model: ApiModel) -> Reference:
    """The reference view of the API model (of a bundled, self-contained OpenAPI document)."""
    return _Reader(model).reference()


class _Reader:
    def __init__(self, model: ApiModel) -> None:
        self.model = model
        document = model.document
        self.document = document
        self.components: dict[str, Any] = document.get("components") or {}
        self.schemas: dict[str, Any] = self.components.get("schemas") or {}

    # -- references ---------------------------------------------------------------------------

    def deref(self, node: Any, kind: str) -> tuple[str | None, dict[str, Any]]:
        """Follow a ``$ref`` to a component of ``kind``; return its name (or None) and the node."""
        name = component_name(node, kind)
        if name is None:
            return None, node if isinstance(node, dict) else {}
        target = self.model.resolve(node)
        if not isinstance(target, dict):
            raise LookupError(f"unresolved reference #/components/{kind}/{name}")
        return name, target

    # -- the whole reference ------------------------------------------------------------------

    def reference(self) -> Reference:
        info = self.document.get("info") or {}
        organization = self.model.parameter_node(self.model.organization_header)
        security = self.security()
        servers = self.servers()
        error_codes = self.error_codes()
        connection = Connection(
            server_url=servers[0].url if servers else "",
            data_center=servers[0].id if servers else "",
            organization_header=str(organization.get("name", "")),
            organization_id=str(organization.get("example", "")),
            token_prefix=security.token_prefix,
        )
        tags = self.tags(security, connection, error_codes)
        operations = [operation for tag in tags for operation in tag.operations]
        self.add_webhooks(tags)
        external = self.document.get("externalDocs") or {}
        return Reference(
            title=str(info.get("title", "API reference")),
            version=str(info.get("version", "")),
            summary=str(info.get("summary", "")),
            description=str(info.get("description", "")),
            external_url=external.get("url"),
            external_label=external.get("description"),
            organization_header=str(organization.get("name", "")),
            organization_example=str(organization.get("example", "")),
            servers=servers,
            security=security,
            tags=tags,
            schemas=self.component_schemas(operations),
            error_codes=error_codes,
            error_responses=self.error_response_components(operations),
            editions=[Edition(code, label, title) for code, (label, title) in EDITIONS.items()],
            webhook_signature=self.webhook_signature(),
        )

    # -- webhooks -------------------------------------------------------------------------------

    def webhook_signature(self) -> WebhookSignature | None:
        facts = self.model.webhook_signature
        if facts is None:
            return None
        header: dict[str, Any] = next(
            (
                node
                for node in (self.components.get("parameters") or {}).values()
                if node.get("in") == "header" and str(node.get("name", "")).lower() == str(facts["header"]).lower()
            ),
            {},
        )
        return WebhookSignature(
            header=str(facts["header"]),
            algorithm=str(facts["algorithm"]),
            encoding=str(facts["encoding"]),
            secret_pattern=str((facts.get("secret") or {}).get("pattern", "")),
            confirmed={str(key): bool(value) for key, value in (facts.get("confirmed") or {}).items()},
            source=str(facts.get("source", "")),
            header_description=str(header.get("description", "")),
        )

    def add_webhooks(self, tags: list[Tag]) -> None:
        """Each webhook on its tag's page, grouped by the record its deliveries carry."""
        by_tag = {tag.name: tag for tag in tags}
        for api_webhook in self.model.webhooks:
            webhook = self.webhook(api_webhook)
            tag = by_tag.get(webhook.tag)
            if tag is None:
                continue
            family = next((f for f in tag.webhook_families if f.schema == api_webhook.request_schema), None)
            if family is not None:
                webhook.page = family.page
            else:
                schema = self.model.schema(api_webhook.request_schema)
                words = api_webhook.payload_key.replace("creditnote", "credit note")
                family = WebhookFamily(
                    key=api_webhook.payload_key,
                    title=f"{words[:1].upper()}{words[1:]} events",
                    anchor=f"webhooks-{api_webhook.payload_key}",
                    page=webhook.page,
                    schema=api_webhook.request_schema,
                    payload_schema=api_webhook.payload_schema,
                    description=str(schema.get("description", "")),
                    examples=[
                        Example(f"example-{index}", "", _json(value))
                        for index, value in enumerate(schema.get("examples") or [])
                    ],
                    webhooks=[],
                )
                tag.webhook_families.append(family)
            family.webhooks.append(webhook)

    def webhook(self, api_webhook: ApiWebhook) -> Webhook:
        node = self.model.node(api_webhook.pointer)
        operation_id = str(node.get("operationId") or f"webhook_{api_webhook.name}")
        parameter_nodes = [self.model.resolve(parameter) for parameter in node.get("parameters") or []]
        if api_webhook.fires == "ahead":
            fires = f"{api_webhook.days_ahead} days ahead"
        else:
            fires = "as it happens"
        return Webhook(
            operation_id=operation_id,
            event_type=api_webhook.event_type,
            summary=api_webhook.summary or api_webhook.name,
            description=api_webhook.description,
            tag=api_webhook.tag or "default",
            page=f"{WEBHOOKS_PAGE_PREFIX}{api_webhook.payload_key}",
            anchor=operation_id,
            family=api_webhook.payload_key,
            payload_schema=api_webhook.payload_schema,
            fires=fires,
            confirmed=api_webhook.confirmed,
            parameters=self.parameters(operation_id, parameter_nodes),
            request=self.request_body(operation_id, node.get("requestBody")),
            responses=self.responses(operation_id, node.get("responses") or {}),
        )

    def servers(self) -> list[Server]:
        servers: list[Server] = []
        for server in self.document.get("servers") or []:
            center = server.get("x-zoho-data-center") or {}
            center_id = str(center.get("id", ""))
            servers.append(
                Server(
                    url=str(server["url"]),
                    description=str(server.get("description", "")),
                    id=center_id,
                    region=str(center.get("region", "")),
                    accounts_url=str(center.get("accounts_url", "")),
                    confirmed=bool(center.get("confirmed", False)),
                    anchor=f"dc-{center_id or len(servers)}",
                )
            )
        return servers

    def security(self) -> Security:
        schemes = self.components.get("securitySchemes") or {}
        name, scheme = next(
            ((key, value) for key, value in schemes.items() if value.get("type") == "oauth2"),
            next(iter(schemes.items())),
        )
        # The API-key scheme that describes the same token in the `Authorization` header.
        header_name, header = "", {}
        for key, value in schemes.items():
            if value.get("type") == "apiKey" and value.get("in") == "header":
                if str(value.get("name", "")).lower() == "authorization":
                    header_name, header = key, value
                    break
        flow = (scheme.get("flows") or {}).get("authorizationCode") or {}
        return Security(
            name=name,
            type=str(scheme.get("type", "")),
            description=str(scheme.get("description", "")),
            token_prefix=str(scheme.get("x-zoho-token-prefix", "Bearer")),
            authorization_url=str(flow.get("authorizationUrl", "")),
            token_url=str(flow.get("tokenUrl", "")),
            refresh_url=str(flow.get("refreshUrl", "")),
            scopes=[Scope(scope, str(text)) for scope, text in (flow.get("scopes") or {}).items()],
            header_name=header_name,
            header_description=str(header.get("description", "")),
        )

    def error_codes(self) -> list[ErrorCode]:
        return [
            ErrorCode(
                code=int(entry["code"]),
                name=str(entry["name"]),
                message=str(entry["message"]),
                description=str(entry["description"]),
                module=str(entry["module"]),
                http_status=int(entry["http_status"]),
                http_status_documented=bool(entry["http_status_documented"]),
                operations=tuple(entry["operations"]),
                anchor=f"error-{entry['module']}-{entry['code']}",  # codes are per module
            )
            for entry in self.document.get("x-zoho-error-codes") or []
        ]

    # -- operations -----------------------------------------------------------------------------

    def tags(self, security: Security, connection: Connection, error_codes: list[ErrorCode]) -> list[Tag]:
        by_tag: dict[str, list[Operation]] = {}
        for op in self.model.operations:
            built = self.operation(op, security, connection, error_codes)
            by_tag.setdefault(built.tag, []).append(built)
        tags = []
        declared = {tag["name"]: tag for tag in self.document.get("tags") or []}
        for name in [*declared, *sorted(set(by_tag) - set(declared))]:
            tag = declared.get(name, {"name": name})
            external = tag.get("externalDocs") or {}
            tags.append(
                Tag(
                    name=name,
                    title=name[:1].upper() + name[1:],
                    description=str(tag.get("description", "")),
                    external_url=external.get("url"),
                    external_label=external.get("description"),
                    operations=by_tag.get(name, []),
                )
            )
        return tags

    def operation(
        self, api_op: ApiOperation, security: Security, connection: Connection, error_codes: list[ErrorCode]
    ) -> Operation:
        path, method, operation = api_op.path, api_op.method, self.model.node(api_op.pointer)
        operation_id = api_op.operation_id
        tag = api_op.tag or "default"
        parameter_nodes = [self.model.parameter_node(parameter) for parameter in api_op.parameters]
        request = self.request_body(operation_id, operation.get("requestBody"))
        scope_text = {scope.name: scope.description for scope in security.scopes}
        # The OAuth scheme and the Authorization-header scheme list the same scopes: each once.
        scope_names = dict.fromkeys(
            scope
            for requirement in operation.get("security") or self.document.get("security") or []
            for scopes_of_scheme in requirement.values()
            for scope in scopes_of_scheme
        )
        scopes = [Scope(scope, scope_text.get(scope, "")) for scope in scope_names]
        call = self.call(api_op, operation, parameter_nodes)
        return Operation(
            operation_id=operation_id,
            method=method.upper(),
            path=path,
            summary=str(operation.get("summary", operation_id)),
            description=str(operation.get("description", "")),
            tag=tag,
            page=tag,
            anchor=operation_id,
            sdk=call.sdk.name,
            sdk_variants=[
                SdkVariantCall(f"{call.sdk.resource}.{variant.method}", variant.accept) for variant in call.sdk.variants
            ],
            scopes=scopes,
            success_message=operation.get("x-zoho-success-message"),
            parameters=self.parameters(operation_id, parameter_nodes),
            request=request,
            responses=self.responses(operation_id, operation.get("responses") or {}),
            error_codes=[code for code in error_codes if operation_id in code.operations],
            python=python_snippet(call, connection, self.resolve_schema),
            curl=curl_snippet(call, connection, self.resolve_schema),
            typescript=typescript_snippet(call, connection, self.resolve_schema),
            deprecated=api_op.deprecation is not None,
            sunset=api_op.deprecation.sunset if api_op.deprecation else None,
        )

    def resolve_schema(self, node: Any) -> dict[str, Any]:
        return self.deref(node, "schemas")[1]

    def call(self, api_op: ApiOperation, operation: dict[str, Any], parameters: list[Any]) -> Call:
        """What the snippets need to know about an operation (its result as ``x-zoho-sdk`` states it)."""
        body, body_schema = None, None
        if "requestBody" in operation:
            request = self.deref(operation["requestBody"], "requestBodies")[1]
            media = _first_media(request)
            body, body_schema = _first_example(media), self.resolve_schema(media.get("schema"))
        facts = api_op.sdk
        result_schema = self.model.schema(api_op.result_schema) if api_op.result_schema else None
        return Call(
            sdk=facts,
            method=api_op.method.upper(),
            path=api_op.path,
            parameters=[self.deref(node, "parameters")[1] for node in parameters],
            body=body,
            body_schema=body_schema,
            result_key=facts.result_key,
            result_schema=result_schema,
            result_is_list=facts.result_kind in ("page", "list"),
            operation_id=api_op.operation_id,
            success_status=api_op.success_status,
        )

    def parameters(self, operation_id: str, nodes: list[Any]) -> list[Field]:
        fields = []
        for node in nodes:
            parameter = self.deref(node, "parameters")[1]
            schema = parameter.get("schema") or {}
            row = self.field(
                path=str(parameter["name"]),
                name=str(parameter["name"]),
                depth=0,
                anchor=f"{operation_id}-param-{parameter['name']}",
                schema=schema,
                required=bool(parameter.get("required", False)),
            )
            row.location = str(parameter.get("in", ""))
            if parameter.get("deprecated") is True:  # on the Parameter Object, not its schema
                row.deprecated, row.sunset = True, parameter.get(SUNSET_EXTENSION)
            if parameter.get("description"):
                row.description = str(parameter["description"])
            if "example" in parameter:
                row.example = _json(parameter["example"])
            fields.append(row)
        return fields

    def request_body(self, operation_id: str, node: Any) -> RequestBody | None:
        if node is None:
            return None
        body = self.deref(node, "requestBodies")[1]
        media_type, media = next(iter((body.get("content") or {}).items()))
        schema_name, schema = self.deref(media.get("schema"), "schemas")
        return RequestBody(
            required=bool(body.get("required", False)),
            media_type=str(media_type),
            schema=schema_name,
            description=str(body.get("description", "")),
            fields=self.fields(
                schema, anchor=f"{operation_id}-request", expand_refs=True, ref_budget=OPERATION_REF_DEPTH
            ),
            examples=self.examples(media),
        )

    def responses(self, operation_id: str, responses: dict[str, Any]) -> list[Response]:
        built = []
        for status, node in sorted(responses.items(), key=lambda item: _status_order(item[0])):
            component, response = self.deref(node, "responses")
            media = _first_media(response)
            schema_name, schema = self.deref(media.get("schema"), "schemas")
            is_error = not str(status).startswith(("1", "2", "3"))
            built.append(
                Response(
                    status=str(status),
                    description=str(response.get("description", "")),
                    is_error=is_error,
                    component=component,
                    schema=schema_name,
                    fields=self.fields(
                        schema,
                        anchor=f"{operation_id}-{status}",
                        expand_refs=True,
                        home_schema=schema_name,
                        ref_budget=OPERATION_REF_DEPTH,
                    ),
                    examples=self.examples(media),
                    headers=self.headers(response),
                )
            )
        return built

    def headers(self, response: dict[str, Any]) -> list[Header]:
        return [
            Header(str(name), str(header.get("description", "")), self.type_of(header.get("schema") or {}))
            for name, header in (response.get("headers") or {}).items()
        ]

    def examples(self, media: dict[str, Any]) -> list[Example]:
        examples = []
        if "example" in media:
            examples.append(Example("example", "", _json(media["example"])))
        for name, node in (media.get("examples") or {}).items():
            example = self.deref(node, "examples")[1]
            if "value" in example:
                examples.append(
                    Example(
                        name=str(name),
                        summary=str(example.get("summary", "")),
                        json=_json(example["value"]),
                        illustrative=bool(example.get("x-zoho-illustrative", False)),
                    )
                )
        return examples

    # -- schemas and fields ---------------------------------------------------------------------

    def fields(
        self,
        schema: dict[str, Any],
        *,
        anchor: str,
        expand_refs: bool,
        prefix: str = "",
        depth: int = 0,
        seen: tuple[str, ...] = (),
        home_schema: str | None = None,
        home_prefix: str = "",
        ref_budget: int | None = None,
    ) -> list[Field]:
        """The rows of a field table for an object schema, nested properties after their parent.

        ``expand_refs``: also expand properties whose schema is another component (operation
        pages show the whole body in place); the schemas page expands only inline objects, since
        every component has its own section there. ``home_schema``: the component whose fields
        these rows are (with ``home_prefix`` the path inside it); each such row records its anchor
        on the schemas page as ``home``. ``ref_budget``: how many components deep to expand (None:
        no limit); below that, the row's type links to the component, described on the schemas page.
        """
        rows: list[Field] = []
        required = set(schema.get("required") or [])
        one_of = {
            name: ", ".join(" and ".join(branch) for branch in branches)
            for branches in required_alternatives(schema).values()
            for branch in branches
            for name in branch
        }
        for name, node in (schema.get("properties") or {}).items():
            path = f"{prefix}{name}"
            row = self.field(
                path=path,
                name=str(name),
                depth=depth,
                anchor=f"{anchor}.{path.replace('[]', '')}",
                schema=node,
                required=name in required,
            )
            row.one_of = one_of.get(name, "")
            if home_schema is not None:
                row.home = f"{home_schema}.{home_prefix}{name}".replace("[]", "")
            rows.append(row)
            child_name, child = self.deref(node, "schemas")
            child_prefix = f"{path}."
            child_home_prefix = f"{home_prefix}{name}."
            if child.get("type") == "array":
                child_name, child = self.deref(child.get("items") or {}, "schemas")
                child_prefix = f"{path}[]."
                child_home_prefix = f"{home_prefix}{name}[]."
            if "properties" not in child or (child_name is not None and not expand_refs):
                continue
            if child_name is not None and child_name in seen:
                continue  # a recursive structure: the link in the type column leads on
            if child_name is not None and ref_budget == 0:
                continue  # deep enough for an operation page: the link in the type column leads on
            rows.extend(
                self.fields(
                    child,
                    anchor=anchor,
                    expand_refs=expand_refs,
                    prefix=child_prefix,
                    depth=depth + 1,
                    seen=(*seen, child_name) if child_name else seen,
                    # A component's fields are described under it on the schemas page.
                    home_schema=child_name if child_name is not None else home_schema,
                    home_prefix="" if child_name is not None else child_home_prefix,
                    ref_budget=ref_budget - 1 if ref_budget is not None and child_name is not None else ref_budget,
                )
            )
        return rows

    def field(self, *, path: str, name: str, depth: int, anchor: str, schema: Any, required: bool) -> Field:
        own = schema if isinstance(schema, dict) else {}
        enum_name, resolved = self.deref(own, "schemas")
        merged = {**resolved, **{key: value for key, value in own.items() if key != "$ref"}}
        enum_source = merged
        if merged.get("type") == "array":
            item_name, item = self.deref(merged.get("items") or {}, "schemas")
            if "enum" in item:
                enum_name, enum_source = item_name, item
        enum = self.enum_values(enum_source, enum_name)
        row = Field(
            path=path,
            name=name,
            depth=depth,
            anchor=anchor,
            type=self.type_of(own),
            required=required,
            read_only=bool(merged.get("readOnly", False)),
            write_only=bool(merged.get("writeOnly", False)),
            description=str(merged.get("description", "")),
            constraints=_constraints(merged),
            availability=_editions(merged.get("x-zoho-availability")),
            condition=merged.get("x-zoho-condition"),
            enum=enum,
            enum_schema=enum_name if enum else None,
            deprecated=merged.get("deprecated") is True,
            sunset=merged.get(SUNSET_EXTENSION),
        )
        if merged.get("examples"):
            row.example = _json(merged["examples"][0])
        return row

    def enum_values(self, schema: dict[str, Any], component: str | None) -> list[EnumValue]:
        values = schema.get("enum") or []
        meanings = schema.get("x-enum-descriptions") or []
        legacy = set(schema.get("x-zoho-legacy-values") or [])
        return [
            EnumValue(
                value=str(value),
                meaning=str(meanings[index]) if index < len(meanings) else None,
                legacy=value in legacy,
                anchor=f"enum-{component}-{value}" if component else "",
            )
            for index, value in enumerate(values)
        ]

    def type_of(self, node: dict[str, Any]) -> TypeRef:
        name, schema = self.deref(node, "schemas")
        if name is not None:
            if "enum" in schema:
                return TypeRef(f"{_type_word(schema)} enum", name)
            return TypeRef(_type_word(schema), name)
        if schema.get("type") == "array":
            items = self.type_of(schema.get("items") or {})
            return TypeRef(f"array of {items.text}".strip(), items.schema)
        branches = _inline_alternatives(schema)
        if branches:
            return TypeRef(" or ".join(self.type_of(branch).text for branch in branches))
        word = _type_word(schema)
        if "enum" in schema:
            word = f"{word} enum"
        if "format" in schema:
            word = f"{word} ({schema['format']})"
        return TypeRef(word)

    def component_schemas(self, operations: list[Operation]) -> list[Schema]:
        schemas = []
        for name, schema in self.schemas.items():
            kind = "enum" if "enum" in schema else str(schema.get("type", "any"))
            schemas.append(
                Schema(
                    name=name,
                    title=str(schema.get("title", name)),
                    description=str(schema.get("description", "")),
                    kind=kind,
                    type=TypeRef(_type_word(schema) + (f" ({schema['format']})" if "format" in schema else "")),
                    anchor=name,
                    fields=self.fields(schema, anchor=name, expand_refs=False),
                    enum=self.enum_values(schema, name),
                    availability=_editions(schema.get("x-zoho-availability")),
                    read_only=bool(schema.get("readOnly", False)),
                    used_by=[operation for operation in operations if self.uses(operation, name)],
                )
            )
        return schemas

    def uses(self, operation: Operation, schema: str) -> bool:
        """Whether the operation's parameters, request or responses show the schema anywhere."""
        rows = [
            *operation.parameters,
            *(operation.request.fields if operation.request else []),
            *(row for response in operation.responses for row in response.fields),
        ]
        named = {row.type.schema for row in rows} | {row.enum_schema for row in rows}
        named |= {operation.request.schema if operation.request else None}
        named |= {response.schema for response in operation.responses if not response.is_error}
        return schema in named

    def error_response_components(self, operations: list[Operation]) -> list[ErrorResponseComponent]:
        built = []
        for name, node in (self.components.get("responses") or {}).items():
            used_by = [
                operation
                for operation in operations
                if any(response.component == name for response in operation.responses)
            ]
            statuses = sorted(
                {
                    response.status
                    for operation in used_by
                    for response in operation.responses
                    if response.component == name
                }
            )
            media = _first_media(node)
            built.append(
                ErrorResponseComponent(
                    name=name,
                    status=", ".join(statuses),
                    description=str(node.get("description", "")),
                    examples=self.examples(media),
                    headers=self.headers(node),
                    anchor=f"response-{name}",
                    used_by=used_by,
                )
            )
        return built


# --------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _status_order(status: Any) -> tuple[int, str]:
    """Response statuses in numeric order; ranges ("4XX") and "default" after the numbers."""
    text = str(status)
    return (int(text), "") if text.isdigit() else (1000, text)


def _first_media(node: dict[str, Any]) -> dict[str, Any]:
    """The first Media Type Object of a request body or response (each here has one: JSON)."""
    media: dict[str, Any] = next(iter((node.get("content") or {}).values()), {})
    return media


def _first_example(media: dict[str, Any]) -> Any:
    if "example" in media:
        return media["example"]
    for example in (media.get("examples") or {}).values():
        if isinstance(example, dict) and "value" in example:
            return example["value"]
    return None


def _type_word(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        return " or ".join(str(item) for item in kind)
    if kind is None and "properties" in schema:
        return "object"
    return str(kind) if kind else "any"


def _editions(codes: Any) -> list[Edition]:
    return [Edition(code, *EDITIONS.get(code, (code, code))) for code in codes or []]


def _inline_alternatives(schema: dict[str, Any]) -> list[dict[str, Any]]:
    """The branches of an ``anyOf``/``oneOf`` of inline schemas (a value of one of several types)."""
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword)
        if isinstance(branches, list) and branches and all(isinstance(b, dict) and "$ref" not in b for b in branches):
            return branches
    return []


def _constraints(schema: dict[str, Any]) -> list[str]:
    """The limits of a schema in words, in a fixed order (with those of its inline alternatives)."""
    found = [limit for branch in _inline_alternatives(schema) for limit in _constraints(branch)]
    if "const" in schema:
        found.append(f"always {_json(schema['const'])}")
    if "minLength" in schema and "maxLength" in schema:
        found.append(f"{schema['minLength']} to {schema['maxLength']} characters")
    elif "minLength" in schema:
        found.append("non-empty" if schema["minLength"] == 1 else f"at least {schema['minLength']} characters")
    elif "maxLength" in schema:
        found.append(f"at most {schema['maxLength']} characters")
    if "minimum" in schema:
        found.append(f"minimum {schema['minimum']}")
    if "exclusiveMinimum" in schema:
        found.append(f"greater than {schema['exclusiveMinimum']}")
    if "maximum" in schema:
        found.append(f"maximum {schema['maximum']}")
    if "exclusiveMaximum" in schema:
        found.append(f"less than {schema['exclusiveMaximum']}")
    if "minItems" in schema:
        found.append(f"at least {schema['minItems']} items")
    if "maxItems" in schema:
        found.append(f"at most {schema['maxItems']} items")
    if schema.get("uniqueItems"):
        found.append("unique items")
    if "pattern" in schema:
        found.append(f"pattern {schema['pattern']}")
    if "default" in schema:
        found.append(f"default {_json(schema['default'])}")
    return found
