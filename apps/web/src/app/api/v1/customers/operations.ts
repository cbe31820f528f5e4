/** The customers and saved cards operations of the API registry (aggregated in app/api/_openapi/operations.ts). */
import type { ApiOperation } from "@/app/api/_openapi/api-operation";
import { cardView, customerView, customerWithCardsView, listView } from "@jeton/core";
import { addCustomerCardBody } from "./[id]/cards/schema";
import { createCustomerBody, listCustomersQuery } from "./schema";

const cardExample = {
  id: "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q",
  object: "card",
  customerId: "cus_Qw1Er2Ty3Ui4Op5As6Df7g",
  brand: "visa",
  bin: "424242",
  last4: "4242",
  expMonth: 12,
  expYear: 2030,
  holderName: "Ada Lovelace",
  mode: "test",
  createdAt: "2026-01-01T10:00:00.000Z",
  deletedAt: null,
  consent: { obtainedAt: "2026-01-01T10:00:00.000Z", method: "api" },
};

const customerExample = {
  id: cardExample.customerId,
  object: "customer",
  email: "ada@example.com",
  name: "Ada Lovelace",
  merchantReference: "user-42",
  testClockId: null,
  description: null,
  metadata: { crmId: "C-981" },
  mode: "test",
  createdAt: "2026-01-01T10:00:00.000Z",
  deletedAt: null,
};

export const customerOperations: readonly ApiOperation[] = [
  {
    method: "POST",
    path: "/api/v1/customers",
    operationId: "createCustomer",
    tag: "Customers",
    summary: "Create a customer, saving a card from a cardTokenId",
    description:
      "With `cardTokenId` the token is consumed and the card saved, in one database transaction: a bad token creates nothing. " +
      "`consent` states that the shopper agreed to merchant-initiated charges on that card (when, how); absent, it is recorded as given now, through the API.",
    auth: "secret",
    idempotent: true,
    body: createCustomerBody,
    bodyExample: { email: "ada@example.com", name: "Ada Lovelace", merchantReference: "user-42", cardTokenId: "ctok_Xb1Vq9Lm3Kz8Yw2Tn6Rs4P" },
    response: { status: 201, description: "The customer with its cards.", schema: customerWithCardsView, example: { ...customerExample, cards: [cardExample] } },
    errors: ["resource_not_found", "card_token_used", "card_token_expired", "test_mode_only"],
  },
  {
    method: "GET",
    path: "/api/v1/customers",
    operationId: "listCustomers",
    tag: "Customers",
    summary: "List customers, newest first",
    auth: "secret",
    query: listCustomersQuery,
    response: {
      status: 200,
      description: "A page of customers.",
      schema: listView(customerView, "CustomerList"),
      example: { object: "list", data: [customerExample], hasMore: false, nextCursor: null },
    },
    errors: ["resource_not_found"],
  },
  {
    method: "GET",
    path: "/api/v1/customers/{id}",
    operationId: "getCustomer",
    tag: "Customers",
    summary: "Read a customer with its saved cards",
    auth: "secret",
    response: { status: 200, description: "The customer.", schema: customerWithCardsView, example: { ...customerExample, cards: [cardExample] } },
    errors: ["resource_not_found"],
  },
  {
    method: "DELETE",
    path: "/api/v1/customers/{id}",
    operationId: "deleteCustomer",
    tag: "Customers",
    summary: "Delete a customer and all its saved cards",
    auth: "secret",
    response: { status: 200, description: "The deleted customer.", schema: customerView, example: { ...customerExample, deletedAt: "2026-02-01T10:00:00.000Z" } },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/customers/{id}/cards",
    operationId: "addCustomerCard",
    tag: "Customers",
    summary: "Save the card of a cardTokenId for a customer",
    description: "`consent` states that the shopper agreed to merchant-initiated charges on this card (when, how); absent, it is recorded as given now, through the API.",
    auth: "secret",
    idempotent: true,
    body: addCustomerCardBody,
    bodyExample: { cardTokenId: "ctok_Xb1Vq9Lm3Kz8Yw2Tn6Rs4P", consent: { obtainedAt: "2026-01-01T09:58:00Z", method: "online" } },
    response: { status: 201, description: "The saved card.", schema: cardView, example: cardExample },
    errors: ["resource_not_found", "card_token_used", "card_token_expired"],
  },
  {
    method: "GET",
    path: "/api/v1/customers/{id}/cards",
    operationId: "listCustomerCards",
    tag: "Customers",
    summary: "List a customer's saved cards (deleted ones are not listed)",
    auth: "secret",
    response: { status: 200, description: "The cards.", schema: listView(cardView, "CardList"), example: { object: "list", data: [cardExample], hasMore: false, nextCursor: null } },
    errors: ["resource_not_found"],
  },
  {
    method: "DELETE",
    path: "/api/v1/customers/{id}/cards/{cardId}",
    operationId: "deleteCustomerCard",
    tag: "Customers",
    summary: "Delete a saved card for good; it can never be charged again",
    auth: "secret",
    response: { status: 200, description: "The deleted card.", schema: cardView, example: { ...cardExample, deletedAt: "2026-02-01T10:00:00.000Z" } },
    errors: ["resource_not_found"],
  },
];
