/**
 * A JSON answer that keeps its text: `Response.json` builds a web body
 * stream, and the platform server then read it back to write it, together
 * about a tenth of a token's CPU (BENCHMARKS.md, third round). This one is a
 * real `Response` (status and headers as usual) whose body is made only when
 * someone asks for it (Next, a test); the platform server takes the text
 * (`wholeText`) and writes it in one `end`.
 */
export class JsonResponse extends Response {
  readonly #text: string;
  #materialized: Response | undefined;

  constructor(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}) {
    super(null, { status: init.status ?? 200, headers: { "content-type": "application/json", ...init.headers } });
    this.#text = JSON.stringify(body);
  }

  /** The JSON text, when `response` is one of these and its body was not taken as a stream. */
  static wholeText(response: Response): string | undefined {
    return response instanceof JsonResponse && response.#materialized === undefined ? response.#text : undefined;
  }

  /** The same answer as an ordinary Response, made once: every body accessor reads through it. */
  #body(): Response {
    this.#materialized ??= new Response(this.#text, { headers: { "content-type": "application/json" } });
    return this.#materialized;
  }

  static {
    // Accessors over what TypeScript declares as properties of Response: defined here, where `#body` is in reach.
    Object.defineProperties(JsonResponse.prototype, {
      body: {
        get(this: JsonResponse) {
          return this.#body().body;
        },
      },
      bodyUsed: {
        get(this: JsonResponse) {
          return this.#materialized?.bodyUsed ?? false;
        },
      },
    });
  }

  override text(): Promise<string> {
    return this.#body().text();
  }
  override json(): Promise<unknown> {
    return this.#body().json();
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return this.#body().arrayBuffer();
  }
  override blob(): Promise<Blob> {
    return this.#body().blob();
  }
  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#body().bytes();
  }
  override formData(): Promise<FormData> {
    return this.#body().formData();
  }
  override clone(): Response {
    if (this.bodyUsed) throw new TypeError("Response body is already used");
    return new Response(this.#text, { status: this.status, statusText: this.statusText, headers: this.headers });
  }
}
