/**
 * A replay store for `verifyReturn`'s `isReplay`, kept in this process's
 * memory: for demos and tests. With several instances or restarts, record the
 * jti in your database instead (e.g. a unique column, insert and check for a
 * conflict) so that a replay is caught whichever instance receives it.
 */
export function createMemoryReplayStore({ now = () => Date.now() }: { now?: () => number } = {}): (jti: string, expiresAt: Date) => boolean {
  const seen = new Map<string, number>();
  return (jti, expiresAt) => {
    const current = now();
    // Past its expiry a token is refused anyway, so its jti need not be kept.
    for (const [key, until] of seen) if (until <= current) seen.delete(key);
    if (seen.has(jti)) return true;
    seen.set(jti, expiresAt.getTime());
    return false;
  };
}
