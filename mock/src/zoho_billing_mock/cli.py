"""`zoho-billing-mock`: run the local Zoho Billing server until SIGTERM or Ctrl-C."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from pathlib import Path
from types import FrameType

from ._version import __version__
from .app import DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_ORGANIZATION, DEFAULT_REFRESH_TOKEN, DEFAULT_TOKEN
from .auth import FULL_ACCESS_SCOPE
from .server import MockServer
from .spec import SpecNotFoundError
from .state import DatabaseInUseError

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zoho-billing-mock",
        description="Local Zoho Billing server driven by the bundled OpenAPI description.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s)")
    parser.add_argument("--port", type=int, default=8090, help="port to bind, 0 for a free one (default: %(default)s)")
    parser.add_argument("--spec", type=Path, help="bundled spec (JSON) to load instead of the shipped one")
    parser.add_argument("--db", type=Path, help="keep the state in this SQLite file, so it survives a restart")
    parser.add_argument(
        "--token",
        action="append",
        dest="tokens",
        metavar="TOKEN",
        help=f"valid access token, full access, never expires (repeatable; default: {DEFAULT_TOKEN})",
    )
    parser.add_argument(
        "--organization",
        action="append",
        dest="organizations",
        metavar="ID",
        help=f"valid organization ID (repeatable; default: {DEFAULT_ORGANIZATION})",
    )
    parser.add_argument("--client-id", default=DEFAULT_CLIENT_ID, help="OAuth client ID (default: %(default)s)")
    parser.add_argument(
        "--client-secret", default=DEFAULT_CLIENT_SECRET, help="OAuth client secret (default: %(default)s)"
    )
    parser.add_argument(
        "--refresh-token",
        action="append",
        dest="refresh_tokens",
        metavar="TOKEN",
        help=f"refresh token accepted by /oauth/v2/token (repeatable; default: {DEFAULT_REFRESH_TOKEN})",
    )
    parser.add_argument(
        "--token-expires-in",
        type=int,
        default=3600,
        metavar="SECONDS",
        help="lifetime of access tokens issued by /oauth/v2/token (default: %(default)s)",
    )
    parser.add_argument(
        "--scope", default=FULL_ACCESS_SCOPE, help="scope of issued access tokens (default: %(default)s)"
    )
    parser.add_argument(
        "--allow-host",
        action="append",
        dest="allowed_hosts",
        metavar="NAME[:PORT]",
        help="also answer requests addressed to this host name (repeatable; '*' turns the Host check off). "
        "By default only the listening address (and localhost for a loopback one) is accepted: a request with "
        "another Host header, or with a foreign Origin, is refused (DNS rebinding, cross-site requests)",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="log every request to stderr")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(asctime)s %(message)s")
    try:
        server = MockServer(
            host=args.host,
            port=args.port,
            spec_path=args.spec,
            db_path=args.db,
            tokens=args.tokens or (DEFAULT_TOKEN,),
            organizations=args.organizations or (DEFAULT_ORGANIZATION,),
            oauth_clients={args.client_id: args.client_secret},
            refresh_tokens={token: args.client_id for token in (args.refresh_tokens or (DEFAULT_REFRESH_TOKEN,))},
            access_token_ttl=args.token_expires_in,
            scope=args.scope,
            allowed_hosts=args.allowed_hosts or (),
        )
        server.start()
    except SpecNotFoundError as error:
        print(f"zoho-billing-mock: {error}", file=sys.stderr)
        return 2
    except DatabaseInUseError as error:
        print(f"zoho-billing-mock: {error}", file=sys.stderr)
        return 1
    except ValueError as error:  # an --allow-host value that is not a host name
        print(f"zoho-billing-mock: --allow-host: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"zoho-billing-mock: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 1

    stop = threading.Event()

    def _request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, _request_stop)
    signal.signal(signal.SIGINT, _request_stop)
    print(f"zoho-billing-mock listening on {server.base_url}", flush=True)
    print(
        f"  accounts: {server.accounts_url}/oauth/v2/token  control: {server.control_url}/  "
        f"token: {server.token}  organization: {server.organization_id}",
        flush=True,
    )
    while not stop.wait(0.1):
        pass
    server.stop()
    print("zoho-billing-mock stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
