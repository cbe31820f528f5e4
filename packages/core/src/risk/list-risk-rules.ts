import { schema } from "@jeton/db";
import { asc } from "drizzle-orm";
import type { DatabaseExecutor } from "../events/record-event";
import { wholeList } from "../pagination/cursor-page";
import type { Page } from "../pagination/list-view";
import { scopedWhere, type MerchantScope } from "../scope";
import { toRiskRuleView, type RiskRuleView } from "./risk-rule-view";

/** The scope's rules in evaluation order (at most 100: one page). */
export async function listRiskRules({ db }: { db: Pick<DatabaseExecutor, "select"> }, scope: MerchantScope): Promise<Page<RiskRuleView>> {
  const { riskRules } = schema;
  const rows = await db.select().from(riskRules).where(scopedWhere(riskRules, scope)).orderBy(asc(riskRules.position), asc(riskRules.createdAt));
  return wholeList(rows.map((row, index) => toRiskRuleView(row, index + 1)));
}
