import { segment, type Requester } from "../request";
import type { InstallmentPlan } from "../types";

export function installmentPlansResource(api: Requester) {
  return {
    /** A plan (made when the first instalment of a payment request with `installments` is paid) with every instalment. */
    retrieve: (id: string) => api.get<InstallmentPlan>(`/api/v1/installment-plans/${segment(id)}`),
  };
}
