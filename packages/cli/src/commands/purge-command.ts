import { purgeCardData, purgeCardTestingRows, purgeRiskAssessments, purgeExpiredCvcs, purgeIdempotencyKeys, purgeRateLimitCounters, purgeSignInFailures } from "@jeton/core";
import { withPlatform } from "../open-platform";

/** `jeton purge`: erases CVCs of expired tokens, card token PANs past their retention, old rate-limit counters, expired idempotency keys, idle sign-in failure counters, finished card-attempt and risk velocity counters, spent challenge solutions and risk assessments past JETON_RISK_RETENTION_DAYS (the platform does it every minute). */
export async function purgeCommand(): Promise<void> {
  const result = await withPlatform(async (platform) => ({
    cvcsErased: await purgeExpiredCvcs(platform),
    pansDestroyed: await purgeCardData(platform, { retentionDays: platform.config.cardRetentionDays }),
    countersDropped: await purgeRateLimitCounters(platform),
    idempotencyKeysDropped: await purgeIdempotencyKeys(platform),
    signInFailuresDropped: await purgeSignInFailures(platform),
    cardTestingRowsDropped: await purgeCardTestingRows(platform),
    riskAssessmentsDropped: await purgeRiskAssessments(platform, { retentionDays: platform.config.risk.assessmentRetentionDays }),
  }));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
