import { segment, type IdempotentRequestOptions, type Requester } from "../request";
import type { CreateRiskRuleParams, DeletedRiskRule, List, ReorderRiskRulesParams, RiskRule, UpdateRiskRuleParams } from "../types";

/** The merchant's risk rules, in evaluation order (the platform's defaults run after them; docs/risk.md). */
export function riskRulesResource(api: Requester) {
  const remove = (id: string) => api.delete<DeletedRiskRule>(`/api/v1/risk-rules/${segment(id)}`);
  return {
    /** Every rule of the key's mode (at most 100, one page), in order. */
    list: () => api.get<List<RiskRule>>("/api/v1/risk-rules"),
    /** Added at the end of the order. A malformed rule is a 400 `parameter_invalid` naming the field; nothing is stored. */
    create: (params: CreateRiskRuleParams, options?: IdempotentRequestOptions) => api.post<RiskRule>("/api/v1/risk-rules", params, options),
    retrieve: (id: string) => api.get<RiskRule>(`/api/v1/risk-rules/${segment(id)}`),
    /** Only the fields given change (`{ enabled: false }` disables it); the resulting rule is validated whole. */
    update: (id: string, params: UpdateRiskRuleParams, options?: IdempotentRequestOptions) =>
      api.post<RiskRule>(`/api/v1/risk-rules/${segment(id)}`, params, options),
    delete: remove,
    /** Same as `delete`, for code that cannot use a reserved word as a property name. */
    del: remove,
    /** `ids` must name every rule of the mode exactly once; otherwise nothing changes. */
    reorder: (ids: string[], options?: IdempotentRequestOptions) =>
      api.post<List<RiskRule>>("/api/v1/risk-rules/reorder", { ids } satisfies ReorderRiskRulesParams, options),
  };
}
