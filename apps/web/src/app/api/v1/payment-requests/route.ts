import { withContext } from "@/server/http/with-context";
import { handleCreatePaymentRequest } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCreatePaymentRequest);
