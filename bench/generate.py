"""Benchmark of `make generate` (issue: no-op under 1 s; full run within 1.5x the bare generators).

Measures, on the spec as it is:
  * cold: `make generate` after touching the root spec (environment already installed);
  * no-op: `make generate` with nothing changed (Make's dependency tracking);
  * each step's share of a cold run (from the step lines `make generate` prints);
  * bare: the third-party generators alone on the same bundled spec, with the same options, one
    after the other, as a developer would run them by hand: openapi-python-client and
    datamodel-code-generator (the two Python generators), then also openapi-typescript (which
    `make generate` runs too since the docs/TypeScript step was added).
Each figure is the median of --runs runs. Run with `make bench` from the repository root; it
touches openapi/zoho-billing.yaml and leaves generated/ as `make generate` leaves it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
BIN = REPO_ROOT / ".venv" / "bin"
STEP_LINE = re.compile(r"^step (\w+)\s+([0-9.]+)s")


def _timed(command: list[str], cwd: Path = REPO_ROOT) -> tuple[float, str]:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return time.perf_counter() - started, result.stdout


def _cold_run() -> tuple[float, dict[str, float]]:
    (REPO_ROOT / "openapi" / "zoho-billing.yaml").touch()
    seconds, output = _timed(["make", "--no-print-directory", "generate"])
    steps = {m.group(1): float(m.group(2)) for line in output.splitlines() if (m := STEP_LINE.match(line.strip()))}
    return seconds, steps


def _bare_generators(bundle: Path) -> tuple[float, float]:
    """Seconds for the two Python generators, and for openapi-typescript."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch)
        opc, _ = _timed([
            str(BIN / "openapi-python-client"), "generate", "--path", str(bundle),
            "--config", str(REPO_ROOT / "generator/python_client/config.yml"),
            "--custom-template-path", str(REPO_ROOT / "generator/python_client/templates"),
            "--meta", "none", "--output-path", str(out / "client"), "--overwrite",
        ])  # fmt: skip
        dmcg, _ = _timed(
            [str(BIN / "datamodel-codegen"), "--input", str(bundle), "--output", str(out / "models.py")],
            cwd=REPO_ROOT / "generator" / "python_models",
        )
        node_bin = REPO_ROOT / "node_modules" / ".bin"
        ts, _ = _timed(
            [str(node_bin / "openapi-typescript"), str(bundle), "--output", str(out / "types.d.ts"),
             "--root-types", "--root-types-no-schema-prefix"],
            cwd=node_bin,
        )  # fmt: skip
    return opc + dmcg, ts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    _timed(["make", "--no-print-directory", "generate"])  # warm the environment and the OS cache
    cold_runs = [_cold_run() for _ in range(args.runs)]
    cold = statistics.median(seconds for seconds, _ in cold_runs)
    noop = statistics.median(_timed(["make", "--no-print-directory", "generate"])[0] for _ in range(args.runs))
    with tempfile.TemporaryDirectory() as scratch:
        bundle = Path(scratch) / "zoho-billing.json"
        shutil.copyfile(REPO_ROOT / "generated" / "openapi" / "zoho-billing.json", bundle)
        bare_runs = [_bare_generators(bundle) for _ in range(args.runs)]
        bare = statistics.median(python for python, _ in bare_runs)
        bare_all = statistics.median(python + ts for python, ts in bare_runs)
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; median of {args.runs} runs")
    print(f"make generate, cold (environment present): {cold:6.2f} s")
    print(f"make generate, no-op:                      {noop:6.3f} s   (target < 1 s)")
    print(f"bare Python generators (opc + dmcg):       {bare:6.2f} s")
    print(f"bare generators incl. openapi-typescript:  {bare_all:6.2f} s")
    print(f"cold / bare Python generators:             {cold / bare:6.2f} x")
    print(f"cold / all bare generators:                {cold / bare_all:6.2f} x  (target <= 1.5x)")
    print("steps of a cold run (median seconds, share of the cold wall time; client, models, typescript overlap):")
    for step in cold_runs[0][1]:
        seconds = statistics.median(steps[step] for _, steps in cold_runs)
        print(f"  {step:<9} {seconds:6.2f} s  {seconds / cold:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
