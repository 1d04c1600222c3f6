"""The project's own rules for the spec, beyond what openapi-spec-validator checks.

They run on the bundle (one document, components by name) and report each problem at its
source file and pointer through :meth:`BundledSpec.locate`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import referencing
import referencing.jsonschema

from generator.core.bundle_spec import BundledSpec
from generator.core.errors import SpecProblem, join_pointer
from generator.core.openapi_document import HTTP_METHODS, iter_operations, resolve_local_ref
from generator.core.spec_source import load_yaml
from generator.core.versions import SEMVER

# The extension registry sits beside the root file of the spec.
EXTENSIONS_FILE_NAME = "extensions.yaml"
ORGANIZATION_HEADER_REF = "#/components/parameters/OrganizationId"
# The HTTP error statuses Zoho documents; every operation declares each of them.
DOCUMENTED_ERROR_STATUSES = ("400", "401", "403", "404", "405", "406", "429", "500")
BUNDLE_URI = "urn:zoho-billing:bundle"
WEBHOOK_EXTENSION = "x-zoho-webhook"

_OPERATION_ID = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
# Schema keywords whose value is one schema, a list of schemas, or a map of name -> schema.
_SUBSCHEMA = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
# Every keyword a Schema Object may carry: the JSON Schema 2020-12 vocabularies (core, applicator,
# unevaluated, validation, meta-data, format-annotation, content) and the OpenAPI 3.1 base
# vocabulary. Anything else must be an `x-` extension; JSON Schema itself ignores unknown
# keywords, so a misspelt one (`maxLenght`) would silently constrain nothing.
SCHEMA_KEYWORDS = frozenset(
    {
        # core
        "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary", "$comment", "$defs",
        # applicator
        "prefixItems", "items", "contains", "additionalProperties", "properties", "patternProperties",
        "dependentSchemas", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not",
        # unevaluated
        "unevaluatedItems", "unevaluatedProperties",
        # validation
        "type", "const", "enum", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
        "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains",
        "maxProperties", "minProperties", "required", "dependentRequired",
        # meta-data, format-annotation, content
        "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples", "format",
        "contentEncoding", "contentMediaType", "contentSchema",
        # OpenAPI 3.1 base vocabulary
        "discriminator", "xml", "externalDocs", "example",
    }
)  # fmt: skip
# Root keywords the project keeps out of the document, with the reason.
_FORBIDDEN_ROOT_KEYWORDS = {
    "jsonSchemaDialect": (
        "leave jsonSchemaDialect out: it is the OpenAPI 3.1 default anyway, and Prism skips request-body "
        "validation when it is present"
    ),
}


@dataclass(frozen=True)
class ExampleSite:
    """An example in the bundle and the schema it must satisfy, both as bundle pointers."""

    example_pointer: str
    schema_pointer: str
    value: Any


def load_extension_registry(spec_root: Path) -> dict[str, Any]:
    """The documented extensions: name -> {applies_to, description, schema}."""
    registry: dict[str, Any] = load_yaml(spec_root.parent / EXTENSIONS_FILE_NAME)["extensions"]
    return registry


def check_spec(bundled: BundledSpec) -> list[SpecProblem]:
    """Every problem the project's rules find in ``bundled``, each at its source location."""
    checker = _Checker(bundled, load_extension_registry(bundled.root))
    checker.run()
    problems: list[SpecProblem] = []
    for pointer, reason in checker.problems:
        # A fragment inlined at several places is one source location: report it once.
        problem = SpecProblem(bundled.locate(pointer), reason)
        if problem not in problems:
            problems.append(problem)
    return problems


def example_validator(document: dict[str, Any], schema_pointer: str) -> jsonschema.protocols.Validator:
    """A JSON Schema 2020-12 validator for the schema at ``schema_pointer`` of the bundle."""
    resource = referencing.Resource.from_contents(document, default_specification=referencing.jsonschema.DRAFT202012)
    registry: referencing.Registry[Any] = referencing.Registry().with_resource(BUNDLE_URI, resource)
    return jsonschema.Draft202012Validator(
        {"$ref": f"{BUNDLE_URI}#{schema_pointer}"},
        registry=registry,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )


