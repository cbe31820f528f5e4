import type { schema } from "@jeton/db";
import { AppError } from "../errors";

export type StaffRole = (typeof schema.staffRoles)[number];

const rank: Record<StaffRole, number> = { viewer: 0, admin: 1, owner: 2 };

/**
 * Roles are ordered: a viewer reads; an admin also acts on payments, links and
 * settings; an owner also manages staff and reads the audit log.
 */
export function hasRole(role: StaffRole, minimum: StaffRole): boolean {
  return Object.hasOwn(rank, role) && rank[role] >= rank[minimum];
}

/** For input from forms and the CLI. */
export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && Object.hasOwn(rank, value);
}

export function assertRole(role: StaffRole, minimum: StaffRole): void {
  if (!hasRole(role, minimum)) throw new AppError("permission_denied", `This needs the ${minimum} role or above.`);
}
