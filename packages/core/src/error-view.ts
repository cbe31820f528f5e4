import { z } from "zod";
import { errorCatalog, type ErrorCode, type ErrorType } from "./errors";

const codes = Object.keys(errorCatalog) as [ErrorCode, ...ErrorCode[]];
const types = [...new Set(Object.values(errorCatalog).map((entry) => entry.type))] as [ErrorType, ...ErrorType[]];

/** Every error the API answers: `{ error: { type, code, message, param?, declineCode?, transactionId? } }`. */
export const errorView = z
  .object({
    error: z.object({
      type: z.enum(types),
      code: z.enum(codes).describe("Branch on this; the catalog is closed (docs/errors.md)."),
      message: z.string().describe("For people; may change. Branch on `code`."),
      param: z.string().optional().describe("The parameter at fault, `card[number]` style for nested ones."),
      declineCode: z.string().optional().describe("For `card_declined`: the acquirer's reason."),
      transactionId: z.string().optional().describe("For `card_declined`: the declined transaction, which exists and can be retrieved."),
    }),
  })
  .meta({ id: "Error" });
