import { describe, expect, it } from "vitest";
import { clientIp, PEER_ADDRESS_HEADER } from "./client-ip";

const direct = { clientIpHeader: "x-forwarded-for", trustedProxies: [] as string[] };
const behindProxies = { clientIpHeader: "x-forwarded-for", trustedProxies: ["10.0.0.0/8", "2001:db8::/32"] };

const request = (headers: Record<string, string>) => new Request("http://localhost/", { headers });

describe("clientIp", () => {
  it("is the TCP peer by default, whatever X-Forwarded-For says", () => {
    expect(PEER_ADDRESS_HEADER).toBe("x-jeton-peer-address");
    expect(clientIp(request({ [PEER_ADDRESS_HEADER]: "203.0.113.5", "x-forwarded-for": "198.51.100.1" }), direct)).toBe("203.0.113.5");
    expect(clientIp(request({ [PEER_ADDRESS_HEADER]: "203.0.113.5", "x-forwarded-for": "198.51.100.2, 198.51.100.3" }), direct)).toBe("203.0.113.5");
  });

  it("gives a spoofed X-Forwarded-For from an untrusted peer no weight, even with proxies configured", () => {
    expect(clientIp(request({ [PEER_ADDRESS_HEADER]: "203.0.113.5", "x-forwarded-for": "198.51.100.1" }), behindProxies)).toBe("203.0.113.5");
  });

  it("takes the right-most untrusted hop when the peer is a trusted proxy", () => {
    const from = (xff: string, peer = "10.1.2.3") => clientIp(request({ [PEER_ADDRESS_HEADER]: peer, "x-forwarded-for": xff }), behindProxies);
    // The client may prepend anything; the proxy appended the address it saw.
    expect(from("1.1.1.1, 198.51.100.7")).toBe("198.51.100.7");
    // Two trusted proxies in a row: both are skipped.
    expect(from("1.1.1.1, 198.51.100.7, 10.9.9.9")).toBe("198.51.100.7");
    expect(from("198.51.100.8, 2001:db8::1", "2001:db8::2")).toBe("198.51.100.8");
    // Every hop trusted: the left-most is the best we know.
    expect(from("10.0.0.1, 10.0.0.2")).toBe("10.0.0.1");
    // A trusted proxy that sent no header: the proxy itself.
    expect(clientIp(request({ [PEER_ADDRESS_HEADER]: "10.1.2.3" }), behindProxies)).toBe("10.1.2.3");
    // Garbage in the chain stops the walk at the last address that parsed.
    expect(from("198.51.100.9, not-an-ip")).toBe("10.1.2.3");
  });

  it("normalises IPv4-mapped peers and says unknown when no server stamped a peer", () => {
    expect(clientIp(request({ [PEER_ADDRESS_HEADER]: "::ffff:203.0.113.5" }), direct)).toBe("203.0.113.5");
    expect(clientIp(request({ [PEER_ADDRESS_HEADER]: "::ffff:10.0.0.4", "x-forwarded-for": "198.51.100.1" }), behindProxies)).toBe("198.51.100.1");
    expect(clientIp(request({ "x-forwarded-for": "198.51.100.1" }), direct)).toBe("unknown");
  });
});
