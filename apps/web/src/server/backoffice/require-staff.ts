import { hasRole, type StaffRole } from "@jeton/core";
import { cookies } from "next/headers";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { getContext, type AppContext } from "@/server/context";
import { authenticateStaff, type StaffIdentity } from "./authenticate-staff";
import { STAFF_COOKIE } from "./staff-session";

/**
 * For back-office pages (server components): the signed-in staff member, or a
 * redirect to /login. A page a role may not see answers 404 rather than
 * describing what is behind it.
 */
export async function requireStaff(minimum: StaffRole = "viewer"): Promise<{ context: AppContext; staff: StaffIdentity }> {
  const { context, staff } = await currentStaff();
  if (!staff) redirect("/login?reason=session");
  if (!hasRole(staff.role, minimum)) notFound();
  return { context, staff };
}

// The layout and the page both ask: one cookie check and one database read per request, not one each.
const currentStaff = cache(async () => {
  const context = await getContext();
  return { context, staff: await authenticateStaff(context, (await cookies()).get(STAFF_COOKIE)?.value) };
});
