import { z } from "zod";

/** POST /dashboard/settings/developers/webhooks/{id}/redeliver: the event to send again. */
export const redeliverFields = z.object({ eventId: z.string().min(1).max(100) });
