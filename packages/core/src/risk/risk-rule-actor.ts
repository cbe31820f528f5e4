/** Who changes a rule: a staff member (back-office) or an API key; every change is audited with it. */
export interface RiskRuleActor {
  userId: string | null;
  /** The staff member's email, or `api` for a secret key. */
  actorEmail: string;
  ip?: string | null;
  userAgent?: string | null;
}
