import { pauseSubscription } from "@jeton/core";
import { staffMutation } from "@/server/backoffice/staff-mutation";

export const dynamic = "force-dynamic";

// POST /dashboard/subscriptions/{id}/pause – with the API's pauseSubscription; audited (admin and owner).
export const POST = staffMutation<{ id: string }>(
  { action: "subscription.pause", role: "admin", target: (params) => ({ type: "subscription", id: params.id }) },
  async ({ context, staff, params }) => {
    const scope = { merchantId: staff.merchantId, mode: staff.mode };
    const subscription = await pauseSubscription(context, { scope, subscriptionId: params.id });
    return {
      redirect: `/dashboard/subscriptions/${subscription.id}`,
      notice: "pause",
      target: { type: "subscription", id: subscription.id },
      details: {},
      json: { status: subscription.status },
    };
  },
);
