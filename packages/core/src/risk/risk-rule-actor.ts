/**
 * Who changes a rule through the API: the change is audited with it. The
 * back-office passes null: its staffMutation wrapper audits every action itself.
 */
export interface RiskRuleActor {
  userId: string | null;
  /** The staff member's email, or `api` for a secret key. */
  actorEmail: string;
  ip?: string | null;
  userAgent?: string | null;
}
