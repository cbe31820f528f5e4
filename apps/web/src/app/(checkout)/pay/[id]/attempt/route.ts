import { withContext } from "@/server/http/with-context";
import { handlePaymentAttempt } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handlePaymentAttempt);
