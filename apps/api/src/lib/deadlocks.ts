/** Whether PostgreSQL broke a deadlock by aborting this transaction (40P01), in the error or the one drizzle wraps. */
export function isDeadlock(error: unknown): boolean {
  for (
    let current = error;
    typeof current === 'object' && current !== null;
    current = (current as Error).cause
  ) {
    if ((current as { code?: unknown }).code === '40P01') return true;
  }
  return false;
}

/**
 * Runs a transaction again when PostgreSQL aborted it to break a deadlock. Two concurrent inserts
 * that conflict under an exclusion constraint each wait for the other's row, and one is aborted;
 * run again, it meets the committed row as the constraint's violation, which the caller explains.
 */
export async function retryingDeadlocks<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isDeadlock(error)) throw error;
    }
  }
}
