// Deliberately wrong uses of the generated types; each line marked `error` must be rejected.
import type { components } from "zoho-billing";

type Schemas = components["schemas"];

export const item: Schemas["ItemRequest"] = {
  name: "Hard Drive",
  rate: "120", // error: `rate` is a number
};

export const treatment: Schemas["TaxTreatment"] = "mexico"; // error: not a tax treatment

export const page: Schemas["PageContext"] = { page: 1, has_more: false }; // error: no such field
