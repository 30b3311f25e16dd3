import { UserErrors } from './errors.js';

/**
 * Runs a mutation's use case and shapes its payload: expected failures become `userErrors`,
 * anything else propagates as a GraphQL error (masked by the error formatter).
 */
export async function payload<T extends object>(work: () => Promise<T>) {
  try {
    return { ...(await work()), userErrors: [] };
  } catch (error) {
    if (error instanceof UserErrors) return { userErrors: error.errors };
    throw error;
  }
}
