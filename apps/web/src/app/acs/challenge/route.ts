import { withContext } from "@/server/http/with-context";
import { handleAcsChallenge } from "./handler";

export const dynamic = "force-dynamic";

export const POST = withContext(handleAcsChallenge);
