import { withContext } from "@/server/http/with-context";
import { submitPassword } from "./handler";

export const dynamic = "force-dynamic";

// POST /login/password – sign-in step 1: email and password.
export const POST = withContext((request, context) => submitPassword(context, request));
