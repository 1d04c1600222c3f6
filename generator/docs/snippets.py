"""The Python, curl and TypeScript example of each operation, built from its parameters and request example.

Python snippets use the SDK's public surface (``ZohoBilling``; ``client.<resource>.<method>``
named by the operation's ``x-zoho-sdk``, read into the API model): path parameters are positional,
query parameters and body fields keyword arguments, money is ``Decimal``, and lists are iterated. curl snippets send the
headers Zoho requires: the token with its ``Zoho-oauthtoken`` prefix and the organization header.
TypeScript snippets send the same request with ``fetch`` and type the body and the answer with the
generated types (``generated/typescript/zoho-billing.d.ts``, imported as ``./zoho-billing``):
``operations["<operationId>"]``.

Which query parameters a snippet shows: the required ones and the selectors (enum-typed, such as
``filter_by`` or ``sort_column``, and IDs of other records, such as ``customer_id``), each with its
example value. Paging and free-text filters are left out to keep the call readable.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from generator.core.api_model import SdkFacts

_WIDTH = 100
_ID_PATTERN = "^[0-9]+$"

Resolve = Callable[[Any], dict[str, Any]]


@dataclass(frozen=True)
class Connection:
    """How every call is made: the default data centre and the credentials' placeholders."""

    server_url: str
    data_center: str
    organization_header: str
    organization_id: str
    token_prefix: str


@dataclass(frozen=True)
class Call:
    """One operation, as the snippets need it."""

    sdk: SdkFacts
    method: str  # upper case
    path: str
    parameters: list[dict[str, Any]]  # resolved Parameter Objects, path item's first
    body: Any  # the first request example, or None
    body_schema: dict[str, Any] | None
    result_key: str | None  # property of the success envelope that holds the resource (None: the body)
    result_schema: dict[str, Any] | None  # schema of that resource (of one element, for a list)
    result_is_list: bool
    operation_id: str = ""
    success_status: str = ""


def shown_query_parameters(call: Call, resolve: Resolve) -> list[dict[str, Any]]:
    shown = []
    for parameter in call.parameters:
        if parameter.get("in") != "query" or "example" not in parameter:
            continue
        schema = resolve(parameter.get("schema") or {})
        if parameter.get("required") or "enum" in schema or schema.get("pattern") == _ID_PATTERN:
            shown.append(parameter)
    return shown


def _path_parameters(call: Call) -> list[dict[str, Any]]:
    by_name = {parameter["name"]: parameter for parameter in call.parameters if parameter.get("in") == "path"}
    return [by_name[name] for name in re.findall(r"\{([^}]+)\}", call.path) if name in by_name]


# --------------------------------------------------------------------------------------------
# Python
# --------------------------------------------------------------------------------------------


def python_snippet(call: Call, connection: Connection, resolve: Resolve) -> str:
    arguments: list[str] = [
        _py_literal(parameter.get("example"), {}, resolve, 1) for parameter in _path_parameters(call)
    ]
    for parameter in shown_query_parameters(call, resolve):
        schema = parameter.get("schema") or {}
        arguments.append(f"{parameter['name']}={_py_literal(parameter['example'], schema, resolve, 1)}")
    if isinstance(call.body, dict):
        properties = (call.body_schema or {}).get("properties") or {}
        for name, value in call.body.items():
            arguments.append(f"{name}={_py_literal(value, properties.get(name) or {}, resolve, 1)}")

    target = f"client.{call.sdk.resource}.{call.sdk.method}"
    one_line = f"{target}({', '.join(arguments)})"
    if len(one_line) + 4 <= _WIDTH and "\n" not in one_line:
        invocation = one_line
    else:
        invocation = f"{target}(\n" + "".join(f"    {argument},\n" for argument in arguments) + ")"

    lines = []
    if "Decimal(" in invocation:
        lines.append("from decimal import Decimal")
    if call.sdk.variants:
        lines.append("from pathlib import Path")
    if lines:
        lines.append("")
    lines.append("from zoho_billing_client import ZohoBilling")
    lines.append("")
    lines.append(
        f'client = ZohoBilling(organization_id="{connection.organization_id}", access_token="...",'
        f' data_center="{connection.data_center}")'
    )
    variable = _variable(call)
    shown = _shown_attributes(call.result_schema)
    if call.result_is_list and variable:
        lines.append(f"for {variable} in {invocation}:")
        lines.append(f"    print({', '.join(f'{variable}.{name}' for name in shown) or variable})")
    elif variable:
        lines.append(f"{variable} = {invocation}")
        lines.append(f"print({', '.join(f'{variable}.{name}' for name in shown) or variable})")
    else:
        lines.append(invocation)
    for variant in call.sdk.variants:
        # The same operation asked for a document (x-zoho-sdk.variants): its bytes, to save.
        path_arguments = ", ".join(arguments[: len(_path_parameters(call))])
        extension = variant.accept.rsplit("/", 1)[-1]
        lines.append("")
        lines.append(f"document = client.{call.sdk.resource}.{variant.method}({path_arguments})  # {variant.accept}")
        lines.append(f'Path("{call.sdk.resource}.{extension}").write_bytes(document)')
    return "\n".join(lines) + "\n"


def _variable(call: Call) -> str | None:
    if call.result_key is None:
        # An object at the top level of the body (kind object, no key) is named after its resource.
        return _singular(call.sdk.resource) if call.result_schema and not call.result_is_list else None
    if call.result_is_list:
        return _singular(call.result_key)
    return call.result_key


