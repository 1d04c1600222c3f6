"""The bundled OpenAPI description the mock is driven by: where it is, its routes and operations.

Everything the mock knows about the API's shape comes from here: the paths and methods it routes,
each operation's success status, message (`x-zoho-success-message`), response schema, accepted
request fields and OAuth scopes.
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

__all__ = ["SPEC_FILE_NAME", "ApiSpec", "Operation", "Route", "SpecNotFoundError", "default_spec_path", "load_spec"]

SPEC_FILE_NAME = "zoho-billing.json"
_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class SpecNotFoundError(FileNotFoundError):
    """No bundled spec where the mock looks for it."""


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
        for template, path_item in document.get("paths", {}).items():
            operations = {}
            for method in _HTTP_METHODS:
                if method in path_item:
                    operation = self._operation(template, method, path_item[method])
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

    def _operation(self, template: str, method: str, raw: dict[str, Any]) -> Operation:
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
