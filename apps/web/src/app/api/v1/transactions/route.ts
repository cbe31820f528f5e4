import { withContext } from "@/server/http/with-context";
import { handleCreateTransaction, handleListTransactions } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleListTransactions);
export const POST = withContext(handleCreateTransaction);
