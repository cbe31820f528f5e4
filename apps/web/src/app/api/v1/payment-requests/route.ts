import { withContext } from "@/server/http/with-context";
import { handleCreatePaymentRequest, handleListPaymentRequests } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCreatePaymentRequest);
export const GET = withContext(handleListPaymentRequests);
