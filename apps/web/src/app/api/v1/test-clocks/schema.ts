import { z } from "zod";

export const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

/** POST /api/v1/test-clocks. */
export const createTestClockBody = z.strictObject({
  /** The clock's time: any instant, e.g. the first of next month. */
  frozenTime: instant,
  name: z.string().min(1).max(100).optional(),
});

