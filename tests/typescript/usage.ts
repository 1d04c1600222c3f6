// A small program that uses the TypeScript types generated from the bundle, compiled with
// `tsc --strict` by tests/typescript/test_typescript.py. The `@ts-expect-error` lines must fail to
// compile: if one of them compiled (say the types had become `any`), tsc would report the
// directive as unused and the test would fail.
import type { components, operations, paths, webhooks, Customer, GstTreatment, ItemRequest, VatTreatment } from "zoho-billing";

type Schemas = components["schemas"];
type Json<Body> = Body extends { content: { "application/json": infer Value } } ? Value : never;

// A customer as Zoho returns it, with nested objects, a tag and an edition-only enum field.
export const customer: Schemas["Customer"] = {
  customer_id: "903000000000099",
  display_name: "Bowman Furniture",
  email: "benjamin.george@bowmanfurniture.com",
  gst_treatment: "business_gst",
  billing_address: { city: "Salt Lake City", zip: "84101", country: "U.S.A" },
  tags: [{ tag_id: "460000000054182", tag_name: "Colors", is_tag_mandatory: false }],
  status: "active",
  outstanding: 250.75,
  // The fields Zoho always sends are required:
  currency_code: "USD",
  currency_id: "90300000000097",
  price_precision: 2,
  unused_credits: 0,
  created_time: "2016-06-05T12:30:08-0700",
  updated_time: "2016-06-05T12:30:08-0700",
  source: "user",
  is_linked_with_zohocrm: false,
  can_add_card: true,
  can_add_bank_account: true,
};

// The body of POST /items, taken from the path.
export type CreateItemBody = Json<paths["/items"]["post"]["requestBody"]>;
export const newItem: CreateItemBody = {
  name: "Hard Drive",
  rate: 120,
  product_type: "goods",
  item_tax_preferences: [{ tax_id: "982000000037049", tax_specification: "intra" }],
};
// ... and it is the ItemRequest schema.
export const sameBody: ItemRequest = newItem;

// A create needs only what the spec requires: a field Zoho defaults (`ach_supported`, `payment_terms`)
// stays optional in a request type.
export const minimalCustomer: Json<paths["/customers"]["post"]["requestBody"]> = {
  display_name: "Ada Lovelace",
  email: "ada@example.com",
};

// The success body of GET /items/{item_id} and of GET /customers.
type RetrievedItem = Json<paths["/items/{item_id}"]["get"]["responses"][200]>;
export function itemLabel(response: RetrievedItem): string {
  const { item } = response;
  return item.status === "inactive" ? `${item.name} (inactive)` : item.name;
}
type CustomerPage = Json<operations["list_customers"]["responses"][200]>;
export function names(page: CustomerPage): string[] {
  return page.customers.map((summary) => summary.display_name);
}
export function hasMore(page: CustomerPage): boolean {
  return page.page_context?.has_more_page ?? false;
}

// Parameters: the organization header, a query enum, a path parameter.
export const headers: operations["create_customer"]["parameters"]["header"] = {
  "X-com-zoho-subscriptions-organizationid": "10234695",
};
export const query: NonNullable<operations["list_customers"]["parameters"]["query"]> = {
  filter_by: "Status.Active",
  page: 1,
  per_page: 200,
};
export const itemPath: paths["/items/{item_id}/active"]["parameters"]["path"] = { item_id: "903000000045027" };

// Error bodies: an item error with one of the documented codes.
export const notFound: Json<components["responses"]["ItemNotFound"]> = { code: 2006, message: "Item does not exist" };

// Enums are unions of their values: a switch over them is checked for exhaustiveness.
export function gstLabel(treatment: GstTreatment): string {
  switch (treatment) {
    case "business_gst":
      return "Registered business";
    case "business_none":
      return "Unregistered business";
    case "consumer":
      return "Consumer";
    case "overseas":
      return "Overseas";
    default: {
      const unreachable: never = treatment;
      return unreachable;
    }
  }
}
export const legacyTreatment: VatTreatment = "non_eu";

// What must not compile.

// @ts-expect-error "gst" is not a GST treatment.
export const wrongTreatment: GstTreatment = "gst";

// @ts-expect-error An item request needs its rate.
export const noRate: ItemRequest = { name: "Hard Drive" };

// @ts-expect-error IDs are strings of digits, not numbers.
export const numericId: Customer["customer_id"] = 903000000000099;

// @ts-expect-error The organization header is required.
export const noHeader: operations["create_customer"]["parameters"]["header"] = {};

// @ts-expect-error `filter_by` of the customer list takes Zoho's `Status.<Name>` values only.
export const wrongFilter: NonNullable<operations["list_customers"]["parameters"]["query"]> = { filter_by: "Active" };

export function readOnlyId(existing: Customer): void {
  // @ts-expect-error `customer_id` is read-only.
  existing.customer_id = "1";
}

// Response fields Zoho always sends are required: an item's rate is a number, never undefined.
export function rateOf(item: Schemas["Item"]): number {
  return item.rate;
}
// @ts-expect-error an item without its rate is not an Item
export const itemWithoutRate: Schemas["Item"] = { item_id: "1", name: "Hard Drive", status: "active" };

// A webhook delivery, as Zoho posts it to the user's URL: the payment under `data` is a Payment.
type PaymentDelivery = Json<webhooks["payment_thankyou"]["post"]["requestBody"]>;
export const delivery: PaymentDelivery = {
  event_id: "90300000005355",
  event_type: "payment_thankyou",
  event_time: "2016-06-05T18:28:20-0700",
  data: {
    payment: { payment_id: "9030000079467", customer_id: "903000000000099", payment_mode: "cash", amount: 100, date: "2016-06-05" },
  },
};
export const signatureHeader: NonNullable<operations["receive_payment_thankyou"]["parameters"]["header"]> = {
  "X-Zoho-Webhook-Signature": "4f0a6c7bd6e2c8e61b1cbf1c5f5b1c8a0f8a4e36f1d7f4b5a0f9d2e8c3b7a615",
};
// @ts-expect-error a delivery names one of Zoho's event types
export const unknownType: PaymentDelivery = { event_id: "1", event_type: "payment_thank_you" };
