import { withContext } from "@/server/http/with-context";
import { handleCreateRefund, handleListRefunds } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCreateRefund);
export const GET = withContext(handleListRefunds);
