import { withContext } from "@/server/http/with-context";
import { handleCreateCustomer, handleListCustomers } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleCreateCustomer);
export const GET = withContext(handleListCustomers);
