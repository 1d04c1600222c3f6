"""The reference's snippets, run: every Python snippet against the local Zoho Billing server
(`mock/`), and every TypeScript snippet compiled by tsc against the generated types.

Python: the snippets run in the spec's order, each as a reader would paste it, with only the
client's construction pointed at the local server; the snippets that retire a record (inactive,
void) run after the others, and deletions last, in reverse order (a subscription is deleted before
its customer). The spec's example IDs are replaced by those of
the records the earlier snippets created (the ID fields of each result, matched to the parameters
of the same name), so that "create a customer" then "retrieve a customer" acts on one customer. A
snippet must succeed, unless it still names a record no earlier snippet could create (a card, a
transaction): then the server must answer that the record does not exist, which it only does
after the request has passed its validation against the spec.
"""

from __future__ import annotations

import contextlib
import html
import io
import json
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator.core.api_model import build_api_model

REPO_ROOT = Path(__file__).resolve().parents[2]
TSC = REPO_ROOT / "node_modules" / ".bin" / "tsc"
CLIENT_LINE = re.compile(
    r'^client = ZohoBilling\(organization_id="[0-9]+", access_token="\.\.\.", data_center="\w+"\)$', re.M
)
# Known to fail for a reason outside the reference, with the reason; the test fails when one of
# them starts to pass, so that the entry is removed.
KNOWN_FAILURES: dict[str, str] = {}
KNOWN_TYPESCRIPT_FAILURES: dict[str, str] = {}


def _section_snippets(docs_dir: Path, language: str) -> dict[str, str]:
    """Each operation's snippet in ``language``, by operation ID, as the page shows it (text only)."""
    found = {}
    for page in sorted(docs_dir.glob("*.html")):
        for section in re.split(r'(?=<section class="operation" id=")', page.read_text(encoding="utf-8"))[1:]:
            operation_id = re.match(r'<section class="operation" id="([^"]+)"', section)
            code = re.search(rf'<code class="language-{language}">(.*?)</code></pre>', section, re.S)
            if operation_id and code:
                found[operation_id.group(1)] = html.unescape(re.sub(r"<[^>]+>", "", code.group(1)))
    return found


def _with_ids(
    code: str, path_parameters: dict[str, str], id_names: set[str], real: dict[str, str]
) -> tuple[str, list[str], list[str]]:
    """The snippet with the IDs of created records in place of the spec's examples (matched by
    name: `customer_id="..."`, `"customer_id": "..."`, or a path parameter passed positionally),
    the names of the IDs it still passes that no snippet created, and of every ID it passes."""
    unknown, used = [], []
    for name in sorted(id_names | set(path_parameters)):
        named = re.compile(rf'(\b{name}=|"{name}": )"[^"\n]*"')
        positional = None
        if name in path_parameters:
            # Passed positionally: after "(" or ", ", never after "=" or ": ".
            positional = re.compile(rf"(?<!: )(?<=[(\s,]){re.escape(json.dumps(path_parameters[name]))}(?=[,)\n])")
        if not (named.search(code) or (positional and positional.search(code))):
            continue
        used.append(name)
        if name not in real:
            unknown.append(name)
            continue
        code = named.sub(lambda match, name=name: f'{match.group(1)}"{real[name]}"', code)
        if positional:
            code = positional.sub(json.dumps(real[name]), code)
    return code, unknown, used


def _id_parameters(model: Any) -> tuple[dict[str, dict[str, str]], set[str]]:
    """Each operation's path parameters with their example values, and the names of every
    parameter that names a record (a path parameter, or a query parameter ending in ``_id``)."""
    by_operation: dict[str, dict[str, str]] = {}
    names: set[str] = set()
    for operation in model.operations:
        path = {}
        for parameter in operation.parameters:
            node = model.parameter_node(parameter)
            name, where = str(node.get("name", "")), node.get("in")
            if where == "path":
                path[name] = str(node.get("example", ""))
                names.add(name)
            elif where == "query" and name.endswith("_id"):
                names.add(name)
        by_operation[operation.operation_id] = path
    return by_operation, names


# Statuses a record cannot be used in by the snippets after (an inactive plan cannot be subscribed
# to, a void invoice not charged): the snippets that set them run after the others.
RETIRING_STATUSES = ("inactive", "void")


def _phase(model: Any, operation: Any) -> int:
    """When a snippet runs, by its ``x-zoho-behaviour``: in the spec's order, except the setters of
    a retiring status (after the others) and the deletions (last)."""
    behaviour = model.node(operation.pointer).get("x-zoho-behaviour") or {}
    if behaviour.get("action") == "delete":
        return 2
    return 1 if (behaviour.get("sets") or {}).get("status") in RETIRING_STATUSES else 0


def _created_ids(namespace: dict[str, Any]) -> dict[str, str]:
    """The fields of the records a snippet left in its variables that may name them (``*_id``, ``*_code``)."""
    found = {}
    for value in namespace.values():
        if type(value).__module__.startswith("zoho_billing_client.models") and hasattr(value, "to_dict"):
            for name, field in value.to_dict().items():
                if name.endswith(("_id", "_code")) and isinstance(field, str):
                    found[name] = field
    return found


