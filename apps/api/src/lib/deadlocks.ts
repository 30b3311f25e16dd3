import { postgresError } from './validation.js';

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
      // 40P01: PostgreSQL aborted this transaction to break a deadlock.
      if (attempt >= attempts || !postgresError(error, '40P01')) throw error;
    }
  }
}
