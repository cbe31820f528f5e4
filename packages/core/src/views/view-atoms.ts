import { z } from "zod";

/*
 * The pieces every view of the API is made of. A view is a zod schema (the
 * OpenAPI document's response schemas are generated from it) and its type is
 * inferred from it, so the document, the SDK's types and the code cannot part.
 */

/** An instant, as ISO 8601 in UTC (`2026-01-01T10:00:00.000Z`). */
export const timestamp = z.iso.datetime();

/** Test or live: the key's mode, which every object belongs to. */
export const modeView = z.enum(["test", "live"]).describe("`test` or `live`: the mode of the key that made it.");

/** An amount in the currency's minor unit (cents for EUR). */
export const minorAmount = z.number().int().describe("In the currency's minor unit (2500 is 25.00 EUR).");

/** ISO 4217 alphabetic code. */
export const currencyView = z.string().length(3).describe("ISO 4217, upper case.");

/** The merchant's own key → value strings, as given (at most 50 keys). */
export const metadataView = z.record(z.string(), z.string()).describe("Your own key → value strings, as you gave them.");

/** The summary of a card any view may show: never more than BIN, last 4 and expiry. */
export const cardSummaryView = z
  .object({ brand: z.string(), bin: z.string(), last4: z.string(), expMonth: z.number().int(), expYear: z.number().int() })
  .meta({ id: "CardSummary" });
