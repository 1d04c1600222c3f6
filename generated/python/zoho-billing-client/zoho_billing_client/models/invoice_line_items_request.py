from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvoiceLineItemsRequest")


@_attrs_define
class InvoiceLineItemsRequest:
    """Body of "add line items to a pending invoice": the charges to add, such as the usage of a metered period.

    Attributes:
        invoice_items (list[InvoicePendingLineItem]): The lines to add.
    """

    invoice_items: list[InvoicePendingLineItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.invoice_items, list):
            invoice_items = []
            for invoice_items_item_data in self.invoice_items:
                invoice_items_item = (
                    invoice_items_item_data.to_dict()
                    if isinstance(invoice_items_item_data, InvoicePendingLineItem)
                    else invoice_items_item_data
                )
                invoice_items.append(invoice_items_item)
        else:
            invoice_items = self.invoice_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invoice_items": invoice_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _invoice_items = d.pop("invoice_items")
        invoice_items: list[InvoicePendingLineItem]
        if isinstance(_invoice_items, list):
            invoice_items = []
            for invoice_items_item_data in _invoice_items:
                _invoice_items_item_raw = invoice_items_item_data
                invoice_items_item: InvoicePendingLineItem
                if isinstance(_invoice_items_item_raw, dict):
                    invoice_items_item = InvoicePendingLineItem.from_dict(_invoice_items_item_raw)
                else:
                    invoice_items_item = _invoice_items_item_raw

                invoice_items.append(invoice_items_item)
        else:
            invoice_items = _invoice_items

        invoice_line_items_request = cls(
            invoice_items=invoice_items,
        )

        invoice_line_items_request.additional_properties = d
        return invoice_line_items_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.invoice_pending_line_item import InvoicePendingLineItem  # noqa: E402
