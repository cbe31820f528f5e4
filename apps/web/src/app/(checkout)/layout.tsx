import { headers } from "next/headers";
import type { ReactNode } from "react";
import { directionOf, isLocale } from "@/i18n/messages";
import "./checkout.css";

export const metadata = { title: "Jeton", robots: { index: false } };

// The language is known from `?lang=` (the proxy passes it on); pages redirect
// to add it, so the whole document, <html> included, is in one language.
export default async function CheckoutLayout({ children }: { children: ReactNode }) {
  const lang = (await headers()).get("x-jeton-lang");
  const locale = isLocale(lang) ? lang : "fr";
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>{children}</body>
    </html>
  );
}
