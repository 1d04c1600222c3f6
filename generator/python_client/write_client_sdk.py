"""The SDK layer of the client package (``ZohoBilling``, ``AsyncZohoBilling``), part of step "client".

Two sources, written into the package beside what openapi-python-client generated:

* ``generator/python_client/runtime/*.py``, the hand-written runtime (transport, auth, retries, errors,
  pagination, request validation), copied unchanged;
* ``generator/python_client/sdk/*.jinja``, rendered from the API model: the clients, the data centres and
  the error-code constants, and one module per API module (``resources/<resource>.py``) holding its
  resource classes, with every parameter and body field as a typed keyword argument, and its
  operations with the request schemas the runtime checks arguments against.

Nothing grows the import of the package with the number of modules: the client's resource
attributes import their module on first use, ``resources`` and ``models`` export their names lazily
(a module ``__getattr__``; ``TYPE_CHECKING`` imports for type checkers). The eager ``models/__init__.py``
openapi-python-client writes is rewritten so (:func:`_lazy_models_init`).

Everything is read from the API model (:mod:`generator.core.api_model`): resource and method names, the
result's kind and key, idempotency and pagination are the operation's ``x-zoho-sdk``, the
organization header is the parameter marked ``x-zoho-organization-header``. Request schemas are reduced to the
keywords the runtime's validator checks; a keyword it does not know stops generation, so a rule
added to the spec is never silently skipped by the SDK.
"""

from __future__ import annotations

import dataclasses
import keyword
import re
import shutil
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2

from generator.core.api_model import SUNSET_EXTENSION, ApiModel, ApiOperation, Deprecation
from generator.core.openapi_document import resolve_local_ref
from generator.core.tools import ToolError
from generator.python_common.lazy_exports import lazy_exports_module
from generator.python_common.python_view import REQUIRED_ALTERNATIVES_KEY

RUNTIME_DIR = Path(__file__).parent / "runtime"
SDK_TEMPLATES = Path(__file__).parent / "sdk"

_REF_PREFIX = "#/components/schemas/"
# The keywords the runtime validator checks, and those that only describe (ignored by it). `enum` is
# ignored on purpose: enums are open (Zoho adds values), so unknown values are sent, not rejected.
_CHECKED = frozenset(
    {"type", "required", "properties", "items", "$ref", "minLength", "maxLength", "pattern", "minimum", "maximum"}
)
_CHECKED_FORMATS = frozenset({"decimal", "date", "email"})
_DESCRIPTIVE = frozenset(
    {"title", "description", "default", "example", "examples", "readOnly", "writeOnly", "deprecated", "enum", "format"}
)


@dataclass
class Argument:
    """A keyword (or positional, for path parameters) argument of an SDK method."""

    name: str
    location: str  # path, query or body
    annotation: str
    required: bool
    doc: str


@dataclass
class SdkOperation:
    operation_id: str
    constant: str
    module: str  # the API module (tag): Zoho's error codes mean something per module
    resource: str
    method: str
    http_method: str
    path: str
    summary: str
    description: str
    idempotent: bool
    path_params: list[Argument] = field(default_factory=list)
    query_params: list[Argument] = field(default_factory=list)
    body_fields: list[Argument] = field(default_factory=list)
    param_schemas: list[tuple[str, str, Any, bool]] = field(default_factory=list)  # (location, name, schema, required)
    # The deprecated operation and query parameters: the runtime warns on use (runtime/_deprecation.py).
    deprecation: Deprecation | None = None
    param_deprecations: dict[str, Deprecation] = field(default_factory=dict)
    body_schema: dict[str, Any] | None = None
    body_model: str | None = None
    base_param: str | None = None  # update: the object to start from (retrieve-modify-update)
    base_types: list[str] = field(default_factory=list)  # the models it may be
    result_kind: str = "model"  # model, page, list, status or binary
    result_model: str = ""
    result_key: str | None = None
    accept: str | None = None  # a variant (x-zoho-sdk.variants): the media type it asks for

    @property
    def keyword_required(self) -> list[Argument]:
        return [arg for arg in self.query_params + self.body_fields if arg.required]

    @property
    def keyword_optional(self) -> list[Argument]:
        return [arg for arg in self.query_params + self.body_fields if not arg.required]


@dataclass
class Resource:
    name: str
    class_name: str
    description: str
    operations: list[SdkOperation]

    @property
    def title(self) -> str:
        first = self.description.strip().split("\n\n")[0]
        return " ".join(first.split()) or f"the {self.name} operations."


