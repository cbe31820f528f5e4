import { withContext } from "@/server/http/with-context";
import { handleGetJwks } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleGetJwks);