def iter_example_sites(document: dict[str, Any]) -> Iterator[ExampleSite]:
    """Every example in the bundle: media types, parameters, headers and schema ``examples``."""
    for pointer, node, kind in _walk_objects(document):
        if kind in ("media_type", "parameter", "header") and "schema" in node:
            schema_pointer = join_pointer(pointer, "schema")
            if "example" in node:
                yield ExampleSite(join_pointer(pointer, "example"), schema_pointer, node["example"])
            for name, example in (node.get("examples") or {}).items():
                example_pointer = join_pointer(pointer, "examples", name)
                example = resolve_local_ref(document, example)
                if "value" in example:
                    yield ExampleSite(join_pointer(example_pointer, "value"), schema_pointer, example["value"])
        elif kind == "schema" and isinstance(node.get("examples"), list):
            for index, value in enumerate(node["examples"]):
                yield ExampleSite(join_pointer(pointer, "examples", index), pointer, value)


def walk_schemas(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every Schema Object of the bundle with its pointer, outer schemas before inner ones."""
    for pointer, node, kind in _walk_objects(document):
        if kind == "schema":
            yield pointer, node


def iter_schema_roots(document: dict[str, Any]) -> Iterator[str]:
    """Pointers of the outermost Schema Objects: components and those of parameters, media types, headers."""
    for pointer, node, kind in _walk_objects(document):
        if kind in ("media_type", "parameter", "header") and "schema" in node:
            yield join_pointer(pointer, "schema")
    for name in (document.get("components") or {}).get("schemas") or {}:
        yield join_pointer("/components/schemas", name)


class _Checker:
    def __init__(self, bundled: BundledSpec, extensions: dict[str, Any]) -> None:
        self.bundled = bundled
        self.document = bundled.document
        self.extensions = extensions
        self.problems: list[tuple[str, str]] = []

    def run(self) -> None:
        for pointer, node, kind in _walk_objects(self.document):
            self._check_extensions(pointer, node, kind)
            if kind == "schema":
                self._check_schema(pointer, node)
        self._check_root()
        self._check_component_names()
        self._check_operations()
        self._check_webhooks()
        self._check_examples()
        self._check_error_catalogue()

    def _problem(self, pointer: str, reason: str) -> None:
        self.problems.append((pointer, reason))

    def _check_extensions(self, pointer: str, node: dict[str, Any], kind: str) -> None:
        for key, value in node.items():
            if not (isinstance(key, str) and key.startswith("x-")):
                continue
            at = join_pointer(pointer, key)
            entry = self.extensions.get(key)
            if entry is None:
                self._problem(
                    at, f"unknown extension {key}: document it in {EXTENSIONS_FILE_NAME} beside the root spec first"
                )
                continue
            if kind not in entry["applies_to"]:
                allowed = ", ".join(entry["applies_to"])
                self._problem(at, f"{key} is not allowed on a {kind} object (only on: {allowed})")
                continue
            for error in jsonschema.Draft202012Validator(entry["schema"]).iter_errors(value):
                self._problem(join_pointer(at, *error.absolute_path), f"{key}: {error.message}")
            if key == "x-zoho-sunset" and node.get("deprecated") is not True:
                self._problem(
                    at, "x-zoho-sunset dates the removal of a deprecated element: set deprecated: true beside it"
                )

    def _check_root(self) -> None:
        version = (self.document.get("info") or {}).get("version")
        if not isinstance(version, str) or not SEMVER.match(version):
            self._problem(
                "/info/version",
                f"info.version must be a semantic version (MAJOR.MINOR.PATCH, semver.org), not {version!r}: "
                "it is the version of every package made from the spec",
            )
        for keyword, reason in _FORBIDDEN_ROOT_KEYWORDS.items():
            if keyword in self.document:
                self._problem(join_pointer("", keyword), reason)

    def _check_component_names(self) -> None:
        # One name, one component: generators put every kind in one namespace (a type per schema,
        # parameter, response, ...), and clash or silently rename when two kinds share a name.
        first_use: dict[str, str] = {}
        for kind, members in (self.document.get("components") or {}).items():
            for name in members or {}:
                pointer = join_pointer("/components", kind, name)
                if name in first_use:
                    other = first_use[name]
                    self._problem(
                        pointer,
                        f"component name {name!r} is used by two kinds of component: {pointer} (here) and {other} "
                        f"(in {self.bundled.locate(other)}); rename one",
                    )
                else:
                    first_use[name] = pointer
        # The title of a component schema spells its name: the Python generators name the class
        # from the title, so two titles that spell the same name are one class (and the schema
        # whose class is lost breaks the client), and a class would not be named like its schema.
        for name, schema in ((self.document.get("components") or {}).get("schemas") or {}).items():
            title = schema.get("title") if isinstance(schema, dict) else None
            if isinstance(title, str) and re.sub(r"[^a-z0-9]", "", title.lower()) != name.lower():
                self._problem(
                    join_pointer("/components/schemas", name, "title"),
                    f"title {title!r} does not spell the component name {name!r} (generators name the class "
                    "from the title); write its words, e.g. one per capital letter of the name",
                )

    def _check_schema(self, pointer: str, schema: dict[str, Any]) -> None:
        for key in schema:
            if not (isinstance(key, str) and (key.startswith("x-") or key in SCHEMA_KEYWORDS)):
                self._problem(
                    join_pointer(pointer, key),
                    f"unknown schema keyword {key!r}: not in the JSON Schema 2020-12 or OpenAPI 3.1 vocabulary "
                    "(misspelt? vendor keywords must start with x-)",
                )
        types = _types(schema)
        if "string" in types and schema.get("format") == "decimal":
            self._problem(
                join_pointer(pointer, "format"),
                "format: decimal on a string schema: generators map `decimal` to a binary number type (Go: float64) "
                "and then cannot decode the string; keep the pattern, or accept a number with anyOf",
            )
        if types and isinstance(schema.get("enum"), list):
            for index, value in enumerate(schema["enum"]):
                if value is None and "null" not in types:
                    self._problem(
                        join_pointer(pointer, "enum", index),
                        f"null in the enum of a non-nullable schema (type {schema['type']!r}); add 'null' to type "
                        "or drop the value",
                    )
                elif value is not None and not any(_TYPE_CHECKER.is_type(value, kind) for kind in types):
                    self._problem(
                        join_pointer(pointer, "enum", index),
                        f"enum value {value!r} is not of the schema's type {schema['type']!r}",
                    )
        is_component = re.fullmatch(r"/components/schemas/[^/]+", pointer) is not None
        if ("properties" in schema or schema.get("type") == "object") and not is_component:
            self._problem(pointer, "anonymous inline object schema: register it under components/schemas with a title")
        if is_component and "$ref" not in schema:
            for keyword in ("title", "description"):
                if not schema.get(keyword):
                    self._problem(pointer, f"component schema has no {keyword}")
        enum = schema.get("enum")
        descriptions = schema.get("x-enum-descriptions")
        if descriptions is not None and (enum is None or len(descriptions) != len(enum)):
            count = "no enum" if enum is None else f"{len(enum)} enum values"
            self._problem(join_pointer(pointer, "x-enum-descriptions"), f"{len(descriptions)} descriptions for {count}")
        if "x-zoho-extensible-enum" in schema and enum is None:
            self._problem(
                join_pointer(pointer, "x-zoho-extensible-enum"), "x-zoho-extensible-enum on a schema with no enum"
            )
        for value in schema.get("x-zoho-legacy-values") or []:
            if value not in (enum or []):
                self._problem(join_pointer(pointer, "x-zoho-legacy-values"), f"legacy value {value!r} is not in enum")
        if enum is not None and len(set(map(repr, enum))) != len(enum):
            self._problem(join_pointer(pointer, "enum"), "enum lists a value twice")

    def _check_operations(self) -> None:
        declared_tags = {tag["name"] for tag in self.document.get("tags", [])}
        schemes = self.document.get("components", {}).get("securitySchemes", {})
        seen_ids: dict[str, str] = {}
        for operation in iter_operations(self.document):
            pointer, node = operation.pointer, operation.node
            operation_id = node.get("operationId")
            if not isinstance(operation_id, str) or not _OPERATION_ID.fullmatch(operation_id):
                self._problem(pointer, f"operationId {operation_id!r} is missing or not snake_case")
            elif operation_id in seen_ids:
                self._problem(
                    join_pointer(pointer, "operationId"),
                    f"operationId {operation_id} also used at {seen_ids[operation_id]}",
                )
            else:
                seen_ids[operation_id] = pointer
            for keyword in ("summary", "description"):
                if not node.get(keyword):
                    self._problem(pointer, f"operation has no {keyword}")
            tags = node.get("tags") or []
            if not tags:
                self._problem(pointer, "operation has no tag")
            for tag in tags:
                if tag not in declared_tags:
                    self._problem(join_pointer(pointer, "tags"), f"tag {tag!r} is not declared in the root tags")
            self._check_security(pointer, node.get("security"), schemes)
            parameters = operation.parameters
            if not any(parameter.get("$ref") == ORGANIZATION_HEADER_REF for parameter in parameters):
                self._problem(pointer, f"operation does not take the organization header ({ORGANIZATION_HEADER_REF})")
            self._check_responses(pointer, node)
            body = node.get("requestBody")
            if body is not None:
                media = body.get("content", {}).get("application/json", {})
                if not media.get("examples") and "example" not in media:
                    self._problem(join_pointer(pointer, "requestBody"), "request body has no example")

    def _check_webhooks(self) -> None:
        """Each webhook is one POST that says which event type it delivers and where the record is
        (``x-zoho-webhook``), with a component request schema that carries that record under
        ``data`` and accepts the event type; every event an operation fires is a webhook."""
        webhooks = self.document.get("webhooks") or {}
        for name, path_item in webhooks.items():
            pointer = join_pointer("/webhooks", name)
            methods = [method for method in HTTP_METHODS if method in path_item]
            if methods != ["post"]:
                found = ", ".join(methods) or "none"
                self._problem(pointer, f"a webhook is one POST (Zoho posts the event), not {found}")
                continue
            at = join_pointer(pointer, "post")
            operation = path_item["post"]
            for keyword in ("summary", "description"):
                if not operation.get(keyword):
                    self._problem(at, f"webhook has no {keyword}")
            if not any(code.startswith("2") for code in operation.get("responses") or {}):
                self._problem(join_pointer(at, "responses"), "webhook has no 2xx response (the acknowledgement)")
            facts = operation.get(WEBHOOK_EXTENSION)
            if not isinstance(facts, dict):
                self._problem(at, f"webhook has no {WEBHOOK_EXTENSION} (event type, payload key, when it fires)")
                continue
            if facts.get("event_type") != name:
                self._problem(
                    join_pointer(at, WEBHOOK_EXTENSION, "event_type"),
                    f"event_type {facts.get('event_type')!r} differs from the webhook's name {name!r}",
                )
            media = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
            schema = media.get("schema")
            if not (isinstance(schema, dict) and str(schema.get("$ref", "")).startswith("#/components/schemas/")):
                self._problem(join_pointer(at, "requestBody"), "a webhook's JSON body must be a component $ref")
                continue
            envelope = resolve_local_ref(self.document, schema)
            if not media.get("examples") and "example" not in media and not envelope.get("examples"):
                # An example of the body schema serves every webhook that shares it (Redocly reads a
                # webhook's body as a request, in which a record's read-only fields may not appear).
                self._problem(join_pointer(at, "requestBody"), "webhook body has no example (nor its schema)")
            for example in _media_examples(self.document, {"content": {"application/json": media}}):
                if isinstance(example, dict) and example.get("event_type") != name:
                    sent = example.get("event_type")
                    self._problem(join_pointer(at, "requestBody"), f"example event_type {sent!r} is not {name!r}")
            properties = envelope.get("properties") or {}
            event_type = resolve_local_ref(self.document, properties.get("event_type") or {})
            if name not in (event_type.get("enum") or []):
                self._problem(
                    join_pointer(at, "requestBody"), f"the body's event_type does not list {name!r} among its values"
                )
            data = resolve_local_ref(self.document, properties.get("data") or {})
            if facts.get("payload") not in (data.get("properties") or {}):
                self._problem(
                    join_pointer(at, WEBHOOK_EXTENSION, "payload"),
                    f"payload {facts.get('payload')!r} is not a property of the body's data "
                    f"({schema['$ref'].rsplit('/', 1)[-1]}.data)",
                )
        for operation in iter_operations(self.document):
            behaviour = operation.node.get("x-zoho-behaviour")
            for index, event in enumerate((behaviour or {}).get("events") or [] if isinstance(behaviour, dict) else []):
                if event not in webhooks:
                    self._problem(
                        join_pointer(operation.pointer, "x-zoho-behaviour", "events", index),
                        f"event {event!r} is not a webhook of the bundle (an events module's webhooks)",
                    )

    def _check_security(self, pointer: str, security: Any, schemes: dict[str, Any]) -> None:
        if not security:
            self._problem(pointer, "operation declares no security requirement (OAuth scope)")
            return
        oauth_scopes = {
            scope
            for scheme in schemes.values()
            if scheme.get("type") == "oauth2"
            for flow in scheme.get("flows", {}).values()
            for scope in flow.get("scopes", {})
        }
        header_scopes: list[list[str]] = []
        oauth_requirement_scopes: list[list[str]] = []
        for index, requirement in enumerate(security):
            if len(requirement) > 1:
                self._problem(
                    join_pointer(pointer, "security", index),
                    "requirement names several schemes (all of them at once); list the Authorization header "
                    "and the OAuth scheme as alternatives",
                )
            for scheme_name, scopes in requirement.items():
                at = join_pointer(pointer, "security", index, scheme_name)
                scheme = schemes.get(scheme_name)
                if scheme is None:
                    self._problem(at, f"unknown security scheme {scheme_name!r}")
                    continue
                if not scopes:
                    self._problem(at, "requirement names no scope")
                if scheme.get("type") == "oauth2":
                    known = {scope for flow in scheme.get("flows", {}).values() for scope in flow.get("scopes", {})}
                    oauth_requirement_scopes.append(sorted(scopes))
                else:
                    # OpenAPI 3.1 roles: here the OAuth scopes the token sent in the header must carry.
                    known = oauth_scopes
                    if _is_authorization_header({scheme_name: scheme}):
                        header_scopes.append(sorted(scopes))
                        if oauth_requirement_scopes:
                            # Tools that use only the first alternative must meet the header form.
                            self._problem(at, "the Authorization header alternative comes after an OAuth alternative")
                for scope in scopes:
                    if scope not in known:
                        self._problem(at, f"scope {scope!r} is not declared by {scheme_name}")
        if _is_authorization_header(schemes) and header_scopes != oauth_requirement_scopes:
            self._problem(
                join_pointer(pointer, "security"),
                "the Authorization header scheme must list the same scopes, in the same order, as the OAuth "
                f"scheme: {header_scopes} != {oauth_requirement_scopes}",
            )

    def _check_responses(self, pointer: str, node: dict[str, Any]) -> None:
        responses = node.get("responses", {})
        success = [code for code in responses if code.startswith("2")]
        if not success:
            self._problem(join_pointer(pointer, "responses"), "operation has no 2xx response")
        for status in DOCUMENTED_ERROR_STATUSES:
            if status not in responses:
                self._problem(join_pointer(pointer, "responses"), f"documented error status {status} is not declared")
        message = node.get("x-zoho-success-message")
        variants = {entry.get("accept") for entry in (node.get("x-zoho-sdk") or {}).get("variants") or []}
        for code, response in responses.items():
            at = join_pointer(pointer, "responses", code)
            self._check_binary_content(at, code, resolve_local_ref(self.document, response), variants)
            examples = list(_media_examples(self.document, resolve_local_ref(self.document, response)))
            if not examples:
                self._problem(at, "response has no example")
            if code.startswith("2") and message is not None:
                for example in examples:
                    if isinstance(example, dict) and example.get("message") != message:
                        self._problem(
                            at, f"example message {example.get('message')!r} differs from x-zoho-success-message"
                        )

    def _check_binary_content(self, at: str, code: str, response: dict[str, Any], variants: set[Any]) -> None:
        """A response content other than JSON is a document (a PDF): a binary string in OpenAPI 3.1's
        words (``contentMediaType``, no ``format: binary``), and a success one is named by an
        ``x-zoho-sdk.variants`` entry, so that the SDK offers a call that asks for it."""
        for media_type, media in (response.get("content") or {}).items():
            if media_type == "application/json":
                continue
            where = join_pointer(at, "content", media_type)
            schema = resolve_local_ref(self.document, media.get("schema") or {})
            if schema.get("type") != "string" or schema.get("contentMediaType") != media_type:
                self._problem(
                    join_pointer(where, "schema"),
                    f"a {media_type} answer is a document: declare it `type: string, contentMediaType: {media_type}`",
                )
            if "format" in schema:
                self._problem(
                    join_pointer(where, "schema", "format"),
                    "format: binary is OpenAPI 3.0's way; in 3.1 the media type says it (contentMediaType)",
                )
            if code.startswith("2") and media_type not in variants:
                self._problem(
                    where,
                    f"no x-zoho-sdk variant asks for {media_type}: add one "
                    f"(variants: [{{method: ..., accept: {media_type}, result: {{kind: binary}}}}])",
                )

    def _check_examples(self) -> None:
        for site in iter_example_sites(self.document):
            validator = example_validator(self.document, site.schema_pointer)
            for error in validator.iter_errors(site.value):
                where = join_pointer(site.example_pointer, *error.absolute_path)
                self._problem(where, f"example does not match its schema: {error.message}")

    def _check_error_catalogue(self) -> None:
        operation_ids = {operation.node.get("operationId") for operation in iter_operations(self.document)}
        for index, entry in enumerate(self.document.get("x-zoho-error-codes") or []):
            for operation_id in entry.get("operations", []):
                if operation_id not in operation_ids:
                    self._problem(
                        join_pointer("/x-zoho-error-codes", index, "operations"), f"no operation {operation_id!r}"
                    )


_TYPE_CHECKER = jsonschema.Draft202012Validator.TYPE_CHECKER


def _types(schema: dict[str, Any]) -> tuple[str, ...]:
    """The JSON types a schema's own ``type`` keyword allows (empty if it has none)."""
    kind = schema.get("type")
    if isinstance(kind, str):
        return (kind,)
    if isinstance(kind, list):
        return tuple(item for item in kind if isinstance(item, str))
    return ()


def _media_examples(document: dict[str, Any], response: dict[str, Any]) -> Iterator[Any]:
    for media in (response.get("content") or {}).values():
        if "example" in media:
            yield media["example"]
        for example in (media.get("examples") or {}).values():
            example = resolve_local_ref(document, example)
            if "value" in example:
                yield example["value"]


def _walk_objects(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str]]:
    """Yield ``(pointer, node, kind)`` for every OpenAPI object whose kind matters to the checks."""
    yield "", document, "root"
    if isinstance(document.get("info"), dict):
        yield "/info", document["info"], "info"
    for index, server in enumerate(document.get("servers") or []):
        yield join_pointer("/servers", index), server, "server"
    for index, tag in enumerate(document.get("tags") or []):
        yield join_pointer("/tags", index), tag, "tag"
    for path, path_item in (document.get("paths") or {}).items():
        pointer = join_pointer("/paths", path)
        yield pointer, path_item, "path_item"
        yield from _walk_parameters(join_pointer(pointer, "parameters"), path_item.get("parameters"))
        for method in HTTP_METHODS:
            if method in path_item:
                yield from _walk_operation(join_pointer(pointer, method), path_item[method])
    for name, path_item in (document.get("webhooks") or {}).items():
        pointer = join_pointer("/webhooks", name)
        yield pointer, path_item, "path_item"
        yield from _walk_parameters(join_pointer(pointer, "parameters"), path_item.get("parameters"))
        for method in HTTP_METHODS:
            if method in path_item:
                for at, node, kind in _walk_operation(join_pointer(pointer, method), path_item[method]):
                    yield at, node, "webhook" if kind == "operation" else kind
    components = document.get("components") or {}
    for name, schema in (components.get("schemas") or {}).items():
        yield from _walk_schema(join_pointer("/components/schemas", name), schema)
    for name, response in (components.get("responses") or {}).items():
        yield from _walk_response(join_pointer("/components/responses", name), response)
    for name, parameter in (components.get("parameters") or {}).items():
        yield from _walk_parameters("/components/parameters", {name: parameter})
    for name, example in (components.get("examples") or {}).items():
        yield join_pointer("/components/examples", name), example, "example"
    for name, scheme in (components.get("securitySchemes") or {}).items():
        yield join_pointer("/components/securitySchemes", name), scheme, "security_scheme"


