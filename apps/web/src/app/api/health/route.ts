import { getContext } from "@/server/context";

export const dynamic = "force-dynamic";

// GET /api/health – ready once the database is migrated (used by start scripts and load balancers).
export async function GET(): Promise<Response> {
  try {
    await getContext();
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
