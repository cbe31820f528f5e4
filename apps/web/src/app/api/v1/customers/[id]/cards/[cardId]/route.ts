import { withContext } from "@/server/http/with-context";
import { handleDeleteCustomerCard } from "./handler";

export const dynamic = "force-dynamic";

export const DELETE = withContext(handleDeleteCustomerCard);
