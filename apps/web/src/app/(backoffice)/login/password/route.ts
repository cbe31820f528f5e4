import { withContext } from "@/server/http/with-context";
import { submitPassword } from "@/server/backoffice/sign-in/submit-password";

export const dynamic = "force-dynamic";

// POST /login/password – sign-in step 1: email and password.
export const POST = withContext((request, context) => submitPassword(context, request));
