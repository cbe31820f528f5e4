import { withContext } from "@/server/http/with-context";
import { handleGetPaymentRequest } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleGetPaymentRequest);
