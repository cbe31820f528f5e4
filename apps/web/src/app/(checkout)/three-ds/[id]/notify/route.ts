import { withContext } from "@/server/http/with-context";
import { handleTransactionChallengeNotification } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleTransactionChallengeNotification);
