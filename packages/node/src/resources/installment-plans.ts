import { segment, type IdempotentRequestOptions, type Requester } from "../request";
import type { InstallmentPlan } from "../types";

export function installmentPlansResource(api: Requester) {
  const one = (id: string) => `/api/v1/installment-plans/${segment(id)}`;
  return {
    /** A plan (made when the first instalment of a payment request with `installments` is paid) with every instalment. */
    retrieve: (id: string) => api.get<InstallmentPlan>(one(id)),
    /** Stops an active plan: the instalments not yet paid are skipped; those paid stay paid. */
    cancel: (id: string, options?: IdempotentRequestOptions) => api.post<InstallmentPlan>(`${one(id)}/cancel`, {}, options),
  };
}
