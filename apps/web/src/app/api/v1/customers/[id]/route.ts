import { withContext } from "@/server/http/with-context";
import { handleDeleteCustomer, handleGetCustomer } from "./handler";

export const dynamic = "force-dynamic";

export const GET = withContext(handleGetCustomer);
export const DELETE = withContext(handleDeleteCustomer);
