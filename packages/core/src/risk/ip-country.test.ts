import { describe, expect, it } from "vitest";
import { countryOfIp } from "./ip-country";

describe("countryOfIp", () => {
  it("finds the country of public IPv4 and IPv6 addresses from the shipped ranges", () => {
    expect(countryOfIp("1.0.0.1")).toBe("AU");
    expect(countryOfIp("1.0.1.1")).toBe("CN");
    expect(countryOfIp("8.8.8.8")).toBe("US");
    expect(countryOfIp("2001:4860:4860::8888")).toBe("US");
  });

  it("answers null for private, loopback, documentation and malformed addresses", () => {
    for (const address of ["127.0.0.1", "10.1.2.3", "192.168.0.1", "192.0.2.1", "::1", "unknown", "", null, "999.1.1.1"]) {
      expect(countryOfIp(address)).toBeNull();
    }
  });
});
