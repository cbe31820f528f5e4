import { getMerchantLogo } from "@jeton/core";
import type { AppContext } from "@/server/context";

// GET /branding/{merchantId}/logo/{sha256} – a merchant's payment page logo (public: shoppers' browsers load it).
export async function handleGetMerchantLogo(_request: Request, context: AppContext, params: { merchantId: string; sha256: string }): Promise<Response> {
  const logo = await getMerchantLogo(context, params);
  if (!logo) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(logo.data), {
    headers: {
      // The type detected from the bytes at upload (PNG, JPEG or WebP), and no sniffing of anything else.
      "Content-Type": logo.contentType,
      "X-Content-Type-Options": "nosniff",
      "Content-Length": String(logo.data.length),
      // The URL names the content's hash: a new upload gets a new URL, so this one never changes.
      "Cache-Control": "public, max-age=31536000, immutable",
      // Opened directly, it is an image and nothing else: no script, no plugin, no framing.
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cross-Origin-Resource-Policy": "same-origin",
    },
  });
}