def write_client_sdk(model: ApiModel, package_dir: Path, *, version: str) -> list[Path]:
    """Copy the runtime into ``package_dir`` and render the SDK templates from the API model.

    ``model`` reads the document the Python generators read (``ApiModel.with_document`` of the
    Python view), so that the schemas checked are those the models were generated from."""
    written = []
    for source in sorted(RUNTIME_DIR.glob("*.py")):
        target = package_dir / source.name
        shutil.copyfile(source, target)
        written.append(target)
    context = _context(model, package_dir, version)
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(SDK_TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,  # noqa: S701 - renders Python source, not HTML
    )
    environment.filters["docstring"] = _docstring
    environment.filters["py"] = _python_literal
    environment.filters["tuple"] = tuple
    for template in sorted(SDK_TEMPLATES.glob("*.py.jinja")):
        target = package_dir / template.name.removesuffix(".jinja")
        target.write_text(environment.get_template(template.name).render(**context), encoding="utf-8")
        written.append(target)
    resources_dir = package_dir / "resources"
    resources_dir.mkdir(exist_ok=True)
    target = resources_dir / "__init__.py"
    target.write_text(_resources_init(context["resources"]), encoding="utf-8")
    written.append(target)
    for resource in context["resources"]:
        target = resources_dir / f"{resource.name}.py"
        text = environment.get_template("resources/module.py.jinja").render(
            **_resource_context(model, resource, context["model_names"])
        )
        target.write_text(text, encoding="utf-8")
        written.append(target)
    models_init = package_dir / "models" / "__init__.py"
    models_init.write_text(_lazy_models_init(models_init.read_text(encoding="utf-8")), encoding="utf-8")
    written.append(models_init)
    return written


# --- context ---------------------------------------------------------------------------------
def _context(model: ApiModel, package_dir: Path, version: str) -> dict[str, Any]:
    bundle = model.document
    schemas: dict[str, Any] = bundle["components"]["schemas"]
    model_names = _model_names(package_dir)
    missing = sorted(name for name in schemas if name not in model_names)
    if missing:
        raise ToolError(f"SDK layer: no generated model class for schema(s) {', '.join(missing)}")
    operations = [variant for op in model.operations for variant in _with_variants(op, _operation(model, op))]
    _set_base_types(operations)
    resources = []
    for api_resource in model.resources:
        ops = [op for op in operations if op.resource == api_resource.name]
        resources.append(Resource(api_resource.name, _class_name(api_resource.name), api_resource.description, ops))
    return {
        "version": version,
        "title": bundle["info"]["title"],
        "operations": operations,
        "resources": resources,
        "model_names": model_names,
        "data_centers": _data_centers(bundle),
        "error_codes": bundle.get("x-zoho-error-codes", []),
        **_auth_facts(model),
        **_webhook_facts(model, model_names),
    }


def _resource_context(model: ApiModel, resource: Resource, model_names: set[str]) -> dict[str, Any]:
    """What ``resources/<resource>.py`` is rendered from: its operations, the models they use and the
    (reduced) request schemas they check, transitively."""
    bundle = model.document
    schemas: dict[str, Any] = bundle["components"]["schemas"]
    operations = resource.operations
    used_models = sorted(
        {name for op in operations for name in (op.result_model, op.body_model, *op.base_types) if name}
        | {
            name
            for op in operations
            for arg in op.path_params + op.query_params + op.body_fields
            for name in _names_in(arg.annotation, schemas)
        }
    )
    return {
        "resource": resource,
        "operations": operations,
        "schemas": _reduced_schemas(bundle, operations),
        "used_models": used_models,
    }


def _resources_init(resources: list[Resource]) -> str:
    """``resources/__init__.py``: each resource's classes, imported from its module on first use."""
    listing = "\n".join(f"* ``{r.name}``: ``{r.class_name}``, ``Async{r.class_name}``" for r in resources)
    return lazy_exports_module(
        "The resources of ``ZohoBilling`` and ``AsyncZohoBilling``, one module per API module.\n\n"
        f"{listing}\n\n"
        "Nothing is imported until it is used: ``client.<resource>`` imports its module on first access,\n"
        "and so does ``from zoho_billing_client.resources import <Class>`` (a module ``__getattr__``), so the\n"
        "cost of importing the package does not grow with the number of modules. Generated by\n"
        "`make generate`; do not edit.\n",
        {
            f"{prefix}{resource.class_name}{suffix}": resource.name
            for resource in resources
            for prefix in ("Async", "")
            for suffix in ("", "WithRawResponse")
        },
    )


