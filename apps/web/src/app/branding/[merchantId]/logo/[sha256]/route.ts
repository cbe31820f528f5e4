import { withContext } from "@/server/http/with-context";
import { handleGetMerchantLogo } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleGetMerchantLogo);
