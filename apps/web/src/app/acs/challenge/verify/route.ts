import { withContext } from "@/server/http/with-context";
import { handleAcsVerify } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleAcsVerify);
