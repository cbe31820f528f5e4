import { withContext } from "@/server/http/with-context";
import { handleGetTransactionStatus } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleGetTransactionStatus);
