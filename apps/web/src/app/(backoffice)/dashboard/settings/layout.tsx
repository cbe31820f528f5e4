import { hasRole } from "@jeton/core";
import type { ReactNode } from "react";
import { NavLink } from "@/backoffice/nav-link";
import { requireStaff } from "@/server/backoffice/require-staff";

// Settings: every role may read them; only admins and owners see forms (and the routes refuse the others).
export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const { staff } = await requireStaff();
  return (
    <>
      <nav className="bo-subnav" aria-label="Settings">
        <ul>
          <li><NavLink href="/dashboard/settings/branding">Branding</NavLink></li>
          <li><NavLink href="/dashboard/settings/checkout">Checkout</NavLink></li>
          <li><NavLink href="/dashboard/settings/messaging">Messaging</NavLink></li>
          <li><NavLink href="/dashboard/settings/recurring">Recurring</NavLink></li>
          <li><NavLink href="/dashboard/settings/developers">Developers</NavLink></li>
          {hasRole(staff.role, "owner") ? <li><NavLink href="/dashboard/settings/staff">Staff</NavLink></li> : null}
        </ul>
      </nav>
      {children}
    </>
  );
}
