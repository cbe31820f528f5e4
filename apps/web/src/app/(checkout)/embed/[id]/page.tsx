import { CheckoutPage } from "@/checkout/checkout-page";

export const dynamic = "force-dynamic";

// The iframe Smart Form: framed only by the merchant's registered origins (checkout-proxy.ts); it talks to the ?origin= one.
export default async function EmbedPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <CheckoutPage surface="embed" id={(await params).id} searchParams={await searchParams} />;
}
