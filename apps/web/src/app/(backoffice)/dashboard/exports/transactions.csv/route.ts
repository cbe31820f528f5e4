import { withContext } from "@/server/http/with-context";
import { handleExportTransactions } from "./handler";

export const dynamic = "force-dynamic";

// GET /dashboard/exports/transactions.csv – the CSV export of a date range (any role, with a session).
export const GET = withContext(handleExportTransactions);