def test_python_snippets_run_against_the_local_server(
    bundle: dict[str, Any], docs_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zoho_billing_client import BadRequestError, NotFoundError
    from zoho_billing_mock import MockServer

    snippets = _section_snippets(docs_dir, "python")
    model = build_api_model(bundle)
    assert sorted(snippets) == sorted(operation.operation_id for operation in model.operations)
    phases: list[list[Any]] = [[], [], []]
    for operation in model.operations:
        phases[_phase(model, operation)].append(operation)
    # Deletions in reverse: a subscription goes before its customer.
    operations = [operation.operation_id for operation in [*phases[0], *phases[1], *phases[2][::-1]]]
    path_parameters, id_names = _id_parameters(model)
    behaviour = {
        operation.operation_id: model.node(operation.pointer).get("x-zoho-behaviour") or {}
        for operation in model.operations
    }
    monkeypatch.chdir(tmp_path)  # a snippet that downloads a document writes it here
    real: dict[str, str] = {}  # ID parameter -> ID of the record later snippets use
    made_by: dict[str, str] = {}  # ID parameter -> the create snippet that made that record
    outcome: dict[str, str] = {}
    not_found: dict[str, list[str]] = {}  # answered "does not exist" for these records no snippet creates

    def run(operation_id: str) -> None:
        code, count = CLIENT_LINE.subn(local, snippets[operation_id])
        assert count == 1, f"{operation_id}: the snippet no longer builds its client on one line:\n{code}"
        code = _with_ids(code, path_parameters[operation_id], id_names, real)[0]
        namespace: dict[str, Any] = {"__name__": f"snippet_{operation_id}"}
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(code, f"{operation_id} snippet", "exec"), namespace)
        # The ID of the record a create snippet made is the one later snippets use (the newest:
        # the invoice created as such, not the one a subscription's first payment settled).
        record = str(behaviour[operation_id].get("record", "")).replace("_", "")
        if behaviour[operation_id].get("action") == "create":
            for name, created in _created_ids(namespace).items():
                if name in id_names and name.replace("_", "").startswith(record):
                    real[name], made_by[name] = created, operation_id

    with MockServer() as mock:
        local = (
            f'client = ZohoBilling(organization_id="{mock.organization_id}", access_token="{mock.token}",'
            f' base_url="{mock.base_url}")'
        )
        for operation_id in operations:
            _, unknown, used = _with_ids(snippets[operation_id], path_parameters[operation_id], id_names, real)
            try:
                try:
                    run(operation_id)
                except BadRequestError:
                    # The snippets before left a record in a state this one refuses (an invoice
                    # already paid): the snippet runs once more on fresh records of its own.
                    for creator in sorted({made_by[name] for name in used if name in made_by}):
                        run(creator)
                    run(operation_id)
            except NotFoundError as error:
                outcome[operation_id] = "ok" if unknown else f"not found, though every record exists: {error}"
                not_found[operation_id] = unknown
                continue
            except Exception as error:
                outcome[operation_id] = f"{type(error).__name__}: {error}"
                continue
            outcome[operation_id] = "ok"
    failures = {operation_id: text for operation_id, text in outcome.items() if text != "ok"}
    known = {operation_id for operation_id in KNOWN_FAILURES if operation_id in operations}
    assert {k: v for k, v in failures.items() if k not in known} == {}, f"IDs of created records: {real}"
    assert known <= set(failures), f"now passing, drop from KNOWN_FAILURES: {sorted(known - set(failures))}"
    # The chain really ran: records were created and their IDs used by the snippets after them.
    assert real, "no snippet created a record whose ID a later snippet uses"
    print(
        f"{len(operations) - len(not_found) - len(failures)} of {len(operations)} snippets succeeded; "
        f"{len(not_found)} were refused for a record no snippet creates: {sorted(not_found.items())}"
    )


@pytest.mark.slow
def test_typescript_snippets_compile_against_the_generated_types(
    docs_dir: Path, generated_dir: Path, tmp_path: Path, bundle: dict[str, Any]
) -> None:
    if not TSC.exists():
        pytest.fail(f"{TSC} is missing: run `npm ci`")
    snippets = _section_snippets(docs_dir, "typescript")
    assert sorted(snippets) == sorted(op.operation_id for op in build_api_model(bundle).operations)
    (tmp_path / "zoho-billing.d.ts").write_text(
        (generated_dir / "typescript" / "zoho-billing.d.ts").read_text(encoding="utf-8"), encoding="utf-8"
    )
    for operation_id, snippet in snippets.items():
        assert 'from "./zoho-billing"' in snippet, operation_id
        (tmp_path / f"{operation_id}.ts").write_text(snippet, encoding="utf-8")
    (tmp_path / "tsconfig.json").write_text(
        json.dumps(
            {
                "compilerOptions": {
                    "strict": True,
                    "noEmit": True,
                    "target": "es2022",
                    "module": "es2022",
                    "moduleResolution": "bundler",
                    "lib": ["es2022", "dom"],
                    "types": [],
                    "skipLibCheck": False,
                },
                "include": ["*.ts"],
            }
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [str(TSC), "--project", str(tmp_path / "tsconfig.json")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    failing = {
        line.split(".ts(", 1)[0] for line in result.stdout.splitlines() if ".ts(" in line and ": error TS" in line
    }
    assert failing or result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert failing - set(KNOWN_TYPESCRIPT_FAILURES) == set(), result.stdout[-6000:]
    assert set(KNOWN_TYPESCRIPT_FAILURES) <= failing, "now compiling, drop from KNOWN_TYPESCRIPT_FAILURES"
