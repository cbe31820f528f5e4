import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";
import type { Mode } from "../merchants/create-api-key";

/**
 * How the platform may reach merchants' webhook receivers. A webhook URL is
 * chosen by whoever holds a secret key, and the platform POSTs to it from
 * inside the operator's network: without this check a key holder could make
 * it call a database port, an admin page or a cloud metadata service.
 */
export interface WebhookNetwork {
  /**
   * Test-mode endpoints may reach private addresses (loopback, RFC 1918, …):
   * local development, where the demo shop listens on 127.0.0.1
   * (`JETON_WEBHOOK_ALLOW_PRIVATE_NETWORKS`). Never live-mode ones.
   */
  allowPrivateNetworks: boolean;
  /** Resolves a host name to all its addresses; the system resolver when omitted (tests inject their own). */
  resolve?: ((hostname: string) => Promise<string[]>) | undefined;
}

/** The address a delivery connects to: the one that was checked, never a second DNS answer. */
export interface WebhookTarget {
  address: string;
  family: 4 | 6;
}

export type WebhookTargetRefusal = "blocked_address" | "dns_failed";

export class WebhookTargetRefused extends Error {
  override name = "WebhookTargetRefused";
  constructor(
    readonly reason: WebhookTargetRefusal,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Cloud metadata services (AWS, GCP, Azure, OpenStack: 169.254.169.254; AWS
 * over IPv6: fd00:ec2::254; Alibaba: 100.100.100.200). They hand out
 * credentials, so no setting makes them reachable.
 */
const METADATA_ADDRESSES = new Set(["169.254.169.254", "fd00:ec2::254", "100.100.100.200"]);
/** Ranges a local receiver may live in, reachable from test mode when the operator allows it. */
const PRIVATE_RANGES = new Set(["loopback", "private", "linkLocal", "carrierGradeNat", "uniqueLocal"]);

/**
 * `public`: a unicast internet address. `private`: loopback, RFC 1918,
 * link-local, CGNAT (100.64/10) or unique-local IPv6. `forbidden`: anything
 * else (metadata services, unspecified, multicast, broadcast, reserved and
 * translation ranges that can embed another address), and what is not an
 * address. IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is judged as the IPv4 it maps.
 */
export function classifyAddress(address: string): "public" | "private" | "forbidden" {
  if (isIP(address) === 0) return "forbidden";
  const parsed = ipaddr.process(address);
  const normalized = parsed.kind() === "ipv6" ? (parsed as ipaddr.IPv6).toRFC5952String() : parsed.toString();
  if (METADATA_ADDRESSES.has(normalized)) return "forbidden";
  const range = parsed.range();
  if (range === "unicast") return "public";
  return PRIVATE_RANGES.has(range) ? "private" : "forbidden";
}

async function systemResolve(hostname: string): Promise<string[]> {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => answer.address);
}

/**
 * Resolves the URL's host and checks every address it has: if any one is out
 * of reach the URL is refused (a host name does not get to pick, per
 * connection, which of its addresses is used). Runs when an endpoint is
 * registered and again before every delivery; the delivery then connects to
 * the address returned here.
 */
export async function checkWebhookTarget(network: WebhookNetwork, url: string | URL, mode: Mode): Promise<WebhookTarget> {
  const { hostname } = typeof url === "string" ? new URL(url) : url;
  // The URL parser already turned decimal, hex and short IPv4 forms into dotted quads; IPv6 comes in brackets.
  const host = hostname.startsWith("[") ? hostname.slice(1, -1) : hostname;
  let addresses: string[];
  if (isIP(host) !== 0) {
    addresses = [host];
  } else {
    try {
      addresses = await (network.resolve ?? systemResolve)(host);
    } catch {
      addresses = [];
    }
    if (addresses.length === 0) throw new WebhookTargetRefused("dns_failed", "The url's host name does not resolve.");
  }
  const privateAllowed = mode === "test" && network.allowPrivateNetworks;
  for (const address of addresses) {
    const kind = classifyAddress(address);
    if (kind === "forbidden" || (kind === "private" && !privateAllowed)) {
      throw new WebhookTargetRefused(
        "blocked_address",
        kind === "private" && mode === "test"
          ? "The url points to a private network address; webhooks go to public internet addresses only."
          : "The url points to an address webhooks may not be sent to; they go to public internet addresses only.",
      );
    }
  }
  const address = addresses[0]!;
  return { address, family: isIP(address) === 6 ? 6 : 4 };
}
