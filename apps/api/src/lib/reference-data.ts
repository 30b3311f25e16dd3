/**
 * A read of reference data (ISTAT comuni, education titles): loaded before the API serves and
 * unchanged while it runs, so read once per process and shared by every network's services. The
 * first caller's `load` runs (on its transaction, when it passes one); a failed read is tried again.
 */
export function readOnce<T>(): (load: () => Promise<T>) => Promise<T> {
  let value: Promise<T> | undefined;
  return (load) => {
    value ??= load().catch((error: unknown) => {
      value = undefined;
      throw error;
    });
    return value;
  };
}

export type ReadOnce<T> = ReturnType<typeof readOnce<T>>;
