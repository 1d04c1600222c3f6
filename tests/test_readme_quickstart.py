"""The README's "subscription loop, offline" block runs as written against the local server.

The block is read from README.md, not copied here, so that an edit to it is tested. Only its two
addresses change: the server's (`http://127.0.0.1:8090`, which a test cannot assume free) and the
webhook URL (`http://127.0.0.1:9000/zoho`), which becomes a real receiver on 127.0.0.1. After the
block has run, its `receive` function is called with each delivery the receiver got, as a web
application would: every one must verify, and the subscription and invoice events must be among them.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

from zoho_billing_mock import MockServer

sys.path.insert(0, str(Path(__file__).parent / "mock"))  # --import-mode=importlib: the webhook receiver

from webhook_receiver import WebhookReceiver, wait_for

README = Path(__file__).resolve().parents[1] / "README.md"
HEADING = "### The subscription loop, offline"
SERVER = "http://127.0.0.1:8090"
HOOK = "http://127.0.0.1:9000/zoho"


def _block() -> str:
    text = README.read_text(encoding="utf-8")
    assert HEADING in text, f"README.md: no {HEADING!r} section"
    section = text.split(HEADING, 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, f"README.md: no python block under {HEADING!r}"
    block = match.group(1)
    for address in (SERVER, HOOK):
        assert address in block, f"README.md: the block no longer uses {address}; update this test"
    return block


def test_the_readme_loop_runs_against_the_local_server(capsys: Any) -> None:
    block = _block()
    with WebhookReceiver() as receiver, MockServer() as mock:
        code = block.replace(HOOK, receiver.url + "/zoho").replace(SERVER, mock.root_url)
        namespace: dict[str, Any] = {"__name__": "readme_quickstart"}
        exec(compile(code, f"{README}:{HEADING}", "exec"), namespace)  # the README's own code
        printed = capsys.readouterr().out.split()
        assert "subscription_created" in printed, printed

        wanted = {"subscription_created", "invoice_created"}

        def received_types() -> set[str]:
            return {json.loads(body)["event_type"] for body in receiver.bodies()}

        # Deliveries are sent by the server's own thread: wait for the ones asserted, not for a count.
        wait_for(lambda: wanted <= received_types(), f"deliveries of {sorted(wanted)}")
        receive = namespace["receive"]
        for delivery in list(receiver.received):
            receive(delivery.body, delivery.headers)  # raises WebhookSignatureError if one does not verify
