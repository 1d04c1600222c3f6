"""Benchmark of the import cost of the generated packages, and how it grows with the number of modules.

Measures, with ``python -X importtime -c "<statement>"`` in a fresh interpreter (the lowest of
--runs runs, each figure on its own: on a shared machine the lowest is the cost without
interference; the two variants alternate within a run), for ``import zoho_billing_client``,
``import zoho_billing_models`` and ``from zoho_billing_models import ItemResponse`` (the models package
imports a module's models on first use):

  * the whole import (cumulative time of the package's top-level imports);
  * the third-party library it stands on (httpx for the client, pydantic for the models), cumulative;
  * the difference: what the package adds above that library (its own modules, and what else it
    imports: attrs, the standard library modules httpx does not already load);
  * the self time of the package's own modules alone.

Twice: for the packages as generated from the spec (``generated/python/``), and for a synthetic
spec of 25 API modules (the spec with its Items module copied 24 times under other names, the
mechanical copy of the issue's module check) generated into a temporary directory with the same
generator steps. Equal figures mean the import cost does not grow with the number of modules.

Run from the repository root: ``.venv/bin/python bench/imports.py`` (about a minute: the synthetic
packages are generated first).
"""

from __future__ import annotations

import argparse
import copy
import os
import platform
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from generator.core.api_model import build_api_model  # noqa: E402
from generator.core.bundle_spec import bundle_spec  # noqa: E402
from generator.core.write_bundle import bundle_json  # noqa: E402
from generator.python_client.generate_client import generate_client  # noqa: E402
from generator.python_common.python_view import python_view  # noqa: E402
from generator.python_models.generate_models import generate_models  # noqa: E402

# (package, the library it stands on, the statement measured). The models package imports no model until one
# is used, so its first model's import is measured too: Items, whose module every synthetic copy repeats.
CASES = (
    ("zoho_billing_client", "httpx", "import zoho_billing_client"),
    ("zoho_billing_models", "pydantic", "import zoho_billing_models"),
    ("zoho_billing_models", "pydantic", "from zoho_billing_models import ItemResponse"),
)
DISTRIBUTIONS = {"zoho_billing_client": "zoho-billing-client", "zoho_billing_models": "zoho-billing-models"}
_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)$")


def measure_once(package: str, base: str, path: Path, statement: str | None = None) -> dict[str, float]:
    """The figures, in ms, of one ``statement`` (``import package``) with ``path`` first on sys.path.

    The total is the cumulative time of every top-level import of the package or one of its modules:
    a model imported on first use appears as a top-level import of its own module.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(path)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement or f"import {package}"],
        capture_output=True, text=True, check=True, env=env, timeout=120,
    )  # fmt: skip
    total = base_time = own = 0
    for line in result.stderr.splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        self_us, cumulative_us, indent, name = int(match[1]), int(match[2]), match[3], match[4]
        ours = name == package or name.startswith(f"{package}.")
        if ours and len(indent) == 1:  # top level: one space after the bar
            total += cumulative_us
        if name == base:
            base_time = cumulative_us
        if ours:
            own += self_us
    return {"total": total / 1000, "base": base_time / 1000, "above": (total - base_time) / 1000, "own": own / 1000}


def synthetic_document(
    document: dict[str, Any], modules: int, owners: dict[str, str]
) -> tuple[dict[str, Any], dict[str, str]]:
    """The spec with its Items module copied until there are ``modules`` API modules: each copy's
    paths, tag, schemas, parameters, responses, operationIds, SDK facts and scopes renamed; and the
    module of each component schema (``owners``, the bundler's, with the copies added)."""
    result = copy.deepcopy(document)
    resources = {op["x-zoho-sdk"]["resource"] for item in document["paths"].values() for op in item.values()
                 if isinstance(op, dict) and "x-zoho-sdk" in op}  # fmt: skip
    item_paths = {path: node for path, node in document["paths"].items() if path.startswith("/items")}
    components = {
        kind: {name: node for name, node in members.items() if name.startswith("Item")}
        for kind, members in document["components"].items()
        if kind in ("schemas", "parameters", "responses")
    }
    subset = {"paths": item_paths, "components": components, "tag": "items"}
    for index in range(modules - len(resources)):
        copied = _renamed(subset, "widget" + chr(ord("a") + index))  # letters only: class names stay as written
        result["paths"].update(copied["paths"])
        for kind, members in copied["components"].items():
            result["components"][kind].update(members)
        owners = owners | {name: copied["tag"] for name in copied["components"]["schemas"]}
        result["tags"].append({"name": copied["tag"], "description": f"Synthetic copy {index + 2} of Items."})
    return result, owners


def _renamed(node: Any, noun: str, *, property_names: bool = False) -> Any:
    """``node`` with ``item``/``Item`` replaced by ``noun`` in every name and text, but not in the
    JSON Schema keyword ``items``."""

    def rename(text: str) -> str:
        return text.replace("Item", noun.capitalize()).replace("item", noun)

    if isinstance(node, dict):
        return {
            (key if key == "items" and not property_names else rename(key)): _renamed(
                value, noun, property_names=key == "properties"
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_renamed(value, noun) for value in node]
    return rename(node) if isinstance(node, str) else node


def synthetic_packages(work: Path, modules: int) -> Path:
    bundled = bundle_spec(REPO_ROOT / "openapi" / "zoho-billing.yaml")
    document, owners = synthetic_document(bundled.document, modules, bundled.component_modules())
    model = build_api_model(document)
    view = python_view(document)
    for_python = work / "view.json"
    for_python.write_text(bundle_json(view), encoding="utf-8")
    out = work / "python"
    version = str(document["info"]["version"])
    generate_client(for_python, out, version=version, model=model.with_document(view))
    order = [tag["name"] for tag in document["tags"]]
    generate_models(for_python, out, version=version, schema_modules=owners, module_order=order)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--modules", type=int, default=25, help="API modules of the synthetic spec (25)")
    args = parser.parse_args()
    print(f"{platform.machine()}, Python {platform.python_version()}, lowest of {args.runs} runs, ms")
    with tempfile.TemporaryDirectory(prefix="zoho-billing-bench-") as temp:
        synthetic = synthetic_packages(Path(temp), args.modules)
        real_resources = len(
            list((REPO_ROOT / "generated/python/zoho-billing-client/zoho_billing_client/resources").glob("[!_]*.py"))
        )
        synthetic_resources = len(
            list((synthetic / "zoho-billing-client/zoho_billing_client/resources").glob("[!_]*.py"))
        )
        print(f"{'import':<52}{'modules':>8}{'total':>8}{'base':>18}{'above base':>12}{'own modules':>13}")
        variants = ((REPO_ROOT / "generated" / "python", real_resources), (synthetic, synthetic_resources))
        for package, base, statement in CASES:
            samples: list[list[dict[str, float]]] = [[], []]
            for root, _count in variants:  # a first import writes the bytecode caches; not counted
                measure_once(package, base, root / DISTRIBUTIONS[package], statement)
            for _ in range(args.runs):
                for index, (root, _count) in enumerate(variants):
                    samples[index].append(measure_once(package, base, root / DISTRIBUTIONS[package], statement))
            for (_root, count), runs in zip(variants, samples, strict=True):
                figures = {key: min(run[key] for run in runs) for key in runs[0]}
                based = f"{base} {figures['base']:.1f}"
                print(
                    f"{statement:<52}{count:>8}{figures['total']:>8.1f}{based:>18}"
                    f"{figures['above']:>12.1f}{figures['own']:>13.1f}"
                )


if __name__ == "__main__":
    main()