def _singular(plural: str) -> str:
    """One element of a list named in the plural: activities -> activity, invoices -> invoice."""
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    return plural.removesuffix("s")


def _shown_attributes(schema: dict[str, Any] | None) -> list[str]:
    """Up to two attributes worth printing: the required ones, else the first properties."""
    if not schema:
        return []
    properties = [name for name in schema.get("properties") or {} if name not in ("code", "message")]
    required = [name for name in properties if name in set(schema.get("required") or [])]
    return (required or properties)[:2]


def _py_literal(value: Any, schema: dict[str, Any], resolve: Resolve, level: int) -> str:
    """``value`` as Python source; numbers the schema calls decimal become ``Decimal("...")``."""
    resolved = resolve(schema)
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int | float):
        if resolved.get("format") == "decimal":
            return f'Decimal("{value}")'
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        item_schema = resolved.get("items") or {}
        items = [_py_literal(item, item_schema, resolve, level + 1) for item in value]
        return _py_collection("[", "]", items, level)
    if isinstance(value, dict):
        properties = resolved.get("properties") or {}
        entries = [
            f"{json.dumps(key, ensure_ascii=False)}: {_py_literal(item, properties.get(key) or {}, resolve, level + 1)}"
            for key, item in value.items()
        ]
        return _py_collection("{", "}", entries, level)
    raise TypeError(f"not a JSON value: {value!r}")


def _py_collection(opening: str, closing: str, items: list[str], level: int) -> str:
    inline = opening + ", ".join(items) + closing
    if not items or (len(inline) + 4 * level + 20 <= _WIDTH and "\n" not in inline):
        return inline
    indent = "    " * (level + 1)
    return opening + "\n" + "".join(f"{indent}{item},\n" for item in items) + "    " * level + closing


# --------------------------------------------------------------------------------------------
# curl
# --------------------------------------------------------------------------------------------


def curl_snippet(call: Call, connection: Connection, resolve: Resolve) -> str:
    url = connection.server_url + _path_with_examples(call) + _query_string(call, resolve)
    lines = [
        f"curl --request {call.method}",
        f"--url {_shell_quote(url)}",
        f"--header {_shell_quote(f'Authorization: {connection.token_prefix} <access_token>')}",
        f"--header {_shell_quote(f'{connection.organization_header}: {connection.organization_id}')}",
    ]
    if call.body is not None:
        lines.append("--header 'content-type: application/json'")
        lines.append(f"--data {_shell_quote(json.dumps(call.body, indent=2, ensure_ascii=False))}")
    text = " \\\n  ".join(lines) + "\n"
    for variant in call.sdk.variants:
        # The same request asking for a document (x-zoho-sdk.variants), saved to a file.
        extension = variant.accept.rsplit("/", 1)[-1]
        document = [
            *lines[:2],
            f"--header {_shell_quote(f'Accept: {variant.accept}')}",
            *lines[2:4],
            f"--output {call.sdk.resource}.{extension}",
        ]
        text += "\n" + " \\\n  ".join(document) + "\n"
    return text


def _shell_quote(text: str) -> str:
    if re.fullmatch(r"[A-Za-z0-9_./:=-]+", text) and "?" not in text:
        return text
    return "'" + text.replace("'", "'\\''") + "'"


# --------------------------------------------------------------------------------------------
# TypeScript
# --------------------------------------------------------------------------------------------

TYPES_MODULE = "./zoho-billing"


def typescript_snippet(call: Call, connection: Connection, resolve: Resolve) -> str:
    url = connection.server_url + _path_with_examples(call) + _query_string(call, resolve)
    type_name = "".join(part[:1].upper() + part[1:] for part in call.operation_id.split("_"))
    headers = [
        f"Authorization: {json.dumps(f'{connection.token_prefix} <access_token>')}",
        f"{json.dumps(connection.organization_header)}: {json.dumps(connection.organization_id)}",
    ]
    lines = [
        f'import type {{ operations }} from "{TYPES_MODULE}";',
        "",
        f'type {type_name} = operations["{call.operation_id}"];',
    ]
    if call.body is not None:
        headers.append('"content-type": "application/json"')
        body = json.dumps(call.body, indent=2, ensure_ascii=False)
        lines.append(f'const body: NonNullable<{type_name}["requestBody"]>["content"]["application/json"] = {body};')
    lines.append(f"const response = await fetch({json.dumps(url)}, {{")
    lines.append(f'  method: "{call.method}",')
    lines.append("  headers: {")
    lines.extend(f"    {header}," for header in headers)
    lines.append("  },")
    if call.body is not None:
        lines.append("  body: JSON.stringify(body),")
    lines.append("});")
    answer = f'{type_name}["responses"]["{call.success_status}"]["content"]["application/json"]'
    if call.sdk.result_kind == "binary" or not call.success_status:
        lines.append("const document = await response.arrayBuffer();")
    else:
        lines.append(f"const result = (await response.json()) as {answer};")
        if call.result_key:
            lines.append(f"console.log(result.{call.result_key});")
        else:
            lines.append("console.log(result);")
    return "\n".join(lines) + "\n"


def _path_with_examples(call: Call) -> str:
    path = call.path
    for parameter in _path_parameters(call):
        path = path.replace("{" + parameter["name"] + "}", quote(str(parameter.get("example", "")), safe=""))
    return path


def _query_string(call: Call, resolve: Resolve) -> str:
    query = "&".join(
        f"{quote(str(parameter['name']), safe='')}={quote(str(parameter['example']), safe='.')}"
        for parameter in shown_query_parameters(call, resolve)
    )
    return f"?{query}" if query else ""
