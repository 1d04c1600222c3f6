"""How operations of the spec are named in the hand-written SDK layer (`client.<resource>.<method>`).

One rule, used by every generator step that names SDK calls (the client's resources, the docs'
Python snippets): the resource is the operation's tag, and the method is the operationId without
the resource's noun (`create_customer` -> `customers.create`, `mark_item_active` ->
`items.mark_active`, `retrieve_customer_by_reference` -> `customers.retrieve_by_reference`,
`list_transactions` -> `customers.list_transactions`).
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple


class SdkMethod(NamedTuple):
    resource: str
    method: str

    def __str__(self) -> str:
        return f"{self.resource}.{self.method}"


def sdk_method(operation: dict[str, Any]) -> SdkMethod:
    """The SDK resource and method for an operation object of the bundle."""
    resource = operation["tags"][0]
    noun = resource.removesuffix("s")
    method = re.sub(rf"_{noun}s?(?=_|$)", "", operation["operationId"], count=1)
    return SdkMethod(resource, method)
