import { getRuntime } from "@/server/context";
import { isDraining } from "@/server/lifecycle";

export const dynamic = "force-dynamic";

// GET /api/ready – should a load balancer send this instance requests? Not while it drains after
// SIGTERM, and only while the database answers now (health says the process is up and migrated).
export async function GET(): Promise<Response> {
  if (isDraining()) return Response.json({ status: "draining" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  try {
    const runtime = getRuntime();
    await runtime.ready;
    await runtime.handle.query("select 1");
    return Response.json({ status: "ready" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
