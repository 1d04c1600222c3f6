"""Request validation against the spec with openapi-core, turned into Zoho's 400 envelope.

Authentication is checked by the mock itself (see `auth.py`): openapi-core has no OAuth 2.0
provider, so the security step here accepts every request.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from openapi_core import Config, OpenAPI
from openapi_core.casting.schemas.exceptions import CastError
from openapi_core.datatypes import RequestParameters
from openapi_core.deserializing.media_types.exceptions import MediaTypeDeserializeError
from openapi_core.security.factories import SecurityProviderFactory
from openapi_core.security.providers import BaseProvider
from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
from openapi_core.validation.request.exceptions import (
    InvalidRequestBody,
    MissingRequestBodyError,
    MissingRequiredParameter,
    ParameterValidationError,
    RequestBodyValidationError,
)
from openapi_core.validation.schemas.exceptions import InvalidSchemaValue

from .errors import generic_error
from .spec import ApiSpec

__all__ = ["MultiDict", "RequestValidator", "ValidationInput"]

_LOCATION_NAMES = {"header": "header", "query": "query parameter", "path": "path parameter", "cookie": "cookie"}
_MAX_DETAIL = 160


class MultiDict(Mapping[str, str]):
    """Query parameters or headers: first value per key, every value by `getlist`, optional case folding."""

    def __init__(self, pairs: Sequence[tuple[str, str]], *, case_insensitive: bool = False) -> None:
        self._fold = case_insensitive
        self._values: dict[str, list[str]] = {}
        self._names: dict[str, str] = {}
        for name, value in pairs:
            key = name.lower() if case_insensitive else name
            self._values.setdefault(key, []).append(value)
            self._names.setdefault(key, name)

    def _key(self, name: str) -> str:
        return name.lower() if self._fold else name

    def __getitem__(self, name: str) -> str:
        return self._values[self._key(name)][0]

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._key(name) in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._names[key] for key in self._values)

    def __len__(self) -> int:
        return len(self._values)

    def getlist(self, name: str) -> list[str]:
        return list(self._values.get(self._key(name), []))


@dataclass
class ValidationInput:
    """What openapi-core needs to know of a request (the `Request` protocol)."""

    host_url: str
    path: str
    method: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters = field(default_factory=RequestParameters)


class _AcceptAnyProvider(BaseProvider):
    def __call__(self, parameters: RequestParameters) -> Any:
        return None


class _NoOAuthCheck(SecurityProviderFactory):
    def __init__(self) -> None:
        self.PROVIDERS = {**SecurityProviderFactory.PROVIDERS, "oauth2": _AcceptAnyProvider}


class RequestValidator:
    """Validates API requests against the bundled spec; raises `ZohoError` (HTTP 400, code 4)."""

    def __init__(self, spec: ApiSpec) -> None:
        self._spec = spec
        config = Config(spec_validator_cls=None, security_provider_factory=_NoOAuthCheck())
        self._openapi = OpenAPI.from_dict(spec.document, config=config)
        self._validator = self._openapi.request_validator
        # openapi-core does not promise thread safety; validation is quick, so it runs one at a time.
        self._lock = threading.Lock()

    def validate(
        self,
        *,
        method: str,
        path: str,
        query: Sequence[tuple[str, str]],
        headers: Sequence[tuple[str, str]],
        body: bytes | None,
    ) -> None:
        header_map = MultiDict(headers, case_insensitive=True)
        content_type = header_map.get("Content-Type", "").lower()
        if body and not content_type:
            content_type = "application/json"
        request = ValidationInput(
            host_url=self._spec.server_host_url,
            path=path,
            method=method.lower(),
            body=body or None,
            content_type=content_type,
            parameters=RequestParameters(query=MultiDict(query), header=header_map),
        )
        with self._lock:
            errors = list(self._validator.iter_errors(request))
        if errors:
            raise generic_error(400, _message(errors[0]))


def _message(error: Exception) -> str:
    """A Zoho-style message naming the field, header or parameter at fault."""
    if isinstance(error, MissingRequiredParameter):
        return f"Missing required {_LOCATION_NAMES.get(error.location, error.location)}: {error.name}"
    if isinstance(error, ParameterValidationError):
        return f"Invalid value passed for {error.name}{_cause_detail(error.__cause__)}"
    if isinstance(error, MissingRequestBodyError):
        return "Missing request body: send a JSON object"
    if isinstance(error, InvalidRequestBody) and isinstance(error.__cause__, InvalidSchemaValue):
        return _body_message(error.__cause__)
    if isinstance(error, RequestBodyValidationError):
        cause = error.__cause__
        if isinstance(cause, MediaTypeNotFound):
            return f"Unsupported content type {cause.mimetype or '(none)'}: send application/json"
        if isinstance(cause, MediaTypeDeserializeError):
            return "Invalid JSON in request body"
    return _shorten(str(error))


def _body_message(cause: InvalidSchemaValue) -> str:
    schema_errors = list(cause.schema_errors)
    if not schema_errors:
        return "Invalid value passed for request body"
    first: Any = next((e for e in schema_errors if getattr(e, "validator", None) == "required"), schema_errors[0])
    path = [*getattr(first, "absolute_path", [])]
    if getattr(first, "validator", None) == "required" and isinstance(first.instance, dict):
        missing = [name for name in first.validator_value if name not in first.instance]
        if missing:
            return f"Missing required field: {_field_name([*path, missing[0]])}"
    name = _field_name(path) if path else "request body"
    return f"Invalid value passed for {name}: {_reason(first)}"


def _cause_detail(cause: BaseException | None) -> str:
    if isinstance(cause, InvalidSchemaValue) and cause.schema_errors:
        return f": {_reason(next(iter(cause.schema_errors)))}"
    if isinstance(cause, CastError):
        return f": must be of type {cause.type}"
    return ""


def _reason(error: Any) -> str:
    validator = getattr(error, "validator", None)
    expected = getattr(error, "validator_value", None)
    reasons = {
        "type": f"must be of type {expected}",
        "enum": f"must be one of {expected}",
        "const": f"must be {expected!r}",
        "pattern": f"must match the pattern {expected}",
        "format": f"must be a valid {expected}",
        "minLength": f"must have at least {expected} character(s)",
        "maxLength": f"must have at most {expected} characters",
        "minimum": f"must be at least {expected}",
        "maximum": f"must be at most {expected}",
    }
    return _shorten(reasons.get(str(validator), str(getattr(error, "message", error))))


def _field_name(path: Sequence[Any]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _shorten(text: str) -> str:
    return text if len(text) <= _MAX_DETAIL else text[: _MAX_DETAIL - 3] + "..."
