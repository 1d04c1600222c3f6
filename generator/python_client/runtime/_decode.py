"""Typing response bodies: Zoho's envelope ``{code, message, <resource>}`` into the generated models.

The generated models are lenient: unknown fields go to ``additional_properties``, unknown enum values
become open-enum members, wrong-typed values are kept as they came. What they cannot do is build an
object without a required field (``customer_id``, ``display_name``...). Such an object is not lost:
it is returned as a *partial* model, an instance of a subclass of the expected model (so it is still
a ``Customer``, and ``isinstance(obj, PartialModel)`` tells it apart) whose missing required fields
are ``UNSET`` and whose ``to_dict()`` gives back exactly the JSON received. A warning is logged on
the ``zoho_billing_client`` logger. Only a success body without the object at all (no ``customer``
key, or not a JSON object) raises ``APIResponseValidationError``, which carries the body.

This file is copied unchanged into the generated package by ``make generate``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, Self, TypeVar

import httpx

from ._exceptions import APIResponseValidationError
from .models.page_context import PageContext
from .types import UNSET, Unset

__all__ = ["Page", "PartialModel", "decode_model", "decode_page", "decode_resource"]

logger = logging.getLogger("zoho_billing_client")


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=_Model)
T = TypeVar("T")


class PartialModel:
    """Marker base of partial models: a response object that lacked a required field (see module doc)."""

    __slots__ = ()


_partial_classes: dict[type[Any], type[Any]] = {}
_partial_lock = threading.Lock()


def _partial_class(cls: type[M]) -> type[M]:
    with _partial_lock:
        partial = _partial_classes.get(cls)
        if partial is None:
            typed_to_dict: Callable[[Any], dict[str, Any]] = cls.to_dict

            def to_dict(self: Any) -> dict[str, Any]:
                return {key: value for key, value in typed_to_dict(self).items() if not isinstance(value, Unset)}

            partial = type(
                f"Partial{cls.__name__}",
                (cls, PartialModel),
                {"__slots__": (), "__module__": cls.__module__, "to_dict": to_dict},
            )
            _partial_classes[cls] = partial
        return partial


def _build_partial(cls: type[M], data: dict[str, Any], error: Exception, context: str) -> M:
    partial = _partial_class(cls)
    filled = dict(data)
    missing: list[str] = []
    while True:
        try:
            result = partial.from_dict(filled)
        except KeyError as missing_key:
            key = missing_key.args[0] if missing_key.args else None
            if not isinstance(key, str) or key in filled:
                raise error from None
            filled[key] = UNSET
            missing.append(key)
            continue
        break
    logger.warning(
        "%s: the response could not be typed as %s (%s missing); returning %s, which keeps the JSON as received",
        context,
        cls.__name__,
        ", ".join(repr(key) for key in missing) or error,
        partial.__name__,
    )
    return result


def decode_model(cls: type[M], data: Any, *, context: str, response: httpx.Response) -> M:
    """``cls.from_dict(data)``, or a partial model if ``data`` lacks a required field."""
    if not isinstance(data, dict):
        raise APIResponseValidationError(
            f"expected a JSON object for {cls.__name__}, got {type(data).__name__}",
            body=data,
            response=response,
            operation=context,
        )
    try:
        return cls.from_dict(data)
    except Exception as error:
        try:
            return _build_partial(cls, data, error, context)
        except Exception:
            raise APIResponseValidationError(
                f"cannot type the response as {cls.__name__}: {error!r}",
                body=data,
                response=response,
                operation=context,
            ) from error


def decode_resource(cls: type[M], envelope: Any, key: str, *, context: str, response: httpx.Response) -> M:
    """The object under ``key`` of a success envelope, typed as ``cls``."""
    if not isinstance(envelope, dict) or not isinstance(envelope.get(key), dict):
        raise APIResponseValidationError(
            f"the response has no {key!r} object", body=envelope, response=response, operation=context
        )
    return decode_model(cls, envelope[key], context=context, response=response)


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a list: its items, its number, and whether another page follows."""

    items: list[T]
    page: int
    per_page: int | None
    has_more: bool
    page_context: PageContext | None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def decode_list(cls: type[M], envelope: Any, key: str, *, context: str, response: httpx.Response) -> list[M]:
    """The whole list under ``key`` of a success envelope (not paged), each element typed as ``cls``."""
    if not isinstance(envelope, dict) or not isinstance(envelope.get(key), list):
        raise APIResponseValidationError(
            f"the response has no {key!r} list", body=envelope, response=response, operation=context
        )
    return [decode_model(cls, raw, context=context, response=response) for raw in envelope[key]]


def decode_page(cls: type[M], envelope: Any, key: str, *, page: int, context: str, response: httpx.Response) -> Page[M]:
    """A list envelope ``{code, message, <key>: [...], page_context}`` as a ``Page``."""
    if not isinstance(envelope, dict) or not isinstance(envelope.get(key), list):
        raise APIResponseValidationError(
            f"the response has no {key!r} list", body=envelope, response=response, operation=context
        )
    from_dict = cls.from_dict
    items: list[M] = []
    append = items.append
    for raw in envelope[key]:
        try:
            append(from_dict(raw))
        except Exception:
            append(decode_model(cls, raw, context=context, response=response))
    raw_context = envelope.get("page_context")
    page_context = PageContext.from_dict(raw_context) if isinstance(raw_context, dict) else None
    has_more = False
    per_page: int | None = None
    number = page
    if page_context is not None:
        has_more = page_context.has_more_page is True
        if isinstance(page_context.per_page, int):
            per_page = page_context.per_page
        if isinstance(page_context.page, int):
            number = page_context.page
    return Page(items=items, page=number, per_page=per_page, has_more=has_more, page_context=page_context)
