import { withContext } from "@/server/http/with-context";
import { submitSecondFactor } from "./handler";

export const dynamic = "force-dynamic";

// POST /login/second-factor/verify – sign-in step 2: a TOTP code or a recovery code.
export const POST = withContext((request, context) => submitSecondFactor(context, request));
