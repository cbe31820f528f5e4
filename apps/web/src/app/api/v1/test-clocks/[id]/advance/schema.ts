import { z } from "zod";
import { instant } from "../../schema";

/** POST /api/v1/test-clocks/{id}/advance. */
export const advanceTestClockBody = z.strictObject({
  /** Later than the clock's frozen time. */
  to: instant,
});
