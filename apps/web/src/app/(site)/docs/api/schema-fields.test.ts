import { describe, expect, it } from "vitest";
import { createCardTokenBody } from "@/app/api/v1/card-tokens/schema";
import { captureTransactionBody } from "@/app/api/v1/transactions/[id]/capture/schema";
import { createPaymentRequestBody } from "@/app/api/v1/payment-requests/schema";
import { requestSchema } from "@/app/api/_openapi/build-openapi-document";
import { schemaFields } from "./schema-fields";

describe("schemaFields", () => {
  it("names nested fields the way error params do, with their types and rules", () => {
    const fields = schemaFields(requestSchema(createCardTokenBody));
    expect(fields.map((field) => field.name)).toEqual(["card", "card[number]", "card[expMonth]", "card[expYear]", "card[cvc]", "card[holder]"]);
    expect(fields.find((field) => field.name === "card[number]")).toMatchObject({ type: "string", required: true, rules: ["at most 32 characters"] });
    expect(fields.find((field) => field.name === "card[expMonth]")?.type).toBe("string or integer");
    expect(fields.find((field) => field.name === "card[holder]")?.required).toBe(false);
  });

  it("shows enums, formats and bounds, but not the patterns a format stands for", () => {
    const fields = schemaFields(requestSchema(createPaymentRequestBody));
    expect(fields.find((field) => field.name === "locale")?.type).toBe('"fr" | "en" | "ar"');
    expect(fields.find((field) => field.name === "amount")).toMatchObject({ type: "integer", rules: ["≥ 0"] });
    expect(fields.find((field) => field.name === "currency")?.rules).toEqual(["matches ^[A-Z]{3}$"]);
    expect(fields.find((field) => field.name === "expiresAt")).toMatchObject({ type: "string (date-time)", rules: [] });
    expect(schemaFields(requestSchema(captureTransactionBody))).toEqual([{ name: "amount", type: "integer", required: false, rules: ["> 0"] }]);
  });
});
