"""Step "client": run openapi-python-client on the bundle to write the client package.

Options are in ``generator/python_client/config.yml``; the template overrides in
``generator/python_client/templates/`` make the generated models lenient and exact (open enums, unknown
and wrong-typed values kept, Decimal money). The SDK layer on top (``ZohoBilling``,
``AsyncZohoBilling``) comes from :mod:`generator.python_client.write_client_sdk`, the distribution files around
the package from :mod:`generator.core.write_distribution`.
"""

from __future__ import annotations

from pathlib import Path

from generator.core.api_model import ApiModel
from generator.core.toolchain import OPENAPI_PYTHON_CLIENT
from generator.core.tools import format_python, run_tool
from generator.core.write_distribution import write_distribution
from generator.python_client.write_client_sdk import write_client_sdk
from generator.python_common.shared_runtime import copy_shared_runtime

CLIENT_DIR = Path(__file__).parent
DISTRIBUTION = "zoho-billing-client"
PACKAGE = "zoho_billing_client"


def generate_client(bundle_json: Path, out_dir: Path, *, version: str, model: ApiModel) -> Path:
    """Write the installable client distribution into ``out_dir/zoho-billing-client``.

    ``bundle_json`` is what openapi-python-client reads; ``model`` the API model of the same
    document, for the SDK layer."""
    dist_dir = out_dir / DISTRIBUTION
    run_tool(
        OPENAPI_PYTHON_CLIENT,
        "generate",
        "--path", str(bundle_json),
        "--config", str(CLIENT_DIR / "config.yml"),
        "--custom-template-path", str(CLIENT_DIR / "templates"),
        "--meta", "none",
        "--output-path", str(dist_dir / PACKAGE),
        "--fail-on-warning",
        "--overwrite",
    )  # fmt: skip
    write_client_sdk(model, dist_dir / PACKAGE, version=version)
    copy_shared_runtime(dist_dir / PACKAGE)
    write_distribution(CLIENT_DIR / "distribution", dist_dir, package=PACKAGE, version=version)
    # Last, so that it also formats the Python examples in the distribution's README.
    format_python(dist_dir)
    return dist_dir