def _lazy_models_init(text: str) -> str:
    """openapi-python-client's ``models/__init__.py`` (one eager import per model) made lazy: the same
    names, each imported from its module on first access; ``TYPE_CHECKING`` imports for type checkers."""
    # Also accepts its own output (the lazy form), so that rendering twice gives the same file.
    imports = re.findall(r"^\s*from \.(\w+) import (\w+)$", text, flags=re.MULTILINE)
    if not imports or len(imports) != len(re.findall(r"^\s*from \.", text, flags=re.MULTILINE)):
        raise ToolError("SDK layer: models/__init__.py is not one `from .<module> import <Name>` line per model")
    return lazy_exports_module(
        "Every data model of the API, each imported from its module on first use (a module ``__getattr__``).",
        {name: module for module, name in imports},
    )


def _model_names(package_dir: Path) -> set[str]:
    text = (package_dir / "models" / "__init__.py").read_text(encoding="utf-8")
    return set(re.findall(r'^\s+"(\w+)",$', text, flags=re.MULTILINE))


def _operation(model: ApiModel, api_op: ApiOperation) -> SdkOperation:
    bundle = model.document
    method, path, raw = api_op.method, api_op.path, model.node(api_op.pointer)
    where = f"{method.upper()} {path}"
    name = api_op.sdk
    operation_id = api_op.operation_id
    for part in (name.resource, name.method):
        if not part.isidentifier() or keyword.iskeyword(part):
            raise ToolError(f"SDK layer: {where}: {part!r} is not usable as a Python name")
    op = SdkOperation(
        operation_id=operation_id,
        constant=operation_id.upper(),
        module=api_op.tag,
        resource=name.resource,
        method=name.method,
        http_method=method.upper(),
        path=path,
        summary=raw.get("summary", ""),
        description=raw.get("description", ""),
        idempotent=name.idempotent,
        deprecation=api_op.deprecation,
    )
    schemas = bundle["components"]["schemas"]
    for api_parameter in api_op.parameters:
        if api_parameter.organization_header:
            continue  # set once per client
        parameter = model.parameter_node(api_parameter)
        location = parameter["in"]
        if location not in ("path", "query"):
            raise ToolError(f"SDK layer: {where}: {location} parameter {parameter['name']!r} is not supported")
        schema = parameter.get("schema", {})
        required = bool(parameter.get("required", location == "path"))
        doc = parameter.get("description") or resolve_local_ref(bundle, schema).get("description", "")
        argument = Argument(
            parameter["name"], location, _annotation(bundle, schema), required, _with_values(bundle, schema, doc)
        )
        (op.path_params if location == "path" else op.query_params).append(argument)
        op.param_schemas.append(
            (location, parameter["name"], _reduce(bundle, schema, f"{where} {parameter['name']}"), required)
        )
        if api_parameter.deprecation is not None:
            if location == "path":
                raise ToolError(f"SDK layer: {where}: path parameter {parameter['name']!r} cannot be deprecated")
            op.param_deprecations[parameter["name"]] = api_parameter.deprecation
    if "requestBody" in raw:
        if api_op.request_schema is None:
            raise ToolError(f"SDK layer: {where}: the request body must be a $ref to a component schema")
        op.body_model = api_op.request_schema
        op.body_schema = {"$ref": _REF_PREFIX + op.body_model}
        body_schema = schemas[op.body_model]
        if method == "put":
            # Retrieve-modify-update: the object to start from is named as the result it returns.
            op.base_param = name.result_key or "body"
        required_fields = set(body_schema.get("required", []))
        for prop, prop_schema in body_schema.get("properties", {}).items():
            doc = prop_schema.get("description") or resolve_local_ref(bundle, prop_schema).get("description", "")
            op.body_fields.append(
                Argument(
                    prop,
                    "body",
                    _annotation(bundle, prop_schema),
                    prop in required_fields and op.base_param is None,
                    _with_values(bundle, prop_schema, doc),
                )
            )
    _set_result(api_op, op)
    names = [arg.name for arg in op.path_params + op.query_params + op.body_fields]
    names += [op.base_param] if op.base_param else []
    reserved = {"self", "extra_body", "extra_query", "extra_headers", "timeout", "max_retries", "with_raw_response"}
    clashes = sorted(
        {n for n in names if names.count(n) > 1 or n in reserved or keyword.iskeyword(n) or not n.isidentifier()}
    )
    if clashes:
        raise ToolError(f"SDK layer: {where}: argument name(s) {', '.join(clashes)} clash or are not Python names")
    return op


