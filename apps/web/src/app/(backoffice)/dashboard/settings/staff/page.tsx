import { listStaffUsers, STAFF_PASSWORD_MIN_LENGTH, type StaffRole, type StaffUserView } from "@jeton/core";
import { ConfirmSubmit } from "@/backoffice/confirm-submit";
import { formatDateTime } from "@/backoffice/format-date-time";
import { StaffForm } from "@/backoffice/staff-form";
import { requireStaff } from "@/server/backoffice/require-staff";
import { SettingsFlash } from "../settings-flash";

export const dynamic = "force-dynamic";
export const metadata = { title: "Staff · Jeton back-office" };

const BACK = "/dashboard/settings/staff";
const roles: { value: StaffRole; label: string; description: string }[] = [
  { value: "viewer", label: "Viewer", description: "reads payments, links, exports and settings" },
  { value: "admin", label: "Admin", description: "also captures, cancels, refunds, blacklists, creates links and changes settings" },
  { value: "owner", label: "Owner", description: "also manages staff and reads the audit log" },
];
const roleLabel = (role: StaffRole) => roles.find((r) => r.value === role)?.label ?? role;

function Status({ user }: { user: StaffUserView }) {
  if (user.disabledAt) return <span className="bo-status bo-status-bad">Disabled {formatDateTime(user.disabledAt)}</span>;
  if (user.lockedUntil) return <span className="bo-status bo-status-bad">Locked until {formatDateTime(user.lockedUntil)}</span>;
  // Failures lock the account for the address they came from; many, from everywhere, lock it (above).
  if (user.failedAttempts > 0) return <span className="bo-status bo-status-ok">Active, {user.failedAttempts} failed sign-ins in a row</span>;
  return <span className="bo-status bo-status-ok">Active</span>;
}

// GET /dashboard/settings/staff – who can sign in to this merchant's back-office, and what they may do (owners only).
export default async function StaffPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const { context, staff } = await requireStaff("owner");
  const users = await listStaffUsers(context, { merchantId: staff.merchantId });
  return (
    <>
      <h1>Staff</h1>
      <SettingsFlash
        query={query}
        fieldMessages={{
          email: "Enter a valid email address.",
          password: `The initial password must be at least ${STAFF_PASSWORD_MIN_LENGTH} characters (and at most 256).`,
          role: "Choose a role.",
        }}
      />
      <section className="bo-card" aria-labelledby="staff-list">
        <h2 id="staff-list">Staff members</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Two-factor</th>
              <th scope="col">Last sign-in</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>
                  {user.email}
                  {user.id === staff.userId ? <span className="bo-hint"> (you)</span> : null}
                </td>
                <td>{roleLabel(user.role)}</td>
                <td>{user.totpEnabled ? "Set up" : "Not yet (at first sign-in)"}</td>
                <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Never"}</td>
                <td>
                  <Status user={user} />
                </td>
                <td>
                  {user.disabledAt ? null : (
                    <div className="bo-actions">
                      <StaffForm action={`/dashboard/settings/staff/${user.id}/role`} csrf={staff.csrf} back={BACK} className="bo-actions">
                        <label className="visually-hidden" htmlFor={`role-${user.id}`}>
                          Role of {user.email}
                        </label>
                        <select id={`role-${user.id}`} name="role" defaultValue={user.role}>
                          {roles.map((role) => (
                            <option key={role.value} value={role.value}>
                              {role.label}
                            </option>
                          ))}
                        </select>
                        <ConfirmSubmit
                          question={`Change the role of ${user.email}? Their sessions end and they sign in again with the new role.`}
                          confirmLabel="Change role"
                        >
                          Change role<span className="visually-hidden"> of {user.email}</span>
                        </ConfirmSubmit>
                      </StaffForm>
                      {user.lockedUntil || user.failedAttempts > 0 ? (
                        <StaffForm action={`/dashboard/settings/staff/${user.id}/unlock`} csrf={staff.csrf} back={BACK} className="bo-inline">
                          <button type="submit" className="bo-secondary">
                            Unlock<span className="visually-hidden"> {user.email}</span>
                          </button>
                        </StaffForm>
                      ) : null}
                      <StaffForm action={`/dashboard/settings/staff/${user.id}/disable`} csrf={staff.csrf} back={BACK} className="bo-inline">
                        <ConfirmSubmit
                          question={`Disable ${user.email}? They are signed out now and can no longer sign in.`}
                          confirmLabel="Disable"
                          danger
                        >
                          Disable<span className="visually-hidden"> {user.email}</span>
                        </ConfirmSubmit>
                      </StaffForm>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="bo-card" aria-labelledby="staff-add">
        <h2 id="staff-add">Add a staff member</h2>
        <StaffForm action="/dashboard/settings/staff/create" csrf={staff.csrf} back={BACK}>
          <div className="bo-field">
            <label htmlFor="new-email">Email</label>
            <input id="new-email" name="email" type="email" required maxLength={254} autoComplete="off" />
          </div>
          <div className="bo-field">
            <label htmlFor="new-role">Role</label>
            <select id="new-role" name="role" defaultValue="viewer" aria-describedby="new-role-hint">
              {roles.map((role) => (
                <option key={role.value} value={role.value}>
                  {role.label}
                </option>
              ))}
            </select>
            <ul className="bo-hint" id="new-role-hint">
              {roles.map((role) => (
                <li key={role.value}>
                  {role.label}: {role.description}.
                </li>
              ))}
            </ul>
          </div>
          <div className="bo-field">
            <label htmlFor="new-password">Initial password</label>
            <input
              id="new-password"
              name="password"
              type="password"
              required
              minLength={STAFF_PASSWORD_MIN_LENGTH}
              maxLength={256}
              autoComplete="new-password"
              aria-describedby="new-password-hint"
            />
            <p className="bo-hint" id="new-password-hint">
              At least {STAFF_PASSWORD_MIN_LENGTH} characters. Give it to them in person or by another channel; at their first sign-in they set up
              an authenticator app.
            </p>
          </div>
          <button type="submit">Add staff member</button>
        </StaffForm>
      </section>
    </>
  );
}
