"""One API operation as the SDK layer sends it: its HTTP method and path, its parameters and body
schema, whether it may be retried after it may have taken effect, and ``prepare()``, which checks
the arguments and turns them into the parts of an HTTP request.

An object passed back to an update (``client.customers.update(id, customer)``) contributes only
the fields the operation's request schema declares and does not mark ``readOnly``, at every depth:
server-assigned fields, response-only fields and fields the spec does not know are not sent (the
caller's object keeps them untouched). Keyword arguments are sent over it, and ``extra_body`` is
sent as given, for a field the caller means to send although the spec does not list it.

The instances (one per operation of the spec) are written by ``make generate`` into
``resources/<resource>.py`` (each module its own). This file is copied unchanged into the generated
package.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, NamedTuple
from urllib.parse import quote

from ._deprecation import deprecation_message, warn_deprecated
from ._exceptions import FieldError, ZohoBillingValidationError
from ._validation import Checker, Projector, SchemaCompiler
from .types import Unset, json_dumps

__all__ = ["Operation", "Param", "Prepared"]


class Param(NamedTuple):
    """A path or query parameter (its Python name is its wire name)."""

    name: str
    schema: Mapping[str, Any]
    required: bool = False
    deprecated: bool = False  # a DeprecationWarning when it is passed (with x-zoho-sunset's date)
    sunset: str | None = None


class Prepared(NamedTuple):
    """The checked parts of a request: path below the base URL, query parameters, JSON body."""

    path: str
    params: dict[str, Any] | None
    content: bytes | None


class Operation:
    """An operation of the spec (see the module docstring)."""

    __slots__ = (
        "_body_checker",
        "_compiled",
        "_lock",
        "_param_checkers",
        "_projector",
        "accept",
        "body_schema",
        "compiler",
        "deprecation",
        "idempotent",
        "method",
        "module",
        "operation_id",
        "path",
        "path_params",
        "query_params",
        "sdk_name",
    )

    def __init__(
        self,
        *,
        operation_id: str,
        module: str,
        sdk_name: str,
        method: str,
        path: str,
        idempotent: bool,
        compiler: SchemaCompiler,
        path_params: tuple[Param, ...] = (),
        query_params: tuple[Param, ...] = (),
        body_schema: Mapping[str, Any] | None = None,
        accept: str | None = None,
        deprecated: bool = False,
        sunset: str | None = None,
    ) -> None:
        self.operation_id = operation_id
        # The API module (tag) the operation belongs to: Zoho reuses error codes across modules with
        # other meanings, so a code is looked up with its module.
        self.module = module
        self.sdk_name = sdk_name
        self.method = method
        self.path = path
        # True when repeating the request cannot do more than doing it once (GET, PUT, DELETE and
        # the mark active/inactive state setters): such requests are retried after timeouts and 5xx.
        self.idempotent = idempotent
        self.compiler = compiler
        self.path_params = path_params
        self.query_params = query_params
        self.body_schema = body_schema
        # A second call of an operation that asks for a document (x-zoho-sdk.variants, such as
        # the invoice PDF): the media type sent in Accept; the answer is returned as its bytes.
        self.accept = accept
        # The DeprecationWarning emitted on each call of a deprecated operation (x-zoho-sunset's date in it).
        self.deprecation = deprecation_message(f"`{sdk_name}` ({method} {path})", sunset) if deprecated else None
        self._compiled = False
        self._lock = threading.Lock()
        self._param_checkers: dict[str, Checker] = {}
        self._body_checker: Checker | None = None
        self._projector: Projector | None = None

    def __repr__(self) -> str:
        return f"<Operation {self.sdk_name} ({self.method} {self.path})>"

    def _compile(self) -> None:
        with self._lock:
            if self._compiled:
                return
            for param in (*self.path_params, *self.query_params):
                self._param_checkers[param.name] = self.compiler.compile(param.schema)
            if self.body_schema is not None:
                self._body_checker = self.compiler.compile(self.body_schema)
                self._projector = self.compiler.projector(self.body_schema)
            self._compiled = True

    def prepare(
        self,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        body: Mapping[str, Any] | None = None,
        base: Any = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Prepared:
        """Check the arguments against the spec and build the request parts.

        ``body`` holds the keyword arguments (``UNSET`` ones are left out); ``base`` is an object to
        start from (a model, or a mapping), as in a retrieve-modify-update, of which only the fields
        the request schema declares as writable are sent (see the module docstring); ``extra_body``
        and ``extra_query`` are sent as given, for fields the spec does not list. Raises
        ``ZohoBillingValidationError`` naming every bad field; nothing is sent then.
        """
        if not self._compiled:
            self._compile()
        if self.deprecation is not None:
            warn_deprecated(self.deprecation)
        errors: list[FieldError] = []
        checkers = self._param_checkers
        url = self.path
        for param in self.path_params:
            before = len(errors)
            value = checkers[param.name](path[param.name] if path else None, param.name, errors)
            if isinstance(value, str) and not value and len(errors) == before:
                errors.append(FieldError(param.name, "must not be empty"))
            url = url.replace("{" + param.name + "}", quote(value, safe="") if isinstance(value, str) else "")
        params: dict[str, Any] | None = None
        if query:
            params = {}
            for param in self.query_params:
                value = query.get(param.name)
                if value is None or isinstance(value, Unset):
                    continue
                if param.deprecated:
                    warn_deprecated(
                        deprecation_message(f"the parameter `{param.name}` of {self.method} {self.path}", param.sunset)
                    )
                checked = checkers[param.name](value, param.name, errors)
                # A number travels as text in the URL: written out in full, never in exponent form
                # (Decimal("1E+2") -> "100"), which is what Zoho parses.
                params[param.name] = format(checked, "f") if isinstance(checked, Decimal) else checked
        if extra_query:
            params = {**(params or {}), **extra_query}
            for name, value in extra_query.items():
                _check_extra_query(name, value, errors)
        content: bytes | None = None
        if self._body_checker is not None:
            merged = self._merge_body(base, body, extra_body, errors)
            checked = self._body_checker(merged, "", errors)
            if not errors:
                try:
                    content = json_dumps(checked)
                except (TypeError, ValueError, UnicodeEncodeError, RecursionError) as error:
                    # A value of extra_body (or a mapping's unknown key) that JSON cannot hold.
                    errors.append(FieldError("body", f"cannot be written as JSON ({type(error).__name__}: {error})"))
        if errors:
            raise ZohoBillingValidationError(self.sdk_name, errors)
        return Prepared(url, params, content)

    def _merge_body(
        self,
        base: Any,
        body: Mapping[str, Any] | None,
        extra_body: Mapping[str, Any] | None,
        errors: list[FieldError],
    ) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        if base is not None:
            if isinstance(base, Mapping):
                source: Mapping[str, Any] = base
            elif callable(getattr(base, "to_dict", None)):
                source = base.to_dict()
            else:
                errors.append(FieldError("body", f"must be a model or a mapping, not {type(base).__name__}"))
                source = {}
            projector = self._projector
            merged = projector(source) if projector is not None else dict(source)
        if body:
            for key, value in body.items():
                if not isinstance(value, Unset):
                    merged[key] = value
        if extra_body:
            merged.update(extra_body)
        return merged


def _check_extra_query(name: Any, value: Any, errors: list[FieldError]) -> None:
    """``extra_query`` goes to httpx as given; refuse here what httpx could not encode."""
    field = f"extra_query.{name}"
    if not isinstance(name, str):
        errors.append(FieldError(field, f"the name must be a string, not {type(name).__name__}"))
        return
    values = value if isinstance(value, list | tuple) else [value]
    for item in values:
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                errors.append(FieldError(field, "is not valid Unicode (it holds a lone surrogate)"))
        elif item is not None and not isinstance(item, int | float | bool):
            errors.append(FieldError(field, f"must be a string or a number, not {type(item).__name__}"))
