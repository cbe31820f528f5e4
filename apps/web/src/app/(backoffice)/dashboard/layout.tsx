import { hasRole } from "@jeton/core";
import type { ReactNode } from "react";
import { NavLink } from "@/backoffice/nav-link";
import { StaffForm } from "@/backoffice/staff-form";
import { requireStaff } from "@/server/backoffice/require-staff";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const { staff } = await requireStaff();
  return (
    <div className="bo-shell">
      <a className="bo-skip" href="#main">
        Skip to content
      </a>
      <nav className="bo-nav" aria-label="Back-office">
        <div className="bo-brand">Jeton</div>
        <div>{staff.merchantName}</div>
        <ul>
          <li><NavLink href="/dashboard">Dashboard</NavLink></li>
          <li><NavLink href="/dashboard/payments">Payments</NavLink></li>
          <li><NavLink href="/dashboard/links">Payment links</NavLink></li>
          <li><NavLink href="/dashboard/exports">Exports</NavLink></li>
          <li><NavLink href="/dashboard/settings">Settings</NavLink></li>
          {hasRole(staff.role, "owner") ? <li><NavLink href="/dashboard/audit">Audit log</NavLink></li> : null}
        </ul>
      </nav>
      <div>
        <header className="bo-topbar">
          <span className={staff.mode === "live" ? "bo-mode-live" : "bo-mode-test"}>{staff.mode === "live" ? "Live data" : "Test data"}</span>
          <StaffForm action="/dashboard/mode" csrf={staff.csrf} back="/dashboard" className="bo-inline">
            <input type="hidden" name="mode" value={staff.mode === "live" ? "test" : "live"} />
            <button type="submit" className="bo-secondary">
              Switch to {staff.mode === "live" ? "test" : "live"} data
            </button>
          </StaffForm>
          <span>
            {staff.email} <span className="bo-hint">({staff.role})</span>
          </span>
          <StaffForm action="/dashboard/sign-out" csrf={staff.csrf} back="/dashboard" className="bo-inline">
            <button type="submit" className="bo-secondary">Sign out</button>
          </StaffForm>
        </header>
        <main id="main" className="bo-main">
          {children}
        </main>
      </div>
    </div>
  );
}
