"""Hand-written base class for the models that datamodel-code-generator writes to models.py.

It makes every generated model lenient and round-trip safe:

* unknown keys are kept (``extra="allow"``) and written back unchanged;
* a value that does not fit the declared type (Zoho's docs and examples are often wrong-typed) is kept
  unchanged instead of raising, and written back unchanged without serializer warnings;
* ``Decimal`` values are written by ``model_dump(mode="json")`` as exact JSON numbers, not strings;
* ``from_json`` / ``to_json`` read and write JSON bytes exactly, with no float anywhere (pydantic's
  own ``model_validate_json`` parses numbers as floats, and ``model_dump_json`` can only write a
  decimal that no float holds exactly as a string).

This file is copied unchanged into the generated package by ``make generate``.
"""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    FieldSerializationInfo,
    GetCoreSchemaHandler,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    field_serializer,
)
from pydantic_core import CoreSchema, core_schema

from ._exact_json import json_dumps, json_loads

__all__ = ["ZohoModel", "decimal_to_json_number"]


def decimal_to_json_number(value: Decimal) -> int | float | str:
    """Return the JSON number for ``value``: an int, or a float whose repr is exactly ``value``.

    A value that no float spells exactly (more than ~15 significant digits) is returned as a string rather than
    rounded.
    """
    if not value.is_finite():
        return str(value)
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    if Decimal(repr(as_float)) == value:
        return as_float
    return str(value)


def _is_plain_json(value: Any) -> bool:
    """Whether ``value`` is a tree of JSON values as ``_exact_json.json_loads`` returns them."""
    if isinstance(value, (Enum, BaseModel)):
        return False
    if value is None or isinstance(value, (str, int, float, Decimal)):
        return True
    if isinstance(value, list):
        return all(_is_plain_json(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(key, str) and _is_plain_json(item) for key, item in value.items())
    return False


def _plain_to_json(value: Any) -> Any:
    """Return a plain JSON tree with each Decimal replaced by its JSON number."""
    if isinstance(value, Decimal):
        return decimal_to_json_number(value)
    if isinstance(value, list):
        return [_plain_to_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain_to_json(item) for key, item in value.items()}
    return value


_LENIENT = "zoho_lenient"


def _lenient_fields(schema: CoreSchema) -> None:
    """Make each field of a model schema keep, unchanged, a value that does not fit its declared type.

    Each field's validator becomes the union ``[declared type, any]`` tried left to right: pydantic-core
    validates the value as declared (lax mode) and, only if that fails, takes it as it is. The whole object
    is typed in one pass of the compiled validator, with no Python call per field or per object, and a
    nested model that fails in part is still typed, keeping only its own unfitting values. A missing
    required field still raises. Idempotent: a field made lenient already is left as it is.
    """
    if schema.get("type") != "model":
        return
    fields_schema = schema.get("schema", {})
    if fields_schema.get("type") != "model-fields":
        return
    for field in fields_schema["fields"].values():
        holder: Any = field
        inner: Any = field["schema"]
        if inner.get("type") == "default":  # keep the default outermost: it says the field is optional
            holder, inner = inner, inner["schema"]
        if inner.get("metadata", {}).get(_LENIENT):
            continue
        # The field's serializer (ZohoModel._serialize_field) moves to the union, so it also sees kept values.
        serialization = inner.pop("serialization", None)
        lenient = core_schema.union_schema(
            [inner, core_schema.any_schema()],
            mode="left_to_right",
            metadata={_LENIENT: True},
            serialization=serialization,
        )
        holder["schema"] = lenient


def _serialize_extra(value: Any) -> Any:
    return _plain_to_json(value) if _is_plain_json(value) else value


class ZohoModel(BaseModel):
    """Base of every generated model."""

    model_config = ConfigDict(extra="allow")

    # Type of the unknown keys: any value, with Decimals written as JSON numbers in JSON mode.
    __pydantic_extra__: dict[str, Annotated[Any, PlainSerializer(_serialize_extra, when_used="json")]]

    @classmethod
    def from_json(cls, data: str | bytes) -> Self:
        """Parse JSON exactly: every non-integer number becomes a Decimal, never a float."""
        return cls.model_validate(json_loads(data))

    def to_json(self, *, exclude_unset: bool = True) -> bytes:
        """Write JSON with each Decimal as the exact JSON number it holds.

        By default only the fields that were set are written, so a parsed payload is written back
        as it came.
        """
        return json_dumps(self.model_dump(mode="python", by_alias=True, exclude_unset=exclude_unset))

    @classmethod
    def __get_pydantic_core_schema__(cls, source: type[BaseModel], handler: GetCoreSchemaHandler, /) -> CoreSchema:
        """The model's schema, with each field made lenient (see :func:`_lenient_fields`)."""
        schema = handler(source)
        _lenient_fields(schema)
        return schema

    @field_serializer("*", mode="wrap")
    def _serialize_field(self, value: Any, handler: SerializerFunctionWrapHandler, info: FieldSerializationInfo) -> Any:
        """Write plain JSON values (including kept raw values) as they are; Decimals as JSON numbers in JSON mode."""
        if _is_plain_json(value):
            return _plain_to_json(value) if info.mode_is_json() else value
        return handler(value)
