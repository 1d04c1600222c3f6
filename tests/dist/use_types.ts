// Compiled with `tsc --strict` in a scratch npm project that has only the packed zoho-billing-types
// installed (tests/dist/test_dist.py), then run with node against the local server: the types
// describe what the server answers.
import type { paths, Customer } from "zoho-billing-types";

type Json<Body> = Body extends { content: { "application/json": infer Value } } ? Value : never;
type CreateCustomer = Json<paths["/customers"]["post"]["requestBody"]>;
type CustomerCreated = Json<paths["/customers"]["post"]["responses"]["201"]>;

declare const process: { env: Record<string, string | undefined>; exitCode?: number };

const base = process.env["ZOHO_BILLING_BASE_URL"] ?? "";
const headers = {
  Authorization: `Zoho-oauthtoken ${process.env["ZOHO_BILLING_TOKEN"] ?? ""}`,
  "X-com-zoho-subscriptions-organizationid": process.env["ZOHO_BILLING_ORGANIZATION"] ?? "",
  "Content-Type": "application/json",
};

async function main(): Promise<void> {
  const body: CreateCustomer = { display_name: "Ada Lovelace", email: "ada@example.com" };
  const response = await fetch(`${base}/customers`, { method: "POST", headers, body: JSON.stringify(body) });
  const created = (await response.json()) as CustomerCreated;
  const customer: Customer = created.customer;
  console.log(JSON.stringify({ status: response.status, code: created.code, display_name: customer.display_name }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
