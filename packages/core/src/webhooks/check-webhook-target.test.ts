import { describe, expect, it } from "vitest";
import { tableResolver } from "../testing/table-resolver";
import { checkWebhookTarget, classifyAddress, type WebhookNetwork } from "./check-webhook-target";

const strict = (table: Record<string, string[]> = {}): WebhookNetwork => ({ allowPrivateNetworks: false, resolve: tableResolver(table).resolve });
const lenient = (table: Record<string, string[]> = {}): WebhookNetwork => ({ allowPrivateNetworks: true, resolve: tableResolver(table).resolve });

describe("classifyAddress", () => {
  it.each([
    // loopback, RFC 1918, link-local, CGNAT, unique-local IPv6 (and their IPv4-mapped forms)
    ["127.0.0.1", "private"],
    ["127.8.9.10", "private"],
    ["10.0.0.7", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.254", "private"],
    ["192.168.1.1", "private"],
    ["169.254.10.10", "private"],
    ["100.64.0.1", "private"],
    ["100.127.255.254", "private"],
    ["::1", "private"],
    ["fc00::1", "private"],
    ["fd12:3456::1", "private"],
    ["fe80::1", "private"],
    ["::ffff:127.0.0.1", "private"],
    ["::ffff:7f00:1", "private"],
    ["::ffff:10.0.0.7", "private"],
    // never reachable, whatever the setting: metadata services, unspecified, multicast, broadcast, reserved
    ["169.254.169.254", "forbidden"],
    ["::ffff:169.254.169.254", "forbidden"],
    ["fd00:ec2::254", "forbidden"],
    ["100.100.100.200", "forbidden"],
    ["0.0.0.0", "forbidden"],
    ["0.1.2.3", "forbidden"],
    ["::", "forbidden"],
    ["::ffff:0.0.0.0", "forbidden"],
    ["224.0.0.1", "forbidden"],
    ["239.255.255.250", "forbidden"],
    ["ff02::1", "forbidden"],
    ["255.255.255.255", "forbidden"],
    ["240.0.0.1", "forbidden"],
    ["64:ff9b::a00:7", "forbidden"],
    ["2002:7f00:1::", "forbidden"],
    // the public internet
    ["93.184.216.34", "public"],
    ["8.8.8.8", "public"],
    ["172.32.0.1", "public"],
    ["100.128.0.1", "public"],
    ["2606:4700::1111", "public"],
    ["::ffff:93.184.216.34", "public"],
  ] as const)("%s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });

  it("treats anything that is not an address as forbidden", () => {
    expect(classifyAddress("localhost")).toBe("forbidden");
    expect(classifyAddress("")).toBe("forbidden");
  });
});

describe("checkWebhookTarget", () => {
  it("pins the address a public host name resolves to", async () => {
    const network = strict({ "hooks.shop.example": ["93.184.216.34"] });
    expect(await checkWebhookTarget(network, "https://hooks.shop.example/jeton", "live")).toEqual({ address: "93.184.216.34", family: 4 });
    expect(await checkWebhookTarget(network, "https://[2606:4700::1111]/jeton", "live")).toEqual({ address: "2606:4700::1111", family: 6 });
  });

  it.each([
    "http://127.0.0.1:5432/",
    "http://10.0.0.7/",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[fd00::7]/",
    "http://0.0.0.0/",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://localhost/",
    "http://internal.shop.example/",
    "http://mixed.shop.example/",
  ])("refuses %s in test mode without the setting", async (url) => {
    const network = strict({ localhost: ["127.0.0.1", "::1"], "internal.shop.example": ["10.1.2.3"], "mixed.shop.example": ["93.184.216.34", "10.1.2.3"] });
    await expect(checkWebhookTarget(network, url, "test")).rejects.toMatchObject({ name: "WebhookTargetRefused", reason: "blocked_address" });
  });

  it("lets test-mode endpoints reach private addresses with the setting, never live ones", async () => {
    const network = lenient({ localhost: ["127.0.0.1"] });
    expect(await checkWebhookTarget(network, "http://127.0.0.1:4000/webhooks/jeton", "test")).toEqual({ address: "127.0.0.1", family: 4 });
    expect(await checkWebhookTarget(network, "http://localhost:4000/", "test")).toEqual({ address: "127.0.0.1", family: 4 });
    expect(await checkWebhookTarget(network, "http://[::1]:4000/", "test")).toEqual({ address: "::1", family: 6 });
    for (const url of ["https://localhost/", "https://127.0.0.1/", "https://10.0.0.7/", "https://[::ffff:10.0.0.7]/"]) {
      await expect(checkWebhookTarget(network, url, "live")).rejects.toMatchObject({ reason: "blocked_address" });
    }
    // Metadata services and the unspecified address stay out of reach even in test mode.
    for (const url of ["http://169.254.169.254/", "http://0.0.0.0:4000/", "http://[fd00:ec2::254]/"]) {
      await expect(checkWebhookTarget(network, url, "test")).rejects.toMatchObject({ reason: "blocked_address" });
    }
  });

  it("reports a host that does not resolve", async () => {
    await expect(checkWebhookTarget(strict(), "https://nowhere.example/", "test")).rejects.toMatchObject({ reason: "dns_failed" });
  });
});
