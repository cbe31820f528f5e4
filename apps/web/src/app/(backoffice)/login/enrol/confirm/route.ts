import { withContext } from "@/server/http/with-context";
import { confirmEnrolment } from "./handler";

export const dynamic = "force-dynamic";

// POST /login/enrol/confirm – first sign-in: confirm the authenticator app with its first code.
export const POST = withContext((request, context) => confirmEnrolment(context, request));
