import { resumeSubscription } from "@jeton/core";
import { staffMutation } from "@/server/backoffice/staff-mutation";

export const dynamic = "force-dynamic";

// POST /dashboard/subscriptions/{id}/resume – with the API's resumeSubscription; audited (admin and owner).
export const POST = staffMutation<{ id: string }>(
  { action: "subscription.resume", role: "admin", target: (params) => ({ type: "subscription", id: params.id }) },
  async ({ context, staff, params }) => {
    const scope = { merchantId: staff.merchantId, mode: staff.mode };
    const subscription = await resumeSubscription(context, { scope, subscriptionId: params.id });
    return {
      redirect: `/dashboard/subscriptions/${subscription.id}`,
      notice: "resume",
      target: { type: "subscription", id: subscription.id },
      details: {},
      json: { status: subscription.status },
    };
  },
);
