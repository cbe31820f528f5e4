import { describe, expect, it, vi } from "vitest";
import { JetonError } from "./jeton-error";
import { createSmartForm, smartFormSource, type SmartFormHost } from "./mount-smart-form";

const embedUrl = "http://localhost:3000/embed/pr_123?lang=fr";

function fakeIframe() {
  const attributes: Record<string, string> = {};
  const frameWindow = {};
  return {
    src: "",
    title: "",
    style: {} as Record<string, string>,
    contentWindow: frameWindow,
    removed: false,
    setAttribute(name: string, value: string) {
      attributes[name] = value;
    },
    remove() {
      this.removed = true;
    },
    attributes,
  };
}

function setup() {
  const iframe = fakeIframe();
  const listeners = new Set<(event: MessageEvent) => void>();
  const host: SmartFormHost = {
    origin: "http://127.0.0.1:4000",
    createIframe: () => iframe as unknown as HTMLIFrameElement,
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
  const children: unknown[] = [];
  const element = { appendChild: (child: unknown) => children.push(child) } as unknown as HTMLElement;
  const form = createSmartForm(host, element, { paymentRequest: embedUrl, locale: "ar" });
  const post = (data: unknown, origin = "http://localhost:3000", source: unknown = iframe.contentWindow) =>
    listeners.forEach((l) => l({ data, origin, source } as MessageEvent));
  return { form, iframe, listeners, children, post };
}

describe("smartFormSource", () => {
  it("names the framing origin and the language", () => {
    const url = smartFormSource({ paymentRequest: { embedUrl }, locale: "en" }, "https://shop.example");
    expect(url.origin).toBe("http://localhost:3000");
    expect(url.pathname).toBe("/embed/pr_123");
    expect(url.searchParams.get("origin")).toBe("https://shop.example");
    expect(url.searchParams.get("lang")).toBe("en");
  });

  it.each(["not a url", "javascript:alert(1)", "http://localhost:3000/pay/pr_123", "http://localhost:3000/embed/pr_1/x", undefined])(
    "refuses %s",
    (value) => {
      expect(() => smartFormSource({ paymentRequest: value as string }, "https://shop.example")).toThrow(JetonError);
    },
  );
});

describe("createSmartForm", () => {
  it("appends a titled iframe pointing at the embed page", () => {
    const { iframe, children } = setup();
    expect(children).toEqual([iframe]);
    expect(new URL(iframe.src).searchParams.get("origin")).toBe("http://127.0.0.1:4000");
    expect(iframe.title).not.toBe("");
  });

  it("follows the frame's height and reports its events", () => {
    const { form, iframe, post } = setup();
    const ready = vi.fn();
    const success = vi.fn();
    form.on("ready", ready).on("success", success);
    post({ source: "jeton", type: "ready" });
    post({ source: "jeton", type: "resize", height: 612.4 });
    post({ source: "jeton", type: "success", detail: { paymentRequestId: "pr_123" } });
    expect(ready).toHaveBeenCalledOnce();
    expect(iframe.style.height).toBe("613px");
    expect(success).toHaveBeenCalledWith({ paymentRequestId: "pr_123" });
  });

  it("ignores messages from another origin, another window or another sender", () => {
    const { form, iframe, post } = setup();
    const success = vi.fn();
    form.on("success", success);
    post({ source: "jeton", type: "success" }, "https://evil.example");
    post({ source: "jeton", type: "success" }, "http://localhost:3000", {});
    post({ source: "other", type: "success" });
    post({ source: "jeton", type: "resize", height: "nope" });
    post(null);
    expect(success).not.toHaveBeenCalled();
    expect(iframe.style.height).toBe("480px");
  });

  it("ignores a message without a sender window while the frame has none (detached, or not loaded yet)", () => {
    const { form, iframe, post } = setup();
    const success = vi.fn();
    form.on("success", success);
    (iframe as { contentWindow: unknown }).contentWindow = null;
    post({ source: "jeton", type: "success" }, "http://localhost:3000", null);
    expect(success).not.toHaveBeenCalled();
  });

  it("caps an absurd height and stops after destroy", () => {
    const { form, iframe, post, listeners } = setup();
    post({ source: "jeton", type: "resize", height: 1e9 });
    expect(iframe.style.height).toBe("4000px");
    const change = vi.fn();
    form.on("change", change).off("change", change);
    post({ source: "jeton", type: "change" });
    expect(change).not.toHaveBeenCalled();
    form.destroy();
    expect(listeners.size).toBe(0);
    expect(iframe.removed).toBe(true);
  });
});
