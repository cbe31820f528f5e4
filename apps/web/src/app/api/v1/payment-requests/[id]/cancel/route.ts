import { withContext } from "@/server/http/with-context";
import { handleCancelPaymentRequest } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCancelPaymentRequest);
