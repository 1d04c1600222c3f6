"""What changed between two bundled documents, and whether it breaks a client: ``diff_specs(base, head)``.

Why a differ of our own. The existing ones were weighed against what this check needs (installs from
PyPI or npm alone, reads OpenAPI 3.1, gives JSON pointers, and can be told our enum conventions):

* oasdiff, the model for the rules, is a Go program; its npm and PyPI wrappers download the binary
  from GitHub at install time, which the registries-only network here refuses.
* ``@pb33f/openapi-changes`` (npm) is the same: a wrapper around a downloaded Go binary.
* ``openapi-diff`` (npm, Atlassian) reads Swagger 2 and OpenAPI 3.0, not 3.1 (``type: [x, "null"]``,
  ``webhooks``).
* ``@useoptic/optic`` installs from npm and reads 3.1, but brings a large tree (telemetry, GitHub
  client, Spectral) and its rules know nothing of ``x-zoho-extensible-enum``; teaching them the
  issue's rules (a new value in a closed request enum is breaking, in an open enum it is not) means
  writing JS rule plugins, more code than this module.
* ``@azure/oad`` diffs Swagger 2 (AutoRest), not OpenAPI 3.

So this is a small differ over the two bundles, pure functions over plain dicts. Local ``$ref``s
are followed with :mod:`generator.core.openapi_document` (the one reader of bundled documents), so
a change inside a shared component is reported once, at the component's pointer, for every
operation that reaches it.

Directions. A schema is compared as a **request** (what the caller sends: parameters and request
bodies) or a **response** (what Zoho sends: responses, and webhook payloads, which Zoho posts and
the receiver reads). What breaks depends on the side: a caller breaks when the server stops
accepting what it sends; a reader breaks when the server sends what it did not expect, or stops
sending what it relies on. ``readOnly`` fields are not part of a request, ``writeOnly`` ones not of a
response.

The rules are in :data:`RULES`, each with a fixed classification. Where the issue's list differs from
oasdiff, the issue's rule is kept, for these reasons:

* A removed request field is breaking (oasdiff: warning): the generated client has a keyword
  argument for it, which disappears.
* A removed enum value is breaking on both sides (oasdiff: only in requests): the TypeScript types
  are closed unions, and a comparison with a value that is no longer in the union stops compiling.
* A new value in a closed request enum is breaking (oasdiff: info): the spec also describes the
  server side (the mock, Prism, anyone who stubs Zoho from it), which now has to accept the value,
  and the TypeScript union a caller switches over exhaustively gains a member.
* A new value in a closed **response** enum is classified breaking too (oasdiff: warning): strict
  third-party generators (openapi-generator's Java and Go, openapi-zod-client, openapi-typescript
  unions) reject or cannot represent the value. The Python client and models read every enum as
  open and are not affected, and the lenient bundle opens the marked ones for validators.
* A new value in an **open** enum (``x-zoho-extensible-enum: true``: the enums of values Zoho
  sends, which say that Zoho adds values) is not breaking: the spec already told every consumer to
  expect unknown values.

Beyond the issue's list, from oasdiff: a response field that is no longer required (the client's
type of it gains ``Unset``), a response type that grows (``string`` to ``[string, "null"]``), a
request body that becomes required, a removed media type, a stricter limit on a request value
(``pattern``, lengths, sizes, ranges), a changed ``operationId`` and, of this
spec, a renamed SDK call (``x-zoho-sdk`` ``resource``/``method``, the Python client's
``client.<resource>.<method>``), and required alternatives (``oneOf``/``anyOf`` branches of
``required`` lists) that no longer accept a request the old ones did. Operations are matched by method and path with
the names of path parameters left out (``/customers/{id}`` is ``/customers/{customer_id}``); a
changed path or method is the removal of one operation and the addition of another.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.core.errors import join_pointer
from generator.core.openapi_document import (
    HTTP_METHODS,
    Operation,
    iter_operations,
    required_alternatives,
    resolve_local_pointer,
)

Category = Literal["added", "changed", "deprecated", "removed"]
Direction = Literal["request", "response"]
CATEGORIES: tuple[Category, ...] = ("added", "changed", "deprecated", "removed")


@dataclass(frozen=True)
class Rule:
    """How one kind of change is classified."""

    breaking: bool
    category: Category
    summary: str


RULES: dict[str, Rule] = {
    "operation-removed": Rule(True, "removed", "an operation (method and path) is removed"),
    "operation-added": Rule(False, "added", "an operation is added"),
    "operation-deprecated": Rule(False, "deprecated", "an operation is newly marked deprecated"),
    "operation-id-changed": Rule(
        True, "changed", "an operation's operationId changes (generators name the method after it)"
    ),
    "sdk-call-renamed": Rule(
        True, "changed", "the SDK call of an operation (x-zoho-sdk resource and method) is renamed"
    ),
    "parameter-removed": Rule(True, "removed", "a parameter is removed"),
    "parameter-added": Rule(False, "added", "an optional parameter is added"),
    "required-parameter-added": Rule(True, "added", "a required parameter is added"),
    "parameter-became-required": Rule(True, "changed", "an optional parameter becomes required"),
    "parameter-became-optional": Rule(False, "changed", "a required parameter becomes optional"),
    "parameter-deprecated": Rule(False, "deprecated", "a parameter is newly marked deprecated"),
    "request-body-became-required": Rule(
        True, "changed", "a request body becomes required (or a required one is added)"
    ),
    "media-type-removed": Rule(True, "removed", "a media type of a request body or a success response is removed"),
    "request-field-removed": Rule(True, "removed", "a request field is removed"),
    "request-field-added": Rule(False, "added", "an optional request field is added"),
    "required-request-field-added": Rule(True, "added", "a required request field is added"),
    "request-field-became-required": Rule(True, "changed", "an optional request field becomes required"),
    "request-field-became-optional": Rule(False, "changed", "a required request field becomes optional"),
    "request-required-alternatives-narrowed": Rule(
        True, "changed", "required alternatives (oneOf/anyOf of required lists) reject a request the old ones accepted"
    ),
    "required-alternatives-relaxed": Rule(False, "changed", "required alternatives accept more requests"),
    "response-field-removed": Rule(True, "removed", "a response (or webhook payload) field is removed"),
    "response-field-added": Rule(False, "added", "a response field is added"),
    "response-field-became-optional": Rule(True, "changed", "a required response field becomes optional"),
    "response-field-became-required": Rule(False, "changed", "an optional response field becomes required"),
    "field-deprecated": Rule(False, "deprecated", "a field is newly marked deprecated"),
    "type-narrowed": Rule(True, "changed", "a request value accepts fewer types (or values) than before"),
    "response-type-widened": Rule(True, "changed", "a response value may have a type it could not have before"),
    "type-changed": Rule(False, "changed", "a type changes in the safe direction (request wider, response narrower)"),
    "request-constraint-tightened": Rule(
        True, "changed", "a request value meets a new or stricter pattern, length, size or range limit"
    ),
    "constraint-changed": Rule(
        False, "changed", "a limit changes the safe way (relaxed in a request, or in a response)"
    ),
    "enum-value-removed": Rule(True, "removed", "an enum value is removed"),
    "request-enum-value-added": Rule(True, "added", "a value is added to a closed enum in a request"),
    "response-enum-value-added": Rule(True, "added", "a value is added to a closed enum in a response"),
    "open-enum-value-added": Rule(False, "added", "a value is added to an open enum (x-zoho-extensible-enum)"),
    "success-status-removed": Rule(True, "removed", "a success (2xx) response status is removed"),
    "response-status-removed": Rule(False, "removed", "an error response status is removed"),
    "response-status-added": Rule(False, "added", "a response status is added"),
    "webhook-removed": Rule(True, "removed", "a webhook event type is removed"),
    "webhook-added": Rule(False, "added", "a webhook event type is added"),
}


@dataclass(frozen=True)
class Change:
    """One change between the base and the head document.

    ``pointer`` points into head, or into base for a removal. ``operation`` is the operationId of the
    first operation (in pointer order) the change affects, ``endpoint`` its ``METHOD /path`` (or
    ``webhook <event>``), ``operations`` every affected operationId, for a change in a shared schema.
    """

    rule: str
    pointer: str
    breaking: bool
    category: Category
    operation: str | None
    message: str
    endpoint: str | None = None
    operations: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class _Finding:
    rule: str
    pointer: str
    detail: str


@dataclass(frozen=True)
class _Site:
    """An operation as a diff reports it: its id and its ``METHOD /path`` (or ``webhook <event>``)."""

    operation_id: str | None
    endpoint: str

    def label(self) -> str:
        return f"`{self.operation_id}` ({self.endpoint})" if self.operation_id else f"`{self.endpoint}`"


# A compared pair of schemas: base pointer, head pointer, direction, and whether its properties are
# compared here (not for an allOf branch, whose properties its parent compares merged).
_PairKey = tuple[str, str, Direction, bool]
_ALL_TYPES = frozenset({"array", "boolean", "integer", "null", "number", "object", "string"})
_PATH_PARAMETER = re.compile(r"\{[^}]*\}")
_SUCCESS = re.compile(r"^(2\d\d|2XX)$")


def diff_specs(base: Mapping[str, Any], head: Mapping[str, Any]) -> list[Change]:
    """Every change from ``base`` to ``head`` (two bundled documents), sorted by pointer and rule."""
    return _Differ(dict(base), dict(head)).run()


class _Differ:
    def __init__(self, base: dict[str, Any], head: dict[str, Any]) -> None:
        self.base = base
        self.head = head
        # The comparison of each schema pair, computed once: its own findings and the pairs under
        # it. A pair is named by the pointers its $refs end at, so a shared component is compared
        # once, and an operation collects everything reachable from its schemas, cycles included.
        self.pairs: dict[_PairKey, tuple[list[_Finding], list[_PairKey]]] = {}
        self.found: dict[tuple[str, str], tuple[_Finding, list[_Site]]] = {}

    def run(self) -> list[Change]:
        self._operations()
        self._webhooks()
        changes = []
        for (rule, pointer), (finding, sites) in sorted(self.found.items(), key=lambda item: item[0][::-1]):
            sites = sorted(set(sites), key=lambda site: (site.operation_id or "", site.endpoint))
            first = sites[0] if sites else None
            message = finding.detail
            if first and not rule.startswith(("operation-", "webhook-")):
                message += f" in {first.label()}"
                if len(sites) > 1:
                    message += f" and {len(sites) - 1} other operation{'s' if len(sites) > 2 else ''}"
            classified = RULES[rule]
            changes.append(
                Change(
                    rule=rule,
                    pointer=pointer,
                    breaking=classified.breaking,
                    category=classified.category,
                    operation=first.operation_id if first else None,
                    message=message,
                    endpoint=first.endpoint if first else None,
                    operations=tuple(site.operation_id for site in sites if site.operation_id),
                )
            )
        return changes

    def _report(self, findings: list[_Finding], site: _Site | None) -> None:
        for finding in findings:
            key = (finding.rule, finding.pointer)
            entry = self.found.setdefault(key, (finding, []))
            if site is not None:
                entry[1].append(site)

    # Operations ----------------------------------------------------------------------------------

    def _operations(self) -> None:
        base_ops = {_operation_key(op): op for op in iter_operations(self.base)}
        head_ops = {_operation_key(op): op for op in iter_operations(self.head)}
        for key, op in base_ops.items():
            if key not in head_ops:
                site = _site(op)
                self._report([_Finding("operation-removed", op.pointer, f"operation {site.label()} removed")], site)
        for key, op in head_ops.items():
            site = _site(op)
            if key not in base_ops:
                self._report([_Finding("operation-added", op.pointer, f"operation {site.label()} added")], site)
                continue
            old = base_ops[key]
            self._report(self._names(old, op), site)
            if op.node.get("deprecated") is True and old.node.get("deprecated") is not True:
                detail = f"operation {site.label()} deprecated{_sunset(op.node)}"
                self._report([_Finding("operation-deprecated", op.pointer, detail)], site)
            self._report(self._parameters(old, op), site)
            self._report(self._request_body(old.pointer, op.pointer), site)
            self._report(self._responses(old.pointer, op.pointer), site)

    def _names(self, old: Operation, new: Operation) -> list[_Finding]:
        findings: list[_Finding] = []
        endpoint = f"{new.method.upper()} {new.path}"
        before, after = old.node.get("operationId"), new.node.get("operationId")
        if before != after:
            detail = f"operationId of `{endpoint}` changed: `{before}` -> `{after}`"
            findings.append(_Finding("operation-id-changed", join_pointer(new.pointer, "operationId"), detail))
        old_call, new_call = _sdk_call(old.node), _sdk_call(new.node)
        if old_call and new_call and old_call != new_call:
            detail = f"SDK call of `{endpoint}` renamed: `client.{old_call}` -> `client.{new_call}`"
            findings.append(_Finding("sdk-call-renamed", join_pointer(new.pointer, "x-zoho-sdk"), detail))
        return findings

    def _parameters(self, old: Operation, new: Operation) -> list[_Finding]:
        findings: list[_Finding] = []
        before = self._parameter_map(self.base, old)
        after = self._parameter_map(self.head, new)
        for key, (pointer, node) in before.items():
            if key not in after:
                findings.append(_Finding("parameter-removed", pointer, f"{_parameter_label(node)} removed"))
        for key, (pointer, node) in after.items():
            label = _parameter_label(node)
            if key not in before:
                if node.get("required") is True:
                    findings.append(_Finding("required-parameter-added", pointer, f"new required {label}"))
                else:
                    findings.append(_Finding("parameter-added", pointer, f"new optional {label}"))
                continue
            old_pointer, old_node = before[key]
            was, now = old_node.get("required") is True, node.get("required") is True
            if now and not was:
                findings.append(_Finding("parameter-became-required", pointer, f"{label} is now required"))
            elif was and not now:
                findings.append(_Finding("parameter-became-optional", pointer, f"{label} is now optional"))
            if node.get("deprecated") is True and old_node.get("deprecated") is not True:
                findings.append(_Finding("parameter-deprecated", pointer, f"{label} deprecated{_sunset(node)}"))
            if "schema" in old_node and "schema" in node:
                name = str(node.get("name"))
                findings += self._schema(
                    join_pointer(old_pointer, "schema"), join_pointer(pointer, "schema"), "request", name
                )
        return findings

    def _parameter_map(self, document: dict[str, Any], op: Operation) -> dict[tuple[str, str], tuple[str, Any]]:
        found: dict[tuple[str, str], tuple[str, Any]] = {}
        path_item_pointer = op.pointer.rsplit("/", 1)[0]
        for index, _ in enumerate(op.path_item.get("parameters") or []):
            pointer, node = resolve_local_pointer(document, join_pointer(path_item_pointer, "parameters", index))
            found[_parameter_key(node)] = (pointer, node)
        for index, _ in enumerate(op.node.get("parameters") or []):
            # An operation's parameter overrides the path item's of the same name and location.
            pointer, node = resolve_local_pointer(document, join_pointer(op.pointer, "parameters", index))
            found[_parameter_key(node)] = (pointer, node)
        return found

    def _request_body(self, old_op: str, new_op: str) -> list[_Finding]:
        old = self._resolve_optional(self.base, join_pointer(old_op, "requestBody"))
        new = self._resolve_optional(self.head, join_pointer(new_op, "requestBody"))
        findings: list[_Finding] = []
        if new is not None and new[1].get("required") is True and (old is None or old[1].get("required") is not True):
            findings.append(_Finding("request-body-became-required", new[0], "the request body is now required"))
        if old is not None and new is not None:
            findings += self._content(old[0], old[1], new[0], new[1], "request", "request body", "body")
        elif old is not None:
            findings += self._content(old[0], old[1], new_op, {}, "request", "request body", "body")
        return findings

    def _responses(self, old_op: str, new_op: str) -> list[_Finding]:
        findings: list[_Finding] = []
        old_at, old_statuses = self._resolve_optional(self.base, join_pointer(old_op, "responses")) or ("", {})
        new_at, new_statuses = self._resolve_optional(self.head, join_pointer(new_op, "responses")) or ("", {})
        for status in old_statuses:
            if status not in new_statuses:
                rule = "success-status-removed" if _SUCCESS.match(str(status)) else "response-status-removed"
                findings.append(_Finding(rule, join_pointer(old_at, status), f"response status {status} removed"))
        for status in new_statuses:
            pointer = join_pointer(new_at, status)
            if status not in old_statuses:
                findings.append(_Finding("response-status-added", pointer, f"response status {status} added"))
                continue
            before_pointer, before = resolve_local_pointer(self.base, join_pointer(old_at, status))
            after_pointer, after = resolve_local_pointer(self.head, pointer)
            success = bool(_SUCCESS.match(str(status)))
            findings += self._content(
                before_pointer, before, after_pointer, after, "response", f"response {status}", "response", success
            )
        return findings

    def _content(
        self,
        old_pointer: str,
        old: Any,
        new_pointer: str,
        new: Any,
        direction: Direction,
        label: str,
        root: str,
        report_removed_media: bool = True,
    ) -> list[_Finding]:
        findings: list[_Finding] = []
        old_content = (old.get("content") or {}) if isinstance(old, dict) else {}
        new_content = (new.get("content") or {}) if isinstance(new, dict) else {}
        for media in old_content:
            base_media = join_pointer(old_pointer, "content", media)
            if media not in new_content:
                if report_removed_media:
                    findings.append(_Finding("media-type-removed", base_media, f"{label} media type `{media}` removed"))
                continue
            head_media = join_pointer(new_pointer, "content", media)
            if "schema" in old_content[media] and "schema" in new_content[media]:
                findings += self._schema(
                    join_pointer(base_media, "schema"), join_pointer(head_media, "schema"), direction, root
                )
        return findings

    # Webhooks ------------------------------------------------------------------------------------

    def _webhooks(self) -> None:
        before = self.base.get("webhooks") or {}
        after = self.head.get("webhooks") or {}
        for event in before:
            if event not in after:
                site = _webhook_site(event, before[event])
                pointer = join_pointer("/webhooks", event)
                self._report([_Finding("webhook-removed", pointer, f"webhook {site.label()} removed")], site)
        for event, path_item in after.items():
            site = _webhook_site(event, path_item)
            pointer = join_pointer("/webhooks", event)
            if event not in before:
                self._report([_Finding("webhook-added", pointer, f"webhook {site.label()} added")], site)
                continue
            for method, node in path_item.items():
                old_node = before[event].get(method)
                if method not in HTTP_METHODS or not isinstance(old_node, dict):
                    continue
                op_pointer = join_pointer(pointer, method)
                if node.get("deprecated") is True and old_node.get("deprecated") is not True:
                    detail = f"webhook {site.label()} deprecated{_sunset(node)}"
                    self._report([_Finding("operation-deprecated", op_pointer, detail)], site)
                # Zoho posts the payload and the receiver reads it: compared as a response.
                old_body = self._resolve_optional(self.base, join_pointer(op_pointer, "requestBody"))
                new_body = self._resolve_optional(self.head, join_pointer(op_pointer, "requestBody"))
                if old_body and new_body:
                    findings = self._content(
                        old_body[0], old_body[1], new_body[0], new_body[1], "response", "webhook payload", "payload"
                    )
                    self._report(findings, site)

    # Schemas -------------------------------------------------------------------------------------

    def _schema(self, old_pointer: str, new_pointer: str, direction: Direction, label: str) -> list[_Finding]:
        """Every finding in the pair of schemas and under it."""
        findings: list[_Finding] = []
        seen: set[_PairKey] = set()
        pending = [self._pair(old_pointer, new_pointer, direction, label, True)]
        while pending:
            key = pending.pop()
            if key is None or key in seen:
                continue
            seen.add(key)
            own, children = self.pairs[key]
            findings += own
            pending += reversed(children)
        return findings

    def _pair(
        self, old_pointer: str, new_pointer: str, direction: Direction, label: str, with_properties: bool
    ) -> _PairKey | None:
        """Compare the two schemas once, recording their own findings and the pairs under them."""
        old_at, old = resolve_local_pointer(self.base, old_pointer)
        new_at, new = resolve_local_pointer(self.head, new_pointer)
        if not isinstance(old, dict) or not isinstance(new, dict):
            return None
        key: _PairKey = (old_at, new_at, direction, with_properties)
        if key in self.pairs:
            return key
        own: list[_Finding] = []
        children: list[_PairKey | None] = []
        self.pairs[key] = (own, [])  # placed first: a schema that contains itself ends here
        label = _component_label(new_at) or label
        own += self._types(new_at, old, new, direction, label)
        own += self._enum(old_at, old, new_at, new, direction, label)
        own += self._alternatives(old, new_at, new, direction, label)
        own += _constraints(old, new_at, new, direction, label)
        if with_properties:
            # Properties are compared with those of the allOf branches merged in (the required
            # list of the whole object applies to them), so the branches below leave them out.
            old_object_at, old_object = _object_view(self.base, old_at, old)
            new_object_at, new_object = _object_view(self.head, new_at, new)
            fields = self._properties(old_object_at, old_object, new_object_at, new_object, direction, label, own)
            for (old_prop, new_prop), field_label in fields:
                children.append(self._pair(old_prop, new_prop, direction, field_label, True))
        for keyword, suffix in (("items", "[]"), ("additionalProperties", "{}")):
            if isinstance(old.get(keyword), dict) and isinstance(new.get(keyword), dict):
                children.append(
                    self._pair(
                        join_pointer(old_at, keyword), join_pointer(new_at, keyword), direction, label + suffix, True
                    )
                )
        for keyword in ("anyOf", "oneOf", "allOf"):
            old_branches, new_branches = old.get(keyword), new.get(keyword)
            # Branches are matched by position when their number is kept; a reshaped composition
            # shows in the types compared above.
            if (
                isinstance(old_branches, list)
                and isinstance(new_branches, list)
                and len(old_branches) == len(new_branches)
            ):
                for index, branch in enumerate(new_branches):
                    if isinstance(branch, dict) and set(branch) != {"required"}:
                        children.append(
                            self._pair(
                                join_pointer(old_at, keyword, index),
                                join_pointer(new_at, keyword, index),
                                direction,
                                label,
                                keyword != "allOf",
                            )
                        )
        self.pairs[key] = (own, [child for child in children if child is not None])
        return key

    def _types(
        self, new_at: str, old: dict[str, Any], new: dict[str, Any], direction: Direction, label: str
    ) -> list[_Finding]:
        before, after = self._type_set(self.base, old), self._type_set(self.head, new)
        if before == after:
            return []
        detail = f"type of `{label}`: {_show_types(before)} -> {_show_types(after)}"
        if direction == "request" and before - after:
            return [_Finding("type-narrowed", new_at, detail)]
        if direction == "response" and after - before:
            return [_Finding("response-type-widened", new_at, detail)]
        return [_Finding("type-changed", new_at, detail)]

    def _type_set(self, document: dict[str, Any], schema: dict[str, Any]) -> frozenset[str]:
        declared = schema.get("type")
        if isinstance(declared, str | list):
            names = {declared} if isinstance(declared, str) else set(declared)
            if "number" in names:
                names.add("integer")  # every integer is a number: number -> integer narrows
            return frozenset(names) & _ALL_TYPES
        for keyword in ("anyOf", "oneOf"):
            branches = schema.get(keyword)
            if isinstance(branches, list) and branches and not required_alternatives({keyword: branches}):
                union: set[str] = set()
                for branch in branches:
                    union |= self._type_set(document, _resolved(document, branch))
                return frozenset(union)
        return _ALL_TYPES

    def _enum(
        self, old_at: str, old: dict[str, Any], new_at: str, new: dict[str, Any], direction: Direction, label: str
    ) -> list[_Finding]:
        before, after = old.get("enum"), new.get("enum")
        findings: list[_Finding] = []
        if isinstance(before, list) and isinstance(after, list):
            kept = {_json_key(value) for value in after}
            known = {_json_key(value) for value in before}
            for index, value in enumerate(before):
                if _json_key(value) not in kept:
                    detail = f"enum value {_show(value)} removed from `{label}`"
                    findings.append(_Finding("enum-value-removed", join_pointer(old_at, "enum", index), detail))
            open_enum = new.get("x-zoho-extensible-enum") is True
            rule = "open-enum-value-added" if open_enum else f"{direction}-enum-value-added"
            kind = "open" if open_enum else f"closed {direction}"
            for index, value in enumerate(after):
                if _json_key(value) not in known:
                    detail = f"new value {_show(value)} in the {kind} enum `{label}`"
                    findings.append(_Finding(rule, join_pointer(new_at, "enum", index), detail))
        elif isinstance(after, list) and direction == "request":
            detail = f"`{label}` is now limited to {len(after)} enum values"
            findings.append(_Finding("type-narrowed", join_pointer(new_at, "enum"), detail))
        elif isinstance(before, list) and not isinstance(after, list):
            detail = f"`{label}` is no longer limited to its enum values"
            closed_response = direction == "response" and old.get("x-zoho-extensible-enum") is not True
            findings.append(_Finding("response-type-widened" if closed_response else "type-changed", new_at, detail))
        return findings

    def _alternatives(
        self, old: dict[str, Any], new_at: str, new: dict[str, Any], direction: Direction, label: str
    ) -> list[_Finding]:
        if direction != "request":
            return []
        before, after = required_alternatives(old), required_alternatives(new)
        findings = []
        for keyword in ("anyOf", "oneOf"):
            old_sets = {frozenset(names) for names in before.get(keyword, [])}
            new_sets = {frozenset(names) for names in after.get(keyword, [])}
            if old_sets == new_sets:
                continue
            shown = " | ".join("+".join(sorted(names)) for names in sorted(new_sets, key=sorted)) or "none"
            detail = f"required alternatives ({keyword}) of `{label}` are now: {shown}"
            # A request the old alternatives accepted satisfied one of them; it still passes when
            # that alternative is kept. New alternatives where there were none reject requests.
            narrowed = bool(new_sets) and not old_sets <= new_sets if old_sets else bool(new_sets)
            rule = "request-required-alternatives-narrowed" if narrowed else "required-alternatives-relaxed"
            findings.append(_Finding(rule, join_pointer(new_at, keyword) if new_sets else new_at, detail))
        return findings

    def _properties(
        self,
        old_at: str,
        old: dict[str, Any],
        new_at: str,
        new: dict[str, Any],
        direction: Direction,
        label: str,
        findings: list[_Finding],
    ) -> list[tuple[tuple[str, str], str]]:
        """Append the findings about the object's fields to ``findings``; return the fields kept, as
        ((base pointer, head pointer), label), to be compared in turn."""
        before, old_required = self._fields(self.base, old_at, old)
        after, new_required = self._fields(self.head, new_at, new)
        hidden = "readOnly" if direction == "request" else "writeOnly"
        kept: list[tuple[tuple[str, str], str]] = []
        for name, (pointer, node) in before.items():
            if name not in after and not _annotation(self.base, node, hidden):
                detail = f"{direction} field `{label}.{name}` removed"
                findings.append(_Finding(f"{direction}-field-removed", pointer, detail))
        for name, (pointer, node) in after.items():
            field_label = f"{label}.{name}"
            if _annotation(self.head, node, "deprecated") and (
                name not in before or not _annotation(self.base, before[name][1], "deprecated")
            ):
                findings.append(
                    _Finding("field-deprecated", pointer, f"field `{field_label}` deprecated{_sunset(node)}")
                )
            if _annotation(self.head, node, hidden):
                continue
            required, was_required = name in new_required, name in old_required
            if name not in before or _annotation(self.base, before[name][1], hidden):
                if direction == "request" and required:
                    findings.append(
                        _Finding("required-request-field-added", pointer, f"new required field `{field_label}`")
                    )
                else:
                    findings.append(_Finding(f"{direction}-field-added", pointer, f"new field `{field_label}`"))
                continue
            if required and not was_required:
                detail = f"{direction} field `{field_label}` is now required"
                findings.append(_Finding(f"{direction}-field-became-required", pointer, detail))
            elif was_required and not required:
                detail = f"{direction} field `{field_label}` is no longer required"
                findings.append(_Finding(f"{direction}-field-became-optional", pointer, detail))
            kept.append(((before[name][0], pointer), field_label))
        return kept

    def _fields(
        self, document: dict[str, Any], at: str, schema: dict[str, Any]
    ) -> tuple[dict[str, tuple[str, Any]], set[str]]:
        """The properties an object schema declares, its own and its ``allOf`` branches', with their
        pointers, and the names it requires."""
        found: dict[str, tuple[str, Any]] = {}
        required: set[str] = set()
        for pointer, node in _with_all_of(document, at, schema):
            for name, prop in (node.get("properties") or {}).items():
                found.setdefault(name, (join_pointer(pointer, "properties", name), prop))
            required |= {name for name in node.get("required") or [] if isinstance(name, str)}
        return found, required

    def _resolve_optional(self, document: dict[str, Any], pointer: str) -> tuple[str, Any] | None:
        try:
            return resolve_local_pointer(document, pointer)
        except KeyError:
            return None


def _with_all_of(document: dict[str, Any], at: str, schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    yield at, schema
    for index, _ in enumerate(schema.get("allOf") or []):
        pointer, branch = resolve_local_pointer(document, join_pointer(at, "allOf", index))
        if isinstance(branch, dict):
            yield from _with_all_of(document, pointer, branch)


# Limits a value must keep: an upper bound tightens when it is added or lowered, a lower bound when it
# is added or raised. A changed pattern is taken as stricter: two regular expressions cannot be
# compared in general.
_UPPER_BOUNDS = ("maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties")
_LOWER_BOUNDS = ("minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties")


def _constraints(
    old: dict[str, Any], new_at: str, new: dict[str, Any], direction: Direction, label: str
) -> list[_Finding]:
    findings = []
    for keyword in (*_UPPER_BOUNDS, *_LOWER_BOUNDS, "pattern"):
        before, after = old.get(keyword), new.get(keyword)
        if before == after:
            continue
        if keyword == "pattern":
            tightened = after is not None
        elif after is None:
            tightened = False
        elif before is None or not isinstance(before, int | float) or not isinstance(after, int | float):
            tightened = True
        else:
            tightened = after < before if keyword in _UPPER_BOUNDS else after > before
        detail = f"{keyword} of `{label}`: {_show_limit(before)} -> {_show_limit(after)}"
        rule = "request-constraint-tightened" if tightened and direction == "request" else "constraint-changed"
        pointer = join_pointer(new_at, keyword) if after is not None else new_at
        findings.append(_Finding(rule, pointer, detail))
    return findings


def _show_limit(value: Any) -> str:
    return "none" if value is None else f"`{value}`"


def _object_view(document: dict[str, Any], at: str, schema: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The schema that declares the object's fields: the schema itself, or, when it only offers
    alternatives (``anyOf``/``oneOf``) of which one declares fields, that one (the lenient bundle's
    ``anyOf: [<object>, {type: array}]``, a nullable ``anyOf: [<object>, {type: null}]``)."""
    if "properties" in schema or "allOf" in schema:
        return at, schema
    for keyword in ("anyOf", "oneOf"):
        branches = schema.get(keyword)
        if not isinstance(branches, list):
            continue
        with_fields = []
        for index, _ in enumerate(branches):
            pointer, branch = resolve_local_pointer(document, join_pointer(at, keyword, index))
            if isinstance(branch, dict) and ("properties" in branch or "allOf" in branch):
                with_fields.append((pointer, branch))
        if len(with_fields) == 1:
            return _object_view(document, *with_fields[0])
    return at, schema


