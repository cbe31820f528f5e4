import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setPublishableKey } from "../config";
import { JetonError } from "../jeton-error";
import { createFields } from "./fields";

const PLATFORM = "http://localhost:3000";

/** Just enough of a browser for token.js's side of Fields: the frames are fakes. */
function fakeBrowser() {
  const listeners: Array<(event: MessageEvent) => void> = [];
  const frames: Array<{ src: string; title: string; style: Record<string, string>; contentWindow: { postMessage: ReturnType<typeof vi.fn> }; parentElement: unknown; remove(): void; focus(): void; setAttribute(): void }> = [];
  const classes = new Set<string>();
  const container = {
    id: "card-number",
    classList: { add: (...c: string[]) => c.forEach((x) => classes.add(x)), remove: (...c: string[]) => c.forEach((x) => classes.delete(x)), toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)) },
    appendChild: (frame: (typeof frames)[number]) => {
      frame.parentElement = container;
    },
    getAttribute: () => null,
  };
  const label = { textContent: " Card number ", addEventListener: vi.fn(), removeEventListener: vi.fn() };
  vi.stubGlobal("window", { addEventListener: (_: string, l: (event: MessageEvent) => void) => listeners.push(l) });
  vi.stubGlobal("location", { origin: "https://shop.example" });
  vi.stubGlobal("CSS", { escape: (s: string) => s });
  vi.stubGlobal("getComputedStyle", () => ({ direction: "rtl" }));
  vi.stubGlobal("document", {
    documentElement: { lang: "en" },
    getElementById: () => null,
    querySelector: (selector: string) => (selector === "#card-number" ? container : selector === 'label[for="card-number"]' ? label : null),
    createElement: () => {
      const frame = { src: "", title: "", style: {}, contentWindow: { postMessage: vi.fn() }, parentElement: null as unknown, remove: vi.fn(), focus: vi.fn(), setAttribute: vi.fn() };
      frames.push(frame);
      return frame;
    },
  });
  const post = (data: unknown, source: unknown, origin = PLATFORM) => listeners.forEach((l) => l({ data, source, origin } as MessageEvent));
  return { frames, classes, post };
}

beforeEach(() => {
  vi.useFakeTimers();
  setPublishableKey("pk_test_abcdefghijklmnopqrstuv", { apiBase: PLATFORM });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("Jeton.fields (merchant page side)", () => {
  it("mounts a platform iframe whose URL carries the key, the page origin and the presentation, never a value", () => {
    const browser = fakeBrowser();
    createFields({ locale: "fr", style: { base: { color: "#123" } } }).create("number", { placeholder: "1234" }).mount("#card-number");
    const frame = browser.frames[0]!;
    const [address, fragment] = frame.src.split("#");
    expect(address).toBe(`${PLATFORM}/v1/fields/number?key=pk_test_abcdefghijklmnopqrstuv&origin=https%3A%2F%2Fshop.example&lang=fr`);
    expect(JSON.parse(decodeURIComponent(fragment!))).toMatchObject({ label: "Card number", lang: "fr", dir: "rtl", placeholder: "1234", style: { base: { color: "#123" } } });
    expect(frame.title).toBe("Card number");
    expect(browser.classes.has("jeton-field")).toBe(true);
  });

  it("hands change events to handlers rebuilt to four keys, and only from its own frame on the platform origin", () => {
    const browser = fakeBrowser();
    const changes: unknown[] = [];
    const field = createFields().create("number").mount("#card-number");
    field.on("change", (event) => changes.push(event));
    const frameWindow = browser.frames[0]!.contentWindow;
    const payload = { empty: false, complete: true, brand: "visa", error: null, value: "4242424242424242" };
    browser.post({ type: "jeton-fields:event", name: "change", payload }, frameWindow, "https://evil.example");
    browser.post({ type: "jeton-fields:event", name: "change", payload }, {});
    expect(changes).toEqual([]);
    browser.post({ type: "jeton-fields:event", name: "change", payload }, frameWindow);
    expect(changes).toEqual([{ empty: false, complete: true, brand: "visa", error: null }]);
    expect(browser.classes.has("jeton-field--complete")).toBe(true);
    browser.post({ type: "jeton-fields:resize", height: 41 }, frameWindow);
    expect(browser.frames[0]!.style.height).toBe("41px");
  });

  it("refuses a style outside the allowlist in the console, and keeps the rest", () => {
    fakeBrowser();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    createFields({ style: { base: { color: "red", background: "url(x)" } } as never });
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/^Jeton Fields: style base\.background is not allowed/));
    expect(error).toHaveBeenCalledTimes(1);
  });

  it("createToken asks the number frame with the platform origin and resolves with its answer, or a JetonError", async () => {
    const browser = fakeBrowser();
    const fields = createFields();
    fields.create("number").mount("#card-number");
    await expect(fields.createToken()).rejects.toMatchObject({ code: "missing_field" });
    const frameWindow = browser.frames[0]!.contentWindow;
    browser.post({ type: "jeton-fields:event", name: "ready" }, frameWindow);
    const pending = fields.createToken();
    expect(frameWindow.postMessage).toHaveBeenCalledWith({ type: "jeton-fields:tokenize", id: 1, wanted: ["number"] }, PLATFORM);
    const token = { cardTokenId: "ctok_x", card: { brand: "visa", last4: "4242" } };
    browser.post({ type: "jeton-fields:result", id: 1, token }, frameWindow);
    await expect(pending).resolves.toEqual(token);

    const failing = fields.createToken();
    browser.post({ type: "jeton-fields:result", id: 2, error: { code: "invalid_cvc", param: "card[cvc]", status: 400 } }, frameWindow);
    const error = await failing.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JetonError);
    expect(error).toMatchObject({ code: "invalid_cvc", field: "cvc", status: 400 });
  });

  it("says in the console when a field never loads, and relays the refusal page's reason", () => {
    const browser = fakeBrowser();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    createFields().create("cvc").mount("#card-number");
    browser.post({ type: "jeton-fields:refused", message: "this page's origin is not registered" }, browser.frames[0]!.contentWindow);
    vi.advanceTimersByTime(10_000);
    expect(error.mock.calls.map((c) => c[0])).toEqual([
      "Jeton Fields: this page's origin is not registered",
      expect.stringMatching(/the cvc field did not load\. Is https:\/\/shop\.example registered/),
    ]);
  });
});
