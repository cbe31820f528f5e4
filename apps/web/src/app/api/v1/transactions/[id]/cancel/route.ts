import { withContext } from "@/server/http/with-context";
import { handleCancelTransaction } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCancelTransaction);
