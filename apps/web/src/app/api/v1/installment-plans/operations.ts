/** The instalment plan operations of the API registry (aggregated in app/api/_openapi/operations.ts). */
import type { ApiOperation } from "@/app/api/_openapi/api-operation";
import { installmentPlanView } from "@jeton/core";
import { recurringChargeExample } from "../subscriptions/operations";

const cardExample = { id: "card_Hs2Jd8Kf4Lg6Mh1Nj3Pk5q", customerId: "cus_Qw1Er2Ty3Ui4Op5As6Df7g" };

const installmentPlanExample = {
  id: "ipl_Rt5Yu7Io9Pa1Sd3Fg5Hj7k",
  object: "installment_plan",
  status: "active",
  paymentRequestId: "pr_8Zc2kQ1mW9yR4tUv7xYb0a",
  customerId: cardExample.customerId,
  cardId: cardExample.id,
  testClockId: null,
  totalAmount: 10000,
  currency: "EUR",
  count: 3,
  interval: "month",
  initialTransactionId: "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c",
  merchantReference: "order-3x",
  mode: "test",
  createdAt: "2027-01-31T10:00:00.000Z",
  installments: [
    { ...recurringChargeExample, period: 0, periodStart: "2027-01-31T10:00:00.000Z", periodEnd: "2027-02-28T10:00:00.000Z", amount: 3334, status: "succeeded", attempts: 1, nextAttemptAt: null, lastTransactionId: "tx_Gm4Rk8Pq2Lw6Ys1Hv9Nb3c" },
    { ...recurringChargeExample, amount: 3333 },
    { ...recurringChargeExample, period: 2, periodStart: "2027-03-31T10:00:00.000Z", periodEnd: "2027-04-30T10:00:00.000Z", amount: 3333, nextAttemptAt: "2027-03-31T10:00:00.000Z" },
  ],
};

export const installmentPlanOperations: readonly ApiOperation[] = [
  {
    method: "GET",
    path: "/api/v1/installment-plans/{id}",
    operationId: "getInstallmentPlan",
    tag: "Subscriptions",
    summary: "Read an instalment plan with every instalment",
    description: "Made when the shopper pays the first instalment of a payment request with `installments`; the next ones are charged on schedule with the subscriptions' dunning.",
    auth: "secret",
    response: { status: 200, description: "The plan.", schema: installmentPlanView, example: installmentPlanExample },
    errors: ["resource_not_found"],
  },
  {
    method: "POST",
    path: "/api/v1/installment-plans/{id}/cancel",
    operationId: "cancelInstallmentPlan",
    tag: "Subscriptions",
    summary: "Cancel an active instalment plan: the instalments not yet paid are skipped",
    description:
      "Nothing more is charged (a pending retry included); the instalments already paid stay paid (refund their transactions if needed). Emits `installment_plan.canceled`. " +
      "A plan that is not `active` (completed, defaulted, canceled) answers `invalid_state_transition`.",
    auth: "secret",
    idempotent: true,
    response: {
      status: 200,
      description: "The plan, `canceled`.",
      schema: installmentPlanView,
      example: {
        ...installmentPlanExample,
        status: "canceled",
        installments: installmentPlanExample.installments.map((i) => (i.status === "succeeded" ? i : { ...i, status: "skipped", nextAttemptAt: null })),
      },
    },
    errors: ["resource_not_found", "invalid_state_transition"],
  },
];
