import type { Database } from "@jeton/db";
import { DEFAULT_RISK_THRESHOLDS, type RiskThresholds } from "./evaluate-risk-rules";

/** The platform's risk settings (JETON_RISK_*), carried by the app context's config. */
export interface RiskSettings {
  /** false only for benchmarks: the rules are skipped (the blacklist still applies). */
  enabled: boolean;
  thresholds: RiskThresholds;
  /** A review left open this long is rejected by the sweep. */
  reviewExpiryHours: number;
  /** Risk assessments older than this are deleted by the purge sweep (at least 31: the backtest reads 30 days). */
  assessmentRetentionDays: number;
}

export const DEFAULT_RISK_SETTINGS: RiskSettings = { enabled: true, thresholds: DEFAULT_RISK_THRESHOLDS, reviewExpiryHours: 72, assessmentRetentionDays: 180 };

/** What core functions that assess risk take from their deps: the app context's config, when there is one. */
export interface RiskDeps {
  config?: { risk?: RiskSettings | undefined } | undefined;
  /**
   * Where a payment's velocity counters are upserted, when given: a PostgreSQL pool of its own (the
   * app context sets it only then), committing asynchronously, outside the payment's transaction. An
   * upsert's row lock then lasts one statement instead of the whole payment, so payments sharing a
   * counter (one address, a merchant-wide rule) do not wait on each other's authorization and commit,
   * and the attempt counts even if the payment then fails. Absent (embedded PGlite, one connection;
   * synchronous commit; tests): the counters go in the payment's transaction.
   */
  asyncCommitDb?: Database | undefined;
}

export function riskSettingsOf(deps: RiskDeps): RiskSettings {
  return deps.config?.risk ?? DEFAULT_RISK_SETTINGS;
}
