from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductResponse")


@_attrs_define
class ProductResponse:
    """Success envelope holding one product.

    Attributes:
        code (Literal[0]): 0 for success.
        message (str): Zoho's confirmation text for the operation.
        product (Product): A product as Zoho returns it from every product operation (the list returns the same fields).
            `product_id`, `name` and `status` are always present: Zoho's example and every recorded response carry them,
            Zoho sets the ID and the status itself, and the name is required on create and update. The other fields may be
            absent.
    """

    code: Literal[0]
    message: str
    product: Product
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        product = self.product.to_dict() if isinstance(self.product, Product) else self.product

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "product": product,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = cast(Literal[0], d.pop("code"))

        message = d.pop("message")

        _product_raw = d.pop("product")
        product: Product
        if isinstance(_product_raw, dict):
            product = Product.from_dict(_product_raw)
        else:
            product = _product_raw

        product_response = cls(
            code=code,
            message=message,
            product=product,
        )

        product_response.additional_properties = d
        return product_response

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


from ..models.product import Product  # noqa: E402