def _with_variants(api_op: ApiOperation, op: SdkOperation) -> list[SdkOperation]:
    """The operation, then one method per ``x-zoho-sdk.variants`` entry: the same path and query
    parameters, no body, ``Accept: <accept>``, and the body's bytes as the result."""
    variants = [op]
    for variant in api_op.sdk.variants:
        variants.append(
            dataclasses.replace(
                op,
                constant=f"{op.constant}_{variant.method.upper()}",
                method=variant.method,
                summary=f"{op.summary}, as {variant.accept}",
                path_params=list(op.path_params),
                query_params=list(op.query_params),
                body_fields=[],
                param_schemas=list(op.param_schemas),
                param_deprecations=dict(op.param_deprecations),
                body_schema=None,
                body_model=None,
                base_param=None,
                base_types=[],
                result_kind="binary",
                result_model="",
                result_key=None,
                accept=variant.accept,
            )
        )
    return variants


def _set_result(api_op: ApiOperation, op: SdkOperation) -> None:
    """The result, as ``x-zoho-sdk`` states it (checked against the success schema by the API model)."""
    facts = api_op.sdk
    op.result_key = facts.result_key
    if facts.result_kind == "status":
        op.result_kind, op.result_model = "status", api_op.success_schema
    else:
        op.result_kind = facts.result_kind if facts.result_kind in ("page", "list") else "model"
        op.result_model = api_op.result_schema or ""


def _set_base_types(operations: list[SdkOperation]) -> None:
    """For updates: the models the object to start from may be (the resource's own models, from the
    operations on the same collection, and the request model). What of it is sent is decided at run
    time by the request schema alone (``SchemaCompiler.projector``): its writable fields."""
    for op in operations:
        if op.base_param is None or op.body_model is None:
            continue
        collection = op.path.split("/")[1]
        models = {
            other.result_model: None
            for other in [op, *operations]
            if other.path.split("/")[1] == collection and other.result_kind in ("model", "page")
        }
        op.base_types = [*models, op.body_model]


# --- schemas ---------------------------------------------------------------------------------
def _reduce(bundle: dict[str, Any], schema: dict[str, Any], where: str) -> dict[str, Any]:
    """The schema with only the keywords the runtime validator checks (see module docstring)."""
    reduced: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "readOnly" and value is True:
            reduced[key] = True  # a request schema's read-only field is not sent from a retrieved object
            continue
        if key == REQUIRED_ALTERNATIVES_KEY:
            # Required alternatives (customer_id or customer), set aside by the Python view: the
            # runtime checks them as JSON Schema's `anyOf` / `oneOf` of `required`-only branches.
            for keyword, branches in value.items():
                reduced[keyword] = [{"required": list(names)} for names in branches]
            continue
        if (key == "deprecated" and value is True) or key == SUNSET_EXTENSION:
            reduced[key] = value  # the runtime warns when a deprecated field is sent (_deprecation.py)
            continue
        if key.startswith("x-") or (key in _DESCRIPTIVE and key != "format"):
            continue
        if key == "format":
            if value in _CHECKED_FORMATS:
                reduced[key] = value
            continue
        if key not in _CHECKED:
            raise ToolError(f"SDK layer: {where}: schema keyword {key!r} is not checked by the SDK validator")
        if key == "properties":
            reduced[key] = {name: _reduce(bundle, sub, f"{where}.{name}") for name, sub in value.items()}
        elif key == "items":
            reduced[key] = _reduce(bundle, value, f"{where}[]")
        elif key == "type" and not isinstance(value, str):
            raise ToolError(f"SDK layer: {where}: only a single `type` is supported, not {value!r}")
        else:
            reduced[key] = value
    return reduced


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value.removeprefix(_REF_PREFIX)
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _reduced_schemas(bundle: dict[str, Any], operations: list[SdkOperation]) -> dict[str, Any]:
    """Every component schema a request refers to (transitively), reduced, in the bundle's order."""
    schemas = bundle["components"]["schemas"]
    pending = [name for op in operations for name in _refs([op.body_schema, [s for *_, s, _ in op.param_schemas]])]
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        pending.extend(_refs(schemas[name]))
    return {name: _reduce(bundle, schemas[name], f"#/components/schemas/{name}") for name in schemas if name in seen}


