import { withContext } from "@/server/http/with-context";
import { handleGetCardToken } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleGetCardToken);
