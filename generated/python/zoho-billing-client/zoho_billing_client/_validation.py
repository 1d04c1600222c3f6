"""Checking arguments against the spec's schemas before a request is sent, and making them JSON-ready.

The schemas are those of the bundled spec (the ``SCHEMAS`` of ``resources/<resource>.py`` and each
parameter's schema), reduced by ``make generate`` to the keywords checked here: ``type``, ``required``, ``properties``,
``items``, ``$ref``, ``minLength``, ``maxLength``, ``pattern``, ``minimum``, ``maximum`` and
``format`` (``decimal``, ``date``, ``email``), and an object's required alternatives: ``anyOf`` (at
least one branch) or ``oneOf`` (exactly one) whose branches carry only ``required`` (``customer_id``
or ``customer``), a property set to ``None`` counting as not given. The generator fails on any other
validation keyword, so a rule added to the spec cannot be silently ignored. ``enum`` is deliberately
not checked: Zoho adds values over time and the models treat enums as open.

A schema compiles once into a checker ``(value, field, errors) -> value``: it appends a
``FieldError`` for each problem and returns the value converted for the wire (models and mappings
to dicts, enum members to their string, dates to ISO strings, floats to exact ``Decimal``).
Unknown object keys pass through unchanged. ``None`` is accepted for an optional property (Zoho
sends ``null`` for empty fields, so a retrieved object can be sent back).

What came in can go out: Zoho's own examples print numbers where the spec says string (``phone:
23467278``, ``zip``, ``tax_id``, custom field values...), the models keep them as received, and a
string field therefore takes an ``int`` or a ``Decimal`` and sends its string form (``"23467278"``).
Floats (whose text is not the number written), booleans, mappings and lists are still refused for a
string field: those are caller mistakes, not Zoho data. A string that is not valid Unicode (a lone
surrogate) is refused, since it cannot be written as UTF-8.

Patterns follow JSON Schema (ECMA-262) semantics, not Python's: ``$`` matches only at the very end
(Python's ``$`` also matches before a final newline, which let ``"123\n"`` through ``^[0-9]+$``).

A property whose schema says ``deprecated: true`` (kept by the reduction, with ``x-zoho-sunset``) is
still checked and sent, with a ``DeprecationWarning`` naming it (see ``_deprecation.py``).

``SchemaCompiler.projector(schema)`` gives the function that keeps, at every depth, only the
properties a request schema declares and does not mark ``readOnly``: what an update sends from an
object the caller passes back (see ``_operation.py``).

This file is copied unchanged into the generated package by ``make generate``.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from ._deprecation import deprecation_message, warn_deprecated
from ._exceptions import FieldError

__all__ = ["Checker", "Projector", "SchemaCompiler", "describe_type", "ecma_pattern"]

Checker = Callable[[Any, str, list[FieldError]], Any]
Projector = Callable[[Any], Any]

_REF_PREFIX = "#/components/schemas/"
_TYPE_NAMES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "array": "an array",
    "object": "an object",
}


def describe_type(value: Any) -> str:
    return "None" if value is None else type(value).__name__


def _wrong_type(expected: str, value: Any, field: str, errors: list[FieldError]) -> Any:
    errors.append(FieldError(field, f"must be {_TYPE_NAMES[expected]}, not {describe_type(value)}"))
    return value


def _child(field: str, name: str) -> str:
    return f"{field}.{name}" if field else name


def ecma_pattern(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled with ECMA-262's meaning of ``$`` (end of input only, never before a final
    newline): each ``$`` outside a character class becomes ``\\Z``."""
    out: list[str] = []
    index, in_class = 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "$":
            char = "\\Z"
        out.append(char)
        index += 1
    return re.compile("".join(out))


def _not_unicode(value: str) -> bool:
    """True when ``value`` holds a lone surrogate (it cannot be written as UTF-8)."""
    if value.isascii():
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


