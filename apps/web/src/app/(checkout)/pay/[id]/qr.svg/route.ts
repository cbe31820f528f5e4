import { withContext } from "@/server/http/with-context";
import { handlePaymentPageQrCode } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handlePaymentPageQrCode);