def _resolved(document: dict[str, Any], node: Any) -> dict[str, Any]:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        _, target = resolve_local_pointer(document, node["$ref"][1:])
        return target if isinstance(target, dict) else {}
    return node if isinstance(node, dict) else {}


def _annotation(document: dict[str, Any], node: Any, keyword: str) -> bool:
    """Whether ``keyword`` is true on a property, written beside its ``$ref`` or on the schema it names."""
    if isinstance(node, dict) and keyword in node:
        return node[keyword] is True
    return _resolved(document, node).get(keyword) is True


def _operation_key(op: Operation) -> tuple[str, str]:
    return _PATH_PARAMETER.sub("{}", op.path), op.method


def _site(op: Operation) -> _Site:
    operation_id = op.node.get("operationId")
    return _Site(operation_id if isinstance(operation_id, str) else None, f"{op.method.upper()} {op.path}")


def _webhook_site(event: str, path_item: Any) -> _Site:
    operation_id = None
    for method in HTTP_METHODS:
        node = path_item.get(method) if isinstance(path_item, dict) else None
        if isinstance(node, dict) and isinstance(node.get("operationId"), str):
            operation_id = node["operationId"]
            break
    return _Site(operation_id, f"webhook {event}")


def _sdk_call(node: dict[str, Any]) -> str | None:
    sdk = node.get("x-zoho-sdk")
    if isinstance(sdk, dict) and isinstance(sdk.get("resource"), str) and isinstance(sdk.get("method"), str):
        return f"{sdk['resource']}.{sdk['method']}"
    return None


