import { describe, expect, it, vi } from "vitest";
import { openModal, runNextAction, type ModalDocument, type NextActionHost } from "./handle-next-action";
import { JetonError } from "./jeton-error";

const PLATFORM = "http://localhost:3000";
const SHOP = "http://127.0.0.1:4000";
const TX = "tx_AbCdEfGhIjKlMnOpQrStUv";
const SECRET = `${TX}_secret_${"ab".repeat(32)}`;

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function setup(statuses: Array<Response | Error>) {
  const listeners = new Set<(event: MessageEvent) => void>();
  const intervals = new Map<number, () => void>();
  const opened: Array<{ src: string; title: string; closed: boolean }> = [];
  const fetched: string[] = [];
  // The modal's frame, and the frames inside it (the bank's page, then the notification page that posts the outcome).
  const frame = { name: "challenge frame" } as unknown as Window & { parent: Window };
  (frame as { parent: unknown }).parent = { name: "shop window" };
  const bank = { name: "bank frame", parent: frame } as unknown as Window;
  const notification = { name: "notification frame", parent: bank } as unknown as Window;
  const host: NextActionHost = {
    origin: SHOP,
    apiBase: `${PLATFORM}/`,
    fetch: vi.fn(async (url: string) => {
      fetched.push(url);
      const next = statuses.shift();
      if (!next) throw new Error("no more answers");
      if (next instanceof Error) throw next;
      return next;
    }),
    openModal: (src, title) => {
      const modal = { src, title, closed: false };
      opened.push(modal);
      return {
        close: () => {
          modal.closed = true;
        },
        frame: () => frame,
      };
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    setInterval: (callback) => {
      const id = intervals.size + 1;
      intervals.set(id, callback);
      return id;
    },
    clearInterval: (id) => intervals.delete(id),
  };
  const post = (data: unknown, origin = PLATFORM, source: unknown = notification) =>
    listeners.forEach((listener) => listener({ data, origin, source } as MessageEvent));
  const tick = async () => {
    for (const callback of intervals.values()) callback();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { host, listeners, intervals, opened, fetched, post, tick, frame };
}

const pending = { id: TX, object: "transaction_status", status: "requires_action", declineCode: null, actionExpiresAt: "2030-01-01T00:00:00Z" };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("runNextAction", () => {
  it("opens the challenge for the shop's origin and resolves on the platform's message, then cleans up", async () => {
    const { host, opened, fetched, post, listeners, intervals } = setup([json(pending)]);
    const result = runNextAction(host, SECRET, { locale: "en" });
    await settle();
    expect(fetched).toEqual([`${PLATFORM}/api/v1/transactions/${TX}/status?client_secret=${SECRET}`]);
    expect(opened).toHaveLength(1);
    const src = new URL(opened[0]!.src);
    expect(src.origin + src.pathname).toBe(`${PLATFORM}/three-ds/${TX}`);
    expect(src.searchParams.get("client_secret")).toBe(SECRET);
    expect(src.searchParams.get("origin")).toBe(SHOP);
    expect(src.searchParams.get("lang")).toBe("en");
    expect(opened[0]!.title).toBe("Verification by your bank");

    // Look-alikes are ignored: another origin, another transaction, another shape.
    post({ source: "jeton", type: "three_ds_complete", transactionId: TX, status: "captured" }, "http://evil.example");
    post({ source: "jeton", type: "three_ds_complete", transactionId: "tx_other0000000000000000", status: "captured" });
    post({ source: "jeton", type: "resize", transactionId: TX, status: "captured" });
    post(null);
    await settle();
    expect(opened[0]!.closed).toBe(false);

    post({ source: "jeton", type: "three_ds_complete", transactionId: TX, status: "declined", declineCode: "do_not_honor" });
    await expect(result).resolves.toEqual({ status: "declined", transactionId: TX, declineCode: "do_not_honor" });
    expect(opened[0]!.closed).toBe(true);
    expect(listeners.size).toBe(0);
    expect(intervals.size).toBe(0);
  });

  it("ignores a message with the platform's origin and the right shape that does not come from its own challenge frame", async () => {
    const { host, opened, post, frame } = setup([json(pending)]);
    const result = runNextAction(host, SECRET, { locale: "en" });
    await settle();
    const complete = { source: "jeton", type: "three_ds_complete", transactionId: TX, status: "captured" };
    // Another platform page the shop (or an attacker's page) has open: a popup, another iframe, a nested frame of it.
    const popup = { name: "popup" } as unknown as Window;
    post(complete, PLATFORM, popup);
    post(complete, PLATFORM, { name: "nested in popup", parent: popup });
    post(complete, PLATFORM, null);
    post(complete, PLATFORM, { name: "self-parented", get parent() { return this; } });
    await settle();
    expect(opened[0]!.closed).toBe(false);
    // The challenge page itself (a transaction already decided) is heard too.
    post({ ...complete, status: "declined" }, PLATFORM, frame);
    await expect(result).resolves.toEqual({ status: "declined", transactionId: TX });
  });

  it("resolves at once, without a modal, when the transaction is already decided", async () => {
    const { host, opened } = setup([json({ ...pending, status: "captured", actionExpiresAt: null })]);
    await expect(runNextAction(host, SECRET, { transactionId: TX })).resolves.toEqual({ status: "captured", transactionId: TX });
    expect(opened).toEqual([]);
  });

  it("ends the wait from the status when no message comes (the challenge expired)", async () => {
    const { host, opened, tick } = setup([json(pending), json(pending), json({ ...pending, status: "expired", actionExpiresAt: null })]);
    const result = runNextAction(host, SECRET);
    await settle();
    await tick();
    expect(opened[0]!.closed).toBe(false);
    await tick();
    await expect(result).resolves.toEqual({ status: "expired", transactionId: TX });
    expect(opened[0]!.closed).toBe(true);
  });

  it("keeps waiting when a status check fails on the network", async () => {
    const { host, opened, tick, post } = setup([json(pending), new TypeError("offline")]);
    const result = runNextAction(host, SECRET);
    await settle();
    await tick();
    expect(opened[0]!.closed).toBe(false);
    post({ source: "jeton", type: "three_ds_complete", transactionId: TX, status: "captured", declineCode: null });
    await expect(result).resolves.toEqual({ status: "captured", transactionId: TX });
  });

  it.each([
    ["not a secret", "pk_test_123"],
    ["a secret with the wrong shape", `${TX}_secret_short`],
    ["a non-string", 42 as unknown as string],
  ])("refuses %s without calling the platform", async (_name, secret) => {
    const { host, fetched } = setup([]);
    await expect(runNextAction(host, secret)).rejects.toMatchObject({ code: "invalid_client_secret" });
    expect(fetched).toEqual([]);
  });

  it("refuses a secret of another transaction than the one named", async () => {
    const { host } = setup([]);
    await expect(runNextAction(host, SECRET, { transactionId: "tx_zzzzzzzzzzzzzzzzzzzzzz" })).rejects.toBeInstanceOf(JetonError);
  });

  it("reports the platform's refusal and network failures, opening nothing", async () => {
    const refused = setup([json({ error: { type: "invalid_request_error", code: "invalid_client_secret", message: "x" } }, 403)]);
    await expect(runNextAction(refused.host, SECRET)).rejects.toMatchObject({ code: "invalid_client_secret", status: 403 });
    expect(refused.opened).toEqual([]);
    const offline = setup([new TypeError("Failed to fetch")]);
    await expect(runNextAction(offline.host, SECRET)).rejects.toMatchObject({ code: "network_error" });
    const nowhere = setup([]);
    await expect(runNextAction({ ...nowhere.host, apiBase: undefined }, SECRET)).rejects.toMatchObject({ code: "missing_api_base" });
  });
});

class FakeNode {
  readonly attributes = new Map<string, string>();
  readonly children: FakeNode[] = [];
  parent: FakeNode | undefined;
  focused = false;
  constructor(readonly tag: string) {}
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  hasAttribute(name: string) {
    return this.attributes.has(name);
  }
  removeAttribute(name: string) {
    this.attributes.delete(name);
  }
  appendChild(child: FakeNode) {
    child.parent = this;
    this.children.push(child);
    return child;
  }
  remove() {
    this.parent?.children.splice(this.parent.children.indexOf(this), 1);
    this.parent = undefined;
  }
  focus() {
    this.focused = true;
    doc.activeElement = this;
  }
}

type FakeDocument = Omit<ModalDocument, "activeElement"> & { activeElement: FakeNode | null; keyListeners: Set<(event: KeyboardEvent) => void> };
let doc: FakeDocument;

function fakeDocument() {
  const body = new FakeNode("body");
  const keyListeners = new Set<(event: KeyboardEvent) => void>();
  doc = {
    body: body as unknown as HTMLElement,
    activeElement: null,
    keyListeners,
    createElement: (tag: string) => new FakeNode(tag) as unknown as HTMLElement,
    addEventListener: (_type, listener) => keyListeners.add(listener),
    removeEventListener: (_type, listener) => keyListeners.delete(listener),
  } as FakeDocument;
  return body;
}

describe("openModal", () => {
  it("is an accessible modal dialog: labelled, page behind inert, focus inside, restored after", () => {
    const body = fakeDocument();
    const shopForm = body.appendChild(new FakeNode("form"));
    const alreadyInert = body.appendChild(new FakeNode("aside"));
    alreadyInert.setAttribute("inert", "");
    const payButton = new FakeNode("button");
    payButton.focus();

    const { close } = openModal(doc as unknown as ModalDocument, `${PLATFORM}/three-ds/${TX}`, "Verification by your bank");
    const overlay = body.children.at(-1)!;
    const dialog = overlay.children[0]!;
    const iframe = dialog.children[0]!;
    expect(dialog.getAttribute("role")).toBe("dialog");
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(dialog.getAttribute("aria-label")).toBe("Verification by your bank");
    expect(iframe.tag).toBe("iframe");
    expect(iframe.getAttribute("title")).toBe("Verification by your bank");
    expect(iframe.getAttribute("src")).toBe(`${PLATFORM}/three-ds/${TX}`);
    expect(doc.activeElement).toBe(iframe);
    expect(shopForm.hasAttribute("inert")).toBe(true);
    expect(overlay.hasAttribute("inert")).toBe(false);

    close();
    expect(body.children).not.toContain(overlay);
    expect(shopForm.hasAttribute("inert")).toBe(false);
    // What the page had made inert itself stays so.
    expect(alreadyInert.hasAttribute("inert")).toBe(true);
    expect(doc.activeElement).toBe(payButton);
    expect(doc.keyListeners.size).toBe(0);
  });

  it("does not let Escape close it or reach the page's own handlers", () => {
    fakeDocument();
    const { close } = openModal(doc as unknown as ModalDocument, `${PLATFORM}/three-ds/${TX}`, "t");
    const escape = { key: "Escape", preventDefault: vi.fn(), stopPropagation: vi.fn() };
    const other = { key: "Tab", preventDefault: vi.fn(), stopPropagation: vi.fn() };
    for (const listener of doc.keyListeners) {
      listener(escape as unknown as KeyboardEvent);
      listener(other as unknown as KeyboardEvent);
    }
    expect(escape.preventDefault).toHaveBeenCalled();
    expect(escape.stopPropagation).toHaveBeenCalled();
    expect(other.preventDefault).not.toHaveBeenCalled();
    expect(doc.body.children).toHaveLength(1);
    close();
  });
});
