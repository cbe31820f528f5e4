import { withContext } from "@/server/http/with-context";
import { handleGetTransaction } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleGetTransaction);
