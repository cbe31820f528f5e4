/**
 * The SRI hash the platform publishes for token.js. A real merchant pins it in
 * their template; the demo asks for it so it follows the platform's builds.
 */
export async function fetchTokenJsIntegrity(jetonApiUrl: string): Promise<string> {
  const response = await fetch(`${jetonApiUrl}/v1/token.js.json`);
  if (!response.ok) throw new Error(`token.js manifest: HTTP ${response.status}`);
  const manifest = (await response.json()) as { integrity: string };
  return manifest.integrity;
}