def _parameter_key(node: Any) -> tuple[str, str]:
    location, name = str(node.get("in")), str(node.get("name"))
    # Header names are case-insensitive (RFC 9110): `X-Id` and `x-id` are one parameter.
    return location, name.lower() if location == "header" else name


def _parameter_label(node: Any) -> str:
    return f"{node.get('in')} parameter `{node.get('name')}`"


def _component_label(pointer: str) -> str | None:
    parts = pointer.split("/")
    if len(parts) == 4 and parts[1] == "components" and parts[2] == "schemas":
        return parts[3].replace("~1", "/").replace("~0", "~")
    return None


def _sunset(node: Any) -> str:
    sunset = node.get("x-zoho-sunset") if isinstance(node, dict) else None
    return f" (sunset {sunset})" if sunset else ""


def _json_key(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def _show(value: Any) -> str:
    return f"`{json.dumps(value)}`"


def _show_types(types: frozenset[str]) -> str:
    if types == _ALL_TYPES:
        return "any"
    # null last: `[string, null]`, as the spec writes it.
    shown = sorted(types - {"integer"} if "number" in types else types, key=lambda name: (name == "null", name))
    return shown[0] if len(shown) == 1 else "[" + ", ".join(shown) + "]"


__all__ = ["CATEGORIES", "RULES", "Change", "Rule", "diff_specs"]
