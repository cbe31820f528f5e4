/*
 * Compile-time checks of the generated types (tsc runs this file in
 * `npm run typecheck`; vitest runs it too). If the OpenAPI document lost its
 * response schemas, these fields would be `unknown` and this would not compile.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { createJetonClient } from "./create-client";
import type { ApiErrorBody, JetonApiError } from "./errors";
import type { components } from "./generated/openapi";
import type { ApiErrorCode, List, MerchantAlert, PaymentRequest, Transaction, TransactionDetail } from "./types";

type Client = ReturnType<typeof createJetonClient>;

describe("the SDK's types, generated from the OpenAPI document", () => {
  it("type the fields of a Transaction, not unknown", () => {
    expectTypeOf<Transaction["amount"]>().toEqualTypeOf<number>();
    expectTypeOf<Transaction["status"]>().toExtend<string>();
    expectTypeOf<"captured">().toExtend<Transaction["status"]>();
    expectTypeOf<Transaction["card"]["last4"]>().toEqualTypeOf<string>();
    expectTypeOf<Transaction["settledAt"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Transaction["metadata"]>().toEqualTypeOf<{ [key: string]: string }>();
    expectTypeOf<TransactionDetail["refunds"][number]["amount"]>().toEqualTypeOf<number>();
    // @ts-expect-error amount is a number, never a string
    const wrong: Transaction["amount"] = "25.00";
    void wrong;
  });

  it("type the error codes of the closed catalog, the card-testing ones included, and the decline-rate alert", () => {
    expectTypeOf<"too_many_attempts">().toExtend<ApiErrorCode>();
    expectTypeOf<"challenge_required">().toExtend<ApiErrorCode>();
    expectTypeOf<JetonApiError["code"]>().toEqualTypeOf<ApiErrorCode>();
    // @ts-expect-error not a code of the catalog
    const unknown: ApiErrorCode = "no_such_code";
    void unknown;
    expectTypeOf<MerchantAlert["declineRate"]>().toEqualTypeOf<number>();
  });

  it("take the error body from the document's Error schema, not a hand-written copy", () => {
    expectTypeOf<ApiErrorBody>().toEqualTypeOf<Partial<components["schemas"]["Error"]["error"]>>();
    expectTypeOf<NonNullable<ApiErrorBody["code"]>>().toEqualTypeOf<ApiErrorCode>();
  });

  it("type the payment requests list", () => {
    expectTypeOf<Awaited<ReturnType<Client["paymentRequests"]["list"]>>>().toEqualTypeOf<List<PaymentRequest>>();
    expectTypeOf<Parameters<Client["paymentRequests"]["list"]>[0]>().toExtend<{ metadata?: { [key: string]: string } } | undefined>();
  });

  it("type what each method resolves to", () => {
    expectTypeOf<Awaited<ReturnType<Client["transactions"]["list"]>>>().toEqualTypeOf<List<Transaction>>();
    expectTypeOf<Awaited<ReturnType<Client["transactions"]["retrieve"]>>["timeline"][number]["type"]>().toEqualTypeOf<string>();
    expectTypeOf<Awaited<ReturnType<Client["events"]["list"]>>["nextCursor"]>().toEqualTypeOf<string | null>();
  });
});