def _walk_operation(pointer: str, operation: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str]]:
    yield pointer, operation, "operation"
    yield from _walk_parameters(join_pointer(pointer, "parameters"), operation.get("parameters"))
    body = operation.get("requestBody")
    if isinstance(body, dict) and "$ref" not in body:
        yield join_pointer(pointer, "requestBody"), body, "request_body"
        yield from _walk_content(join_pointer(pointer, "requestBody", "content"), body.get("content"))
    for code, response in (operation.get("responses") or {}).items():
        yield from _walk_response(join_pointer(pointer, "responses", code), response)


def _walk_parameters(pointer: str, parameters: Any) -> Iterator[tuple[str, dict[str, Any], str]]:
    items = parameters.items() if isinstance(parameters, dict) else enumerate(parameters or [])
    for key, parameter in items:
        at = join_pointer(pointer, key)
        if "$ref" in parameter:
            continue
        yield at, parameter, "parameter"
        if "schema" in parameter:
            yield from _walk_schema(join_pointer(at, "schema"), parameter["schema"])
        yield from _walk_examples(join_pointer(at, "examples"), parameter.get("examples"))


def _walk_response(pointer: str, response: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], str]]:
    if "$ref" in response:
        return
    yield pointer, response, "response"
    for name, header in (response.get("headers") or {}).items():
        at = join_pointer(pointer, "headers", name)
        yield at, header, "header"
        if "schema" in header:
            yield from _walk_schema(join_pointer(at, "schema"), header["schema"])
    yield from _walk_content(join_pointer(pointer, "content"), response.get("content"))


