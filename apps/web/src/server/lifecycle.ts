// Whether this process is shutting down. The platform server (src/serve) sets it on SIGTERM and
// the readiness route reads it: they are loaded by different module graphs (tsx, Next's bundle),
// so the flag lives on globalThis, like the runtime in context.ts.
const drainingKey = Symbol.for("jeton.web.draining");
type GlobalWithDraining = typeof globalThis & { [drainingKey]?: boolean };

export function markDraining(): void {
  (globalThis as GlobalWithDraining)[drainingKey] = true;
}

export function isDraining(): boolean {
  return (globalThis as GlobalWithDraining)[drainingKey] === true;
}
