import { requireStaff } from "@/server/backoffice/require-staff";

export const dynamic = "force-dynamic";

// Placeholder until the dashboard charts land.
export default async function DashboardPage() {
  const { staff } = await requireStaff();
  return <h1>Dashboard — {staff.merchantName}</h1>;
}
