import type { ReactNode } from "react";
import "./backoffice.css";

export const metadata = { title: "Jeton back-office", robots: { index: false } };

export default function BackofficeLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="bo">{children}</body>
    </html>
  );
}
