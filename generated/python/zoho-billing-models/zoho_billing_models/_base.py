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

import datetime
import json
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    FieldSerializationInfo,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    ValidationError,
    ValidatorFunctionWrapHandler,
    field_serializer,
    field_validator,
)

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
    """Whether ``value`` is a tree of JSON values as ``json.loads(..., parse_float=Decimal)`` returns them."""
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


def _encode_json(value: Any) -> str:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value!r} cannot be written as JSON")
        return str(value)
    if isinstance(value, Enum):
        return _encode_json(value.value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return json.dumps(value.isoformat())
    if isinstance(value, dict):
        return (
            "{"
            + ",".join(f"{json.dumps(str(k), ensure_ascii=False)}:{_encode_json(v)}" for k, v in value.items())
            + "}"
        )
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_encode_json(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


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
        return cls.model_validate(json.loads(data, parse_float=Decimal))

    def to_json(self, *, exclude_unset: bool = True) -> bytes:
        """Write JSON with each Decimal as the exact JSON number it holds.

        By default only the fields that were set are written, so a parsed payload is written back
        as it came.
        """
        return _encode_json(self.model_dump(mode="python", by_alias=True, exclude_unset=exclude_unset)).encode()

    @field_validator("*", mode="wrap")
    @classmethod
    def _keep_unparseable_value(cls, value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        """Validate normally (lax mode); keep the raw value when it does not fit the declared type."""
        try:
            return handler(value)
        except ValidationError:
            return value

    @field_serializer("*", mode="wrap")
    def _serialize_field(self, value: Any, handler: SerializerFunctionWrapHandler, info: FieldSerializationInfo) -> Any:
        """Write plain JSON values (including kept raw values) as they are; Decimals as JSON numbers in JSON mode."""
        if _is_plain_json(value):
            return _plain_to_json(value) if info.mode_is_json() else value
        return handler(value)
