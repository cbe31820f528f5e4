import { withContext } from "@/server/http/with-context";
import { handleTransactionChallenge } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleTransactionChallenge);
