import { withContext } from "@/server/http/with-context";
import { handleGetOpenApiDocument } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleGetOpenApiDocument);
