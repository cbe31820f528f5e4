import { withContext } from "@/server/http/with-context";
import { handleAddCustomerCard, handleListCustomerCards } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleAddCustomerCard);
export const GET = withContext(handleListCustomerCards);
