import type { ReactNode } from "react";

export const metadata = { title: "Jeton", description: "Card payments you can host yourself" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", margin: 0, color: "#1a1a2e" }}>{children}</body>
    </html>
  );
}