class SchemaCompiler:
    """Compiles the reduced schemas into checkers; ``$ref`` targets are compiled once and shared."""

    def __init__(self, schemas: Mapping[str, Mapping[str, Any]]) -> None:
        self._schemas = schemas
        self._compiled: dict[str, Checker] = {}
        self._projectors: dict[str, Projector] = {}

    def compile(self, schema: Mapping[str, Any]) -> Checker:
        ref = schema.get("$ref")
        if ref is not None:
            return self._ref(str(ref))
        kind = schema.get("type")
        if kind == "string":
            return self._string(schema)
        if kind == "integer" or kind == "number":
            return self._number(schema, integer=kind == "integer")
        if kind == "boolean":
            return _boolean
        if kind == "array":
            return self._array(schema)
        if kind == "object" or "properties" in schema:
            return self._object(schema)
        return _anything

    def projector(self, schema: Mapping[str, Any]) -> Projector:
        """The function keeping only what ``schema`` declares as writable, at every depth (see module doc)."""
        ref = schema.get("$ref")
        if ref is not None:
            name = str(ref).removeprefix(_REF_PREFIX)
            projectors = self._projectors

            def project_ref(value: Any) -> Any:
                projector = projectors.get(name)
                if projector is None:
                    projector = projectors[name] = self.projector(self._schemas[name])
                return projector(value)

            return project_ref
        if schema.get("type") == "array" and isinstance(schema.get("items"), Mapping):
            project_item = self.projector(schema["items"])

            def project_array(value: Any) -> Any:
                return [project_item(item) for item in value] if isinstance(value, list | tuple) else value

            return project_array
        if "properties" in schema:
            fields = {
                name: self.projector(sub)
                for name, sub in schema["properties"].items()
                if not (isinstance(sub, Mapping) and sub.get("readOnly"))
            }

            def project_object(value: Any) -> Any:
                if not isinstance(value, Mapping):
                    to_dict = getattr(value, "to_dict", None)
                    if to_dict is None or isinstance(value, type):
                        return value  # not an object: the checker reports it
                    value = to_dict()
                return {key: fields[key](item) for key, item in value.items() if key in fields}

            return project_object
        return _unchanged

    def _ref(self, ref: str) -> Checker:
        name = ref.removeprefix(_REF_PREFIX)
        compiled = self._compiled

        def check_ref(value: Any, field: str, errors: list[FieldError]) -> Any:
            checker = compiled.get(name)
            if checker is None:
                checker = compiled[name] = self.compile(self._schemas[name])
            return checker(value, field, errors)

        return check_ref

    def _string(self, schema: Mapping[str, Any]) -> Checker:
        min_length: int | None = schema.get("minLength")
        max_length: int | None = schema.get("maxLength")
        raw_pattern: str | None = schema.get("pattern")
        pattern = ecma_pattern(raw_pattern) if raw_pattern is not None else None
        value_format = schema.get("format")

        def check_string(value: Any, field: str, errors: list[FieldError]) -> Any:
            if type(value) is not str:
                if isinstance(value, str):  # an enum member or other str subclass: its plain string
                    value = str.__str__(value)
                elif isinstance(value, int | Decimal) and not isinstance(value, bool):
                    if isinstance(value, Decimal) and not value.is_finite():
                        errors.append(FieldError(field, "must be a string, not a non-finite number"))
                        return value
                    value = str(value)  # phone 23467278 as Zoho sent it -> "23467278"
                elif (
                    value_format == "date"
                    and isinstance(value, datetime.date)
                    and not isinstance(value, datetime.datetime)
                ):
                    return value.isoformat()
                else:
                    return _wrong_type("string", value, field, errors)
            if _not_unicode(value):
                errors.append(FieldError(field, "is not valid Unicode (it holds a lone surrogate)"))
                return value
            if min_length is not None and len(value) < min_length:
                unit = "character" if min_length == 1 else "characters"
                errors.append(FieldError(field, f"must be at least {min_length} {unit} long"))
            elif max_length is not None and len(value) > max_length:
                errors.append(FieldError(field, f"must be at most {max_length} characters (got {len(value)})"))
            if pattern is not None and pattern.search(value) is None:
                errors.append(FieldError(field, f"must match the pattern {raw_pattern}"))
            elif value_format == "email" and "@" not in value:
                errors.append(FieldError(field, "must be an email address"))
            elif value_format == "date":
                try:
                    datetime.date.fromisoformat(value)
                except ValueError:
                    errors.append(FieldError(field, "must be a date (YYYY-MM-DD)"))
            return value

        return check_string

    def _number(self, schema: Mapping[str, Any], *, integer: bool) -> Checker:
        minimum = schema.get("minimum")
        maximum = schema.get("maximum")
        expected = "integer" if integer else "number"

        def check_number(value: Any, field: str, errors: list[FieldError]) -> Any:
            if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
                return _wrong_type(expected, value, field, errors)
            if integer and not isinstance(value, int):
                return _wrong_type(expected, value, field, errors)
            if isinstance(value, float):
                if not math.isfinite(value):
                    errors.append(FieldError(field, "must be a finite number"))
                    return value
                value = Decimal(repr(value))  # the number as written, never its binary approximation
            elif isinstance(value, Decimal) and not value.is_finite():
                errors.append(FieldError(field, "must be a finite number"))
                return value
            if minimum is not None and value < minimum:
                errors.append(FieldError(field, f"must be at least {minimum}"))
            elif maximum is not None and value > maximum:
                errors.append(FieldError(field, f"must be at most {maximum}"))
            return value

        return check_number

    def _array(self, schema: Mapping[str, Any]) -> Checker:
        items_schema = schema.get("items")
        item_checker = self.compile(items_schema) if isinstance(items_schema, Mapping) else _anything

        def check_array(value: Any, field: str, errors: list[FieldError]) -> Any:
            if not isinstance(value, list | tuple):
                return _wrong_type("array", value, field, errors)
            return [item_checker(item, f"{field}[{index}]", errors) for index, item in enumerate(value)]

        return check_array

    def _object(self, schema: Mapping[str, Any]) -> Checker:
        required: tuple[str, ...] = tuple(schema.get("required", ()))
        properties = {name: self.compile(sub) for name, sub in schema.get("properties", {}).items()}
        required_set = frozenset(required)
        deprecated = {
            name: sub.get("x-zoho-sunset")
            for name, sub in schema.get("properties", {}).items()
            if sub.get("deprecated") is True
        }
        any_of = _alternatives(schema.get("anyOf"))
        one_of = _alternatives(schema.get("oneOf"))

        def check_object(value: Any, field: str, errors: list[FieldError]) -> Any:
            if not isinstance(value, Mapping):
                to_dict = getattr(value, "to_dict", None)
                if to_dict is None or isinstance(value, type):
                    return _wrong_type("object", value, field, errors)
                value = to_dict()
            result = dict(value)
            for name in required:
                if name not in result:
                    errors.append(FieldError(_child(field, name), "is required"))
            for name, item in result.items():
                checker = properties.get(name)
                if checker is None or (item is None and name not in required_set):
                    continue
                if name in deprecated:
                    warn_deprecated(deprecation_message(f"the field `{_child(field, name)}`", deprecated[name]))
                result[name] = checker(item, _child(field, name), errors)
            if any_of or one_of:
                _check_alternatives(result, any_of, one_of, field, errors)
            return result

        return check_object


def _alternatives(branches: Any) -> list[tuple[str, ...]]:
    return [tuple(branch["required"]) for branch in branches or ()]


def _check_alternatives(
    value: Mapping[str, Any],
    any_of: list[tuple[str, ...]],
    one_of: list[tuple[str, ...]],
    field: str,
    errors: list[FieldError],
) -> None:
    """Required alternatives: at least one branch of ``any_of``, exactly one of ``one_of``, given."""
    for branches, exactly_one in ((any_of, False), (one_of, True)):
        if not branches:
            continue
        given = [names for names in branches if all(value.get(name) is not None for name in names)]
        choices = ", ".join(" and ".join(names) for names in branches)
        if not given:
            errors.append(FieldError(field or "body", f"needs one of: {choices} (none given)"))
        elif exactly_one and len(given) > 1:
            errors.append(FieldError(field or "body", f"takes only one of: {choices}"))


def _boolean(value: Any, field: str, errors: list[FieldError]) -> Any:
    if not isinstance(value, bool):
        return _wrong_type("boolean", value, field, errors)
    return value


def _anything(value: Any, field: str, errors: list[FieldError]) -> Any:
    return value


def _unchanged(value: Any) -> Any:
    return value
