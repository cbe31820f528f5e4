import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, expect, test, type BrowserContext } from "@playwright/test";
import { expectOrder, payWith, startCheckout } from "../checkout";
import { PLATFORM_URL, SHOP_URL } from "../fixtures";

let profile: string;
let context: BrowserContext;

// A Chromium profile with "Block third-party cookies" turned on, as a shopper (or Safari, by default) would have it.
test.beforeAll(async () => {
  profile = mkdtempSync(path.join(tmpdir(), "jeton-3pc-"));
  mkdirSync(path.join(profile, "Default"));
  writeFileSync(
    path.join(profile, "Default", "Preferences"),
    JSON.stringify({ profile: { block_third_party_cookies: true, cookie_controls_mode: 1 } }),
  );
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
});

test.afterAll(async () => {
  await context?.close();
  rmSync(profile, { recursive: true, force: true });
});

test("the iframe Smart Form pays across two sites (shop on 127.0.0.1, platform on localhost) with third-party cookies blocked", async () => {
  const page = await context.newPage();
  // The browser really refuses a cookie set by another site (localhost) framed in the shop's page (127.0.0.1)…
  const probe = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html", "Set-Cookie": "probe=1; SameSite=None; Secure; Path=/" });
    res.end("probe");
  });
  await new Promise<void>((resolve) => probe.listen(0, "localhost", resolve));
  const probeUrl = `http://localhost:${(probe.address() as AddressInfo).port}/`;
  try {
    await page.goto(`${SHOP_URL}/`);
    await page.evaluate((src) => {
      const frame = document.createElement("iframe");
      frame.src = src;
      document.body.append(frame);
      return new Promise((resolve) => frame.addEventListener("load", resolve));
    }, probeUrl);
    expect(await context.cookies(probeUrl)).toEqual([]);
  } finally {
    probe.close();
  }

  // …and the Smart Form does not need one, 3-D Secure challenge included.
  const form = await startCheckout(page, "iframe");
  await payWith(form, "4000000000003220");
  const bank = form.frameLocator('iframe[name="jeton-acs"]');
  await bank.getByLabel("One-time code").fill("123456");
  await bank.getByRole("button", { name: "Verify" }).click();
  await expectOrder(page, "paid");
  expect(await context.cookies(PLATFORM_URL)).toEqual([]);
});
