import { ChallengeStep } from "@/checkout/challenge-step";

export const dynamic = "force-dynamic";

// The 3-D Secure step of the iframe Smart Form: framed only by the merchant's registered origins.
export default async function EmbedChallengePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <ChallengeStep surface="embed" id={(await params).id} query={await searchParams} />;
}
