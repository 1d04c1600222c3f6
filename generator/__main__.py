"""Command line of the toolchain: ``python -m generator <command>``.

Commands:
  validate            bundle the spec in memory and check it; print each problem as
                      ``file#/json/pointer: reason`` and exit 1 if there is any.
  bundle --out DIR    write the self-contained bundle (YAML and JSON) into DIR.
  generate --out DIR  validate, then regenerate everything under DIR (what `make generate` runs);
                      DIR is left untouched if any step fails.
  new-module NAME     write the skeleton of openapi/modules/NAME/ and add its line to the root's
                      tags list (see CONTRIBUTING.md).
  breaking [--base REF_OR_FILE]
                      compare generated/openapi/zoho-billing.json with the latest release's bundle
                      (or a file, or the bundle at a git ref); print each change and exit 1 on a
                      breaking change that info.version does not allow (README: Breaking changes).
  release [--date YYYY-MM-DD]
                      record generated/openapi/zoho-billing.json as the release of its info.version
                      in releases/<version>/ (bundle, changes since the previous release, date)
                      and rewrite CHANGELOG.md from every release (README: Releases).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.core.api_model import build_api_model
from generator.core.breaking_check import BUNDLE_PATH, RELEASES_DIR, run_breaking
from generator.core.bundle_spec import ROOT_SPEC, bundle_spec
from generator.core.errors import SpecError
from generator.core.new_module import NewModuleError, new_module
from generator.core.release import CHANGELOG, ReleaseError, record_release, today
from generator.core.tools import ToolError
from generator.core.validate_spec import validate_spec
from generator.core.write_bundle import write_bundle
from generator.generate import GenerationInterrupted, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--spec", type=Path, default=ROOT_SPEC, help="root file of the spec source (default: %(default)s)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("validate", help="check the spec and report problems with their location")
    bundle = commands.add_parser("bundle", help="write the bundled spec")
    bundle.add_argument("--out", type=Path, required=True, help="directory to write zoho-billing.yaml and .json into")
    everything = commands.add_parser("generate", help="regenerate the output tree from the spec")
    everything.add_argument("--out", type=Path, required=True, help="output directory, normally generated")
    scaffold = commands.add_parser("new-module", help="write the skeleton of a new module folder")
    scaffold.add_argument("name", help="the module's name, as in Zoho's URL (e.g. plans)")
    breaking = commands.add_parser("breaking", help="classify the changes since a base and check the version")
    breaking.add_argument(
        "--base", help="a bundle file or a git ref (default: the latest release under releases/)", default=None
    )
    breaking.add_argument("--head", type=Path, default=BUNDLE_PATH, help="the bundle to check (default: %(default)s)")
    release = commands.add_parser("release", help="record the bundle as a release and rewrite CHANGELOG.md")
    release.add_argument("--date", default=None, help="the release date, YYYY-MM-DD (default: today, UTC)")
    release.add_argument("--bundle", type=Path, default=BUNDLE_PATH, help="the bundle to record (default: %(default)s)")
    release.add_argument("--releases", type=Path, default=RELEASES_DIR, help="releases folder (default: %(default)s)")
    release.add_argument(
        "--changelog", type=Path, default=CHANGELOG, help="changelog to rewrite (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    if args.command == "release":
        try:
            record_release(args.bundle, args.releases, args.changelog, args.date or today(), sys.stdout)
        except ReleaseError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        return 0
    if args.command == "breaking":
        return run_breaking(args.base, args.head, sys.stdout, sys.stderr)
    if args.command == "new-module":
        try:
            written = new_module(args.name, args.spec)
        except (NewModuleError, SpecError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        for path in written:
            print(f"wrote {path}")
        print("fill them in (CONTRIBUTING.md), then: python -m generator validate")
        return 0
    try:
        if args.command == "generate":
            generate(args.spec, args.out)
            return 0
        bundled = bundle_spec(args.spec)
        validate_spec(bundled)
        build_api_model(bundled.document, bundled.locate)  # checks the SDK facts (x-zoho-sdk)
        if args.command == "bundle":
            write_bundle(bundled, args.out)
    except SpecError as error:
        print(f"error: the spec is invalid ({len(error.problems)} problem(s)):", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    except ToolError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except GenerationInterrupted as error:
        print(f"error: {error}; {args.out}/ is left as it was", file=sys.stderr)
        return 128 + error.signum
    if args.command == "validate":
        print(f"{args.spec}: valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
