// A minimal stand-in for an HTMLFormElement: jsdom is not installed, and the
// code under test only needs querySelector(All), attributes and values.
import { vi } from "vitest";

export class FakeElement {
  value: string;
  name = "";
  type = "text";
  textContent = "";
  private readonly attributes = new Map<string, string>();

  constructor(attributes: Record<string, string> = {}, value = "") {
    for (const [key, attr] of Object.entries(attributes)) this.attributes.set(key, attr);
    this.value = value;
  }

  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
}

export function fakeForm(fields: Record<string, string>, options: { errorSlot?: boolean } = {}) {
  const inputs = Object.entries(fields).map(([field, value]) => new FakeElement({ "data-jeton": field }, value));
  const appended: FakeElement[] = [];
  const errorSlot = options.errorSlot ? new FakeElement({ "data-jeton-error": "" }) : null;
  const form = {
    inputs,
    appended,
    errorSlot,
    submit: vi.fn(),
    ownerDocument: { createElement: () => new FakeElement() },
    appendChild(node: FakeElement) {
      appended.push(node);
      return node;
    },
    querySelector(selector: string) {
      if (selector === "[data-jeton-error]") return errorSlot;
      const field = /^\[data-jeton="([\w-]+)"\]$/.exec(selector)?.[1];
      if (!field) throw new Error(`fake form: unsupported selector ${selector}`);
      return inputs.find((input) => input.getAttribute("data-jeton") === field) ?? null;
    },
    querySelectorAll(selector: string) {
      if (selector === "[data-jeton]") return inputs;
      if (selector === "input") return [...inputs, ...appended];
      throw new Error(`fake form: unsupported selector ${selector}`);
    },
    input(field: string) {
      return inputs.find((input) => input.getAttribute("data-jeton") === field);
    },
  };
  return form;
}

/** The fake typed as what the public API accepts. */
export function asForm(form: ReturnType<typeof fakeForm>): HTMLFormElement {
  return form as unknown as HTMLFormElement;
}
