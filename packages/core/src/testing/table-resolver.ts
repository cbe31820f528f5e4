/**
 * Tests only: a DNS resolver answering from a table (there is no real DNS in
 * tests), recording every host it was asked for. Hosts missing from the table
 * get `fallback`, or fail like an unknown name.
 */
export function tableResolver(table: Record<string, string[]> = {}, fallback?: string[]) {
  const answers = new Map(Object.entries(table));
  const calls: string[] = [];
  return {
    calls,
    /** Changes what a host resolves to from now on (as a DNS record changing between check and connect). */
    set(hostname: string, addresses: string[]) {
      answers.set(hostname, addresses);
    },
    resolve: async (hostname: string): Promise<string[]> => {
      calls.push(hostname);
      const answer = answers.get(hostname) ?? fallback;
      if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
      return answer;
    },
  };
}

/** A public address for tests' made-up host names (example.com's); nothing is ever sent to it. */
export const TEST_PUBLIC_ADDRESS = "93.184.216.34";

/**
 * Tests only: the webhook network of a test run. Made-up host names resolve to
 * a public address, `localhost` to loopback; IP literals are judged as they are.
 */
export function testWebhookNetwork(allowPrivateNetworks = false) {
  return { allowPrivateNetworks, resolve: tableResolver({ localhost: ["127.0.0.1", "::1"] }, [TEST_PUBLIC_ADDRESS]).resolve };
}
