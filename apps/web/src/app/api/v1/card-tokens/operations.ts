/** The card tokens operations of the API registry (aggregated in app/api/_openapi/operations.ts). */
import type { ApiOperation } from "@/app/api/_openapi/api-operation";
import { cardTokenView, cardTokenWithStatusView } from "@jeton/core";
import { createCardTokenBody } from "./schema";

export const cardTokenOperations: readonly ApiOperation[] = [
  {
    method: "POST",
    path: "/api/v1/card-tokens",
    operationId: "createCardToken",
    tag: "Card tokens",
    summary: "Turn a card into a single-use cardTokenId",
    description:
      "Called from the shopper's browser by token.js with the publishable key; the Origin must be registered for the merchant. " +
      "The token lives 15 minutes and is consumed once. Rate limited per client address and per key.",
    auth: "publishable",
    body: createCardTokenBody,
    bodyExample: { card: { number: "4242424242424242", expMonth: 12, expYear: 2030, cvc: "123", holder: "Ada Lovelace" } },
    response: {
      status: 201,
      description: "The token and the card's public summary.",
      schema: cardTokenView,
      example: {
        cardTokenId: "ctok_Xb1Vq9Lm3Kz8Yw2Tn6Rs4P",
        card: { brand: "visa", last4: "4242", bin: "424242", expMonth: 12, expYear: 2030 },
        expiresAt: "2026-01-01T10:15:00.000Z",
      },
    },
    errors: ["origin_not_allowed", "rate_limited", "invalid_number", "invalid_expiry_month", "invalid_expiry_year", "expired_card", "invalid_cvc"],
  },
  {
    method: "GET",
    path: "/api/v1/card-tokens/{id}",
    operationId: "getCardToken",
    tag: "Card tokens",
    summary: "Read a card token's summary and status",
    description: "Never returns the card number. Another merchant's token answers 404 like an unknown id.",
    auth: "secret",
    response: {
      status: 200,
      description: "The token.",
      schema: cardTokenWithStatusView,
      example: {
        cardTokenId: "ctok_Xb1Vq9Lm3Kz8Yw2Tn6Rs4P",
        card: { brand: "visa", last4: "4242", bin: "424242", expMonth: 12, expYear: 2030 },
        expiresAt: "2026-01-01T10:15:00.000Z",
        status: "used",
      },
    },
    errors: ["resource_not_found"],
  },
];