def _walk_content(pointer: str, content: Any) -> Iterator[tuple[str, dict[str, Any], str]]:
    for media_type, media in (content or {}).items():
        at = join_pointer(pointer, media_type)
        yield at, media, "media_type"
        if "schema" in media:
            yield from _walk_schema(join_pointer(at, "schema"), media["schema"])
        yield from _walk_examples(join_pointer(at, "examples"), media.get("examples"))


def _walk_examples(pointer: str, examples: Any) -> Iterator[tuple[str, dict[str, Any], str]]:
    for name, example in (examples or {}).items():
        if "$ref" not in example:
            yield join_pointer(pointer, name), example, "example"


def _walk_schema(pointer: str, schema: Any) -> Iterator[tuple[str, dict[str, Any], str]]:
    if not isinstance(schema, dict):
        return
    yield pointer, schema, "schema"
    for keyword in _SUBSCHEMA:
        if keyword in schema:
            yield from _walk_schema(join_pointer(pointer, keyword), schema[keyword])
    for keyword in _SUBSCHEMA_LISTS:
        for index, subschema in enumerate(schema.get(keyword) or []):
            yield from _walk_schema(join_pointer(pointer, keyword, index), subschema)
    for keyword in _SUBSCHEMA_MAPS:
        for name, subschema in (schema.get(keyword) or {}).items():
            yield from _walk_schema(join_pointer(pointer, keyword, name), subschema)


def _is_authorization_header(schemes: dict[str, Any]) -> bool:
    """Whether one of these schemes is an API key in the `Authorization` header (Zoho's token form)."""
    return any(
        scheme.get("type") == "apiKey"
        and scheme.get("in") == "header"
        and str(scheme.get("name", "")).lower() == "authorization"
        for scheme in schemes.values()
    )
