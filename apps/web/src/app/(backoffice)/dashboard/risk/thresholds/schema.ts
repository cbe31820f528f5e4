import { z } from "zod";

/** A score typed in the form; empty means "the platform's". Anything else goes to core as typed, which names the field at fault. */
const score = z.preprocess((value) => (typeof value === "string" && value.trim() !== "" ? (/^\d{1,3}$/.test(value.trim()) ? Number(value) : value) : null), z.unknown());

/** POST /dashboard/risk/thresholds: the merchant's review and block scores; core's merchantRiskThresholdsInput checks them. */
export const riskThresholdFields = z.object({ review: score, block: score });
