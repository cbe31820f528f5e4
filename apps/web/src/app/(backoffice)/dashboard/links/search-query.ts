import { paymentRequestStatuses, type ListPaymentRequestsInput } from "@jeton/core";
import { z } from "zod";
import { objectId } from "@/server/http/request-atoms";

/** An empty form field means "any". */
const optional = <T extends z.ZodType>(inner: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value), inner.optional());

/** The payment requests search form (GET /dashboard/links), as typed. */
export const paymentRequestsSearchQuery = z.object({
  q: optional(z.string().max(254)),
  status: optional(z.enum(paymentRequestStatuses)),
  source: optional(z.enum(["staff", "api"])),
  after: optional(objectId("pr")),
});
export type PaymentRequestsSearch = z.infer<typeof paymentRequestsSearchQuery>;

/** The form's values as listPaymentRequests filters. */
export function toListFilters(query: PaymentRequestsSearch): Omit<ListPaymentRequestsInput, "merchantId" | "mode"> {
  return { search: query.q, status: query.status, createdBy: query.source, startingAfter: query.after };
}

/** The search as a query string, without the page cursor: what "Older" and "Newest" links keep. */
export function searchParamsOf(query: PaymentRequestsSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (query.source) params.set("source", query.source);
  return params;
}
