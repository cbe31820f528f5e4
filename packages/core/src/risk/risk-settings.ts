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
  /** A pool of its own committing asynchronously (PostgreSQL), for the velocity counters: see riskCounterPool. */
  asyncCommitDb?: Database | undefined;
}

export function riskSettingsOf(deps: RiskDeps): RiskSettings {
  return deps.config?.risk ?? DEFAULT_RISK_SETTINGS;
}
