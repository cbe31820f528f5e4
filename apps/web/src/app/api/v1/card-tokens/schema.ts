import { z } from "zod";

const digitsField = (max: number) => z.union([z.string().max(max), z.number().int().nonnegative()]);

/** POST /api/v1/card-tokens. Lengths are capped here; card rules are checked by core. */
export const createCardTokenBody = z.strictObject({
  card: z.strictObject({
    number: z.string().max(32),
    expMonth: digitsField(4),
    expYear: digitsField(4),
    cvc: z.string().max(4),
    holder: z.string().max(100).optional(),
  }),
  /**
   * The solved proof-of-work challenge (base64 ALTCHA payload), when an earlier answer was
   * `challenge_required`. token.js solves and sends it on its own; it is accepted once.
   */
  challengeSolution: z.string().max(2048).optional(),
});

export type CreateCardTokenBody = z.infer<typeof createCardTokenBody>;
