import { withContext } from "@/server/http/with-context";
import { acknowledgeRecoveryCodes } from "./handler";

export const dynamic = "force-dynamic";

// POST /login/recovery-codes/continue – the recovery codes were seen: start the session.
export const POST = withContext((request, context) => acknowledgeRecoveryCodes(context, request));
