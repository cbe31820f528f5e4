import { withContext } from "@/server/http/with-context";
import { handleCardTokenPreflight, handleCreateCardToken } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCreateCardToken);
export const OPTIONS = withContext(handleCardTokenPreflight);
