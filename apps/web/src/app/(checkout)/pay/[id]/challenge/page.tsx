import { ChallengeStep } from "@/checkout/challenge-step";

export const dynamic = "force-dynamic";

// The 3-D Secure step of the redirect page: frame-ancestors 'none'.
export default async function PayChallengePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <ChallengeStep surface="redirect" id={(await params).id} query={await searchParams} />;
}
