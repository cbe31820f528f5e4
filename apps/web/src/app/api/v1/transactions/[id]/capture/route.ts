import { withContext } from "@/server/http/with-context";
import { handleCaptureTransaction } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCaptureTransaction);
