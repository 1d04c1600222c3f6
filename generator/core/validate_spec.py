"""Validate the spec: the OpenAPI 3.1 schema (openapi-spec-validator), then the project's rules.

Validation runs on the bundle, since that is what every consumer reads, and reports each
problem at the source file and JSON pointer it came from.
"""

from __future__ import annotations

from typing import Any

from openapi_spec_validator import OpenAPIV31SpecValidator
from openapi_spec_validator.validation.exceptions import DuplicateOperationIDError, OpenAPIValidationError

from generator.core.bundle_spec import MISSING, BundledSpec, lookup
from generator.core.errors import SourceLocation, SpecError, SpecProblem, join_pointer
from generator.core.openapi_document import iter_operations
from generator.core.spec_checks import check_spec, iter_schema_roots


def validate_spec(bundled: BundledSpec) -> None:
    """Raise :class:`SpecError` listing every problem found in ``bundled``; return if none."""
    problems: list[SpecProblem] = []
    for error in OpenAPIV31SpecValidator(bundled.document).iter_errors():
        if isinstance(error, DuplicateOperationIDError):
            # The validator names no location for this one: report each duplicate ourselves.
            found = _duplicate_operation_ids(bundled)
        else:
            found = [SpecProblem(location, f"OpenAPI 3.1: {error.message}") for location in _locate(bundled, error)]
        for problem in found:
            if problem not in problems:
                problems.append(problem)
    if not problems:
        # The project's rules assume a structurally valid document; run them only on one.
        problems = check_spec(bundled)
    if problems:
        raise SpecError(problems)


def _duplicate_operation_ids(bundled: BundledSpec) -> list[SpecProblem]:
    """Each operationId used a second time, at the source of that second use, naming the first."""
    first_use: dict[object, SourceLocation] = {}
    problems: list[SpecProblem] = []
    for operation in iter_operations(bundled.document):
        operation_id = operation.node.get("operationId")
        if operation_id is None:
            continue
        location = bundled.locate(join_pointer(operation.pointer, "operationId"))
        if operation_id in first_use:
            reason = f"OpenAPI 3.1: operationId {operation_id!r} is not unique: also used at {first_use[operation_id]}"
            problems.append(SpecProblem(location, reason))
        else:
            first_use[operation_id] = location
    return problems


def _locate(bundled: BundledSpec, error: OpenAPIValidationError) -> list[SourceLocation]:
    # Errors from the document schema carry a path from the document root. Errors from the
    # check of one Schema Object carry a path inside that schema only, so try every top-level
    # schema of the bundle; the copies a fragment was inlined into share one source location.
    path = list(error.absolute_path)
    direct = join_pointer("", *path)
    if _holds(bundled.document, direct, error.instance):
        return [bundled.locate(direct)]
    found: list[SourceLocation] = []
    for root in iter_schema_roots(bundled.document):
        pointer = join_pointer(root, *path)
        location = bundled.locate(pointer)
        if _holds(bundled.document, pointer, error.instance) and location not in found:
            found.append(location)
    return found or [bundled.locate(direct)]


def _holds(document: Any, pointer: str, instance: Any) -> bool:
    value = lookup(document, pointer)
    return value is not MISSING and bool(value == instance)
