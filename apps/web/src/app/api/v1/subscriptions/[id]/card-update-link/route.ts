import { withContext } from "@/server/http/with-context";
import { handleCreateCardUpdateLink } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCreateCardUpdateLink);
