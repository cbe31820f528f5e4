import { hasRole, isModeAvailable, listRecentMerchantAlerts } from "@jeton/core";
import type { ReactNode } from "react";
import { MerchantAlertsBanner } from "@/backoffice/merchant-alerts-banner";
import { NavLink } from "@/backoffice/nav-link";
import { StaffForm } from "@/backoffice/staff-form";
import { requireStaff } from "@/server/backoffice/require-staff";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const { context, staff } = await requireStaff();
  const liveOff = staff.mode === "live" && !isModeAvailable(context.acquirers, "live");
  const alerts = await listRecentMerchantAlerts(context, { merchantId: staff.merchantId, mode: staff.mode });
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
          <li><NavLink href="/dashboard/customers">Customers</NavLink></li>
          <li><NavLink href="/dashboard/subscriptions">Subscriptions</NavLink></li>
          <li><NavLink href="/dashboard/links">Payment links</NavLink></li>
          <li><NavLink href="/dashboard/risk">Risk</NavLink></li>
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
          {liveOff ? (
            <p className="bo-live-off" role="note">
              Live mode is off on this platform: no live acquirer is configured, so live payments, live
              payment links and live charges through the API are refused (live_mode_unavailable). Live keys
              and live data remain; test mode works as usual.
            </p>
          ) : null}
          <MerchantAlertsBanner alerts={alerts} />
          {children}
        </main>
      </div>
    </div>
  );
}