def _annotation(bundle: dict[str, Any], schema: dict[str, Any]) -> str:
    """The Python type an argument accepts (models or plain mappings for objects, open enums as str)."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(_REF_PREFIX)
        target = bundle["components"]["schemas"][name]
        if target.get("type") == "object" or "properties" in target:
            return f"{name} | Mapping[str, Any]"
        if "enum" in target:
            return f"{name} | str"
        return _annotation(bundle, target)
    kind = schema.get("type")
    if kind == "string":
        if schema.get("format") == "date":
            return "datetime.date | str"
        return "str"
    if kind == "integer":
        return "int"
    if kind == "number":
        return "Decimal | float"
    if kind == "boolean":
        return "bool"
    if kind == "array":
        return f"Sequence[{_annotation(bundle, schema.get('items', {}))}]"
    if kind == "object":
        return "Mapping[str, Any]"
    return "Any"


def _names_in(annotation: str, schemas: dict[str, Any]) -> set[str]:
    return {word for word in re.findall(r"\w+", annotation) if word in schemas}


def _with_values(bundle: dict[str, Any], schema: dict[str, Any], doc: str) -> str:
    target = resolve_local_ref(bundle, schema)
    values = target.get("enum")
    if values:
        doc = f"{doc.rstrip()} One of {', '.join(f'`{value}`' for value in values)} (others are sent as given)."
    return doc.strip()


# --- facts -----------------------------------------------------------------------------------
def _auth_facts(model: ApiModel) -> dict[str, Any]:
    bundle = model.document
    organization = model.parameter_node(model.organization_header)
    schemes = list(bundle["components"]["securitySchemes"].values())
    oauth = next((scheme for scheme in schemes if scheme.get("type") == "oauth2"), None)
    if oauth is None or "x-zoho-token-prefix" not in oauth:
        raise ToolError("SDK layer: no oauth2 security scheme with x-zoho-token-prefix")
    token_url = next(iter(oauth["flows"].values()))["tokenUrl"]
    return {
        "organization_header": model.organization_header.name,
        "organization_pattern": organization.get("schema", {}).get("pattern", "^.+$"),
        "token_prefix": oauth["x-zoho-token-prefix"],
        "token_path": urlsplit(token_url).path,
    }


def _webhook_facts(model: ApiModel, model_names: set[str]) -> dict[str, Any]:
    """What ``_webhook_spec.py`` is rendered from: the signature scheme and, per event type, the payload key
    and the model of its record (``zoho_billing_client.webhooks`` reads them; nothing about an event type is
    written in Python)."""
    if model.webhook_signature is None:
        raise ToolError("SDK layer: the bundle has no x-zoho-webhook-signature")
    payload_models: dict[str, str | None] = {}
    for webhook in model.webhooks:
        schema = webhook.payload_schema
        if schema is not None and schema not in model_names:
            raise ToolError(f"SDK layer: webhook {webhook.name}: no generated model class for {schema}")
        if payload_models.setdefault(webhook.payload_key, schema) != schema:
            raise ToolError(
                f"SDK layer: webhook {webhook.name}: data.{webhook.payload_key} is {schema}, another webhook's "
                f"is {payload_models[webhook.payload_key]}"
            )
        if not webhook.payload_key.isidentifier() or keyword.iskeyword(webhook.payload_key):
            raise ToolError(f"SDK layer: webhook {webhook.name}: {webhook.payload_key!r} is not a Python name")
    if "raw" in payload_models:
        raise ToolError("SDK layer: a webhook payload key is `raw`, which WebhookEventData keeps for the JSON")
    return {
        "webhooks": list(model.webhooks),
        "payload_models": payload_models,
        "webhook_models": sorted({name for name in payload_models.values() if name}),
        "signature": model.webhook_signature,
    }


def _data_centers(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    centers = []
    for server in bundle["servers"]:
        facts = server.get("x-zoho-data-center")
        if facts is None:
            raise ToolError(f"SDK layer: server {server['url']} has no x-zoho-data-center")
        centers.append({**facts, "api_url": server["url"], "description": server.get("description", "")})
    return centers


# --- filters ---------------------------------------------------------------------------------
def _class_name(resource: str) -> str:
    return "".join(part.capitalize() for part in resource.split("_"))


def _docstring(text: str, indent: int = 8, width: int = 112) -> str:
    """``text`` wrapped for a docstring: lines after the first indented by ``indent`` spaces, escaped."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines: list[str] = []
    for paragraph in text.strip().split("\n\n"):
        if lines:
            lines.append("")
        lines.extend(textwrap.wrap(" ".join(paragraph.split()), max(width - indent, 40)) or [""])
    pad = " " * indent
    return "\n".join(line if index == 0 or not line else pad + line for index, line in enumerate(lines))


def _python_literal(value: Any) -> str:
    return repr(value)
