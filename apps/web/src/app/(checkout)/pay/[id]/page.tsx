import { CheckoutPage } from "@/checkout/checkout-page";

export const dynamic = "force-dynamic";

// The redirect payment page (and pay-by-link): frame-ancestors 'none'.
export default async function PayPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <CheckoutPage surface="redirect" id={(await params).id} searchParams={await searchParams} />;
}
