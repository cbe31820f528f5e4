import { cancelSubscription } from "@jeton/core";
import { staffMutation } from "@/server/backoffice/staff-mutation";

export const dynamic = "force-dynamic";

// POST /dashboard/subscriptions/{id}/cancel – with the API's cancelSubscription; audited (admin and owner).
export const POST = staffMutation<{ id: string }>(
  { action: "subscription.cancel", role: "admin", target: (params) => ({ type: "subscription", id: params.id }) },
  async ({ context, staff, params, fields }) => {
    const scope = { merchantId: staff.merchantId, mode: staff.mode };
    const atPeriodEnd = fields.get("when") === "period_end";
    const subscription = await cancelSubscription(context, { scope, subscriptionId: params.id, atPeriodEnd });
    return {
      redirect: `/dashboard/subscriptions/${subscription.id}`,
      notice: "cancel",
      target: { type: "subscription", id: subscription.id },
      details: { atPeriodEnd },
      json: { status: subscription.status },
    };
  },
);
