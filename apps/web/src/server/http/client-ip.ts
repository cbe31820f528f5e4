import { BlockList, isIP } from "node:net";

/**
 * Where the platform's own server (src/serve) writes the TCP peer address.
 * It deletes any client-sent header of that name first, so only the server
 * can set it.
 */
export const PEER_ADDRESS_HEADER = "x-jeton-peer-address";

export interface ClientIpConfig {
  /** The forwarded header a trusted proxy writes (X-Forwarded-For by default). */
  clientIpHeader: string;
  /** CIDRs of the proxies whose forwarded header is believed (JETON_TRUSTED_PROXIES). */
  trustedProxies: readonly string[];
}

const blockLists = new WeakMap<readonly string[], BlockList>();

function trustedList(cidrs: readonly string[]): BlockList {
  let list = blockLists.get(cidrs);
  if (!list) {
    list = new BlockList();
    for (const cidr of cidrs) {
      const [network, prefix] = cidr.split("/");
      const type = isIP(network!) === 6 ? "ipv6" : "ipv4";
      list.addSubnet(network!, prefix === undefined ? (type === "ipv6" ? 128 : 32) : Number(prefix), type);
    }
    blockLists.set(cidrs, list);
  }
  return list;
}

function normalise(address: string | undefined | null): string | undefined {
  if (!address) return undefined;
  const bare = address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return isIP(bare) ? bare : undefined;
}

/**
 * The client's address, the one used for rate limits, the audit log and risk.
 * By default it is the TCP peer. When the peer is a configured trusted proxy,
 * the forwarded header is read right to left and the first hop that is not a
 * trusted proxy is the client: entries further left are the client's to invent.
 */
export function clientIp(request: Request, config: ClientIpConfig): string {
  const peer = normalise(request.headers.get(PEER_ADDRESS_HEADER));
  if (!peer) return "unknown";
  if (config.trustedProxies.length === 0) return peer;
  const trusted = trustedList(config.trustedProxies);
  const isTrusted = (address: string) => trusted.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
  let client = peer;
  if (!isTrusted(peer)) return client;
  const hops = (request.headers.get(config.clientIpHeader) ?? "").split(",");
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalise(hops[i]);
    if (!hop) break;
    client = hop;
    if (!isTrusted(hop)) break;
  }
  return client;
}
