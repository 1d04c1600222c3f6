"""Step "models": run datamodel-code-generator on the bundle to write the pydantic v2 models.

Options are in ``generator/python_models/pyproject.toml`` (the tool reads them from its working
directory). The hand-written base class every model inherits, ``_base.py``, is copied from
``generator/python_models/runtime/``; the exact JSON and open enums it shares with the client from
``generator/python_common/runtime/``.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path

from generator.core.toolchain import DATAMODEL_CODEGEN
from generator.core.tools import format_python, run_tool
from generator.core.write_distribution import write_distribution
from generator.python_common.shared_runtime import copy_shared_runtime
from generator.python_models.split_models import package_init, split_models

MODELS_DIR = Path(__file__).parent
RUNTIME_DIR = Path(__file__).parent / "runtime"
DISTRIBUTION = "zoho-billing-models"
PACKAGE = "zoho_billing_models"


def generate_models(
    bundle_json: Path, out_dir: Path, *, version: str, schema_modules: Mapping[str, str], module_order: list[str]
) -> Path:
    """Write the installable models distribution into ``out_dir/zoho-billing-models``.

    ``schema_modules`` maps each component schema to the API module that defines it (``""``: shared), and
    ``module_order`` lists the modules: the models are split into one submodule per module (split_models.py).
    """
    dist_dir = out_dir / DISTRIBUTION
    package_dir = dist_dir / PACKAGE
    package_dir.mkdir(parents=True)
    run_tool(
        DATAMODEL_CODEGEN,
        "--input", str(bundle_json.resolve()),
        "--output", str((package_dir / "models.py").resolve()),
        cwd=MODELS_DIR,
    )  # fmt: skip
    written = split_models(package_dir / "models.py", schema_modules, module_order, package=PACKAGE)
    shutil.copyfile(RUNTIME_DIR / "_base.py", package_dir / "_base.py")
    copy_shared_runtime(package_dir)
    init = package_init(written, {"ZohoModel": "_base", "decimal_to_json_number": "_base"})
    (package_dir / "__init__.py").write_text(init, encoding="utf-8")
    write_distribution(MODELS_DIR / "distribution", dist_dir, package=PACKAGE, version=version)
    # Last, so that it also formats the Python examples in the distribution's README.
    format_python(dist_dir)
    return dist_dir
