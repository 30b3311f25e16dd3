import {
  ErrorSummary,
  type FormErrors,
  it,
  Loading,
  mapUserErrors,
  Notice,
  noErrors,
  TextAreaField,
  type UserErrorLike,
} from '@sportello/ui';
import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { type FormEvent, type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';

/** Rows asked for at each "Carica altri". */
export const PAGE_SIZE = 20;

interface Connection<N> {
  edges: readonly { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/** A Relay connection read page by page (`first`/`after`); `nodes` are all the rows loaded so far. */
export function usePagedQuery<N>(
  queryKey: QueryKey,
  fetchPage: (after: string | null) => Promise<Connection<N>>,
  enabled = true,
) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) =>
      last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined,
    enabled,
  });
  const nodes = query.data?.pages.flatMap((page) => page.edges.map((edge) => edge.node)) ?? [];
  const total = query.data?.pages.at(-1)?.totalCount ?? 0;
  return { ...query, nodes, total };
}

type PagedQuery<N> = ReturnType<typeof usePagedQuery<N>>;

/** Loading, error and empty states of a paged list; the rows, a count and "Carica altri" otherwise. */
export function PagedList<N>({
  query,
  empty,
  children,
}: {
  query: PagedQuery<N>;
  /** The empty state, e.g. "Nessun cittadino registrato nella rete." */
  empty: string;
  children: (nodes: N[]) => ReactNode;
}) {
  const { nodes, total } = query;
  if (query.isPending) return <Loading />;
  if (nodes.length === 0 && query.error)
    return <LoadError error={query.error} retry={() => query.refetch()} />;
  if (nodes.length === 0) {
    return (
      <Notice kind="info" testId="empty-state">
        <p className="mb-0">{empty}</p>
      </Notice>
    );
  }
  return (
    <>
      {children(nodes)}
      <div className="sl-list-footer">
        <p className="mb-0" aria-live="polite" data-testid="list-count">
          {nodes.length === total ? `In tutto: ${total}.` : `Mostrati ${nodes.length} su ${total}.`}
        </p>
        {query.hasNextPage ? (
          <Button
            type="button"
            color="primary"
            outline
            aria-disabled={query.isFetchingNextPage || undefined}
            onClick={() => {
              if (!query.isFetchingNextPage) void query.fetchNextPage();
            }}
          >
            {query.isFetchingNextPage ? it.common.loading : 'Carica altri'}
          </Button>
        ) : null}
      </div>
      {query.error ? (
        <LoadError
          error={query.error}
          retry={() => (query.isFetchNextPageError ? query.fetchNextPage() : query.refetch())}
        />
      ) : null}
    </>
  );
}

/** A request that failed, with a "Riprova" button. */
export function LoadError({ error, retry }: { error: Error | null; retry: () => unknown }) {
  return (
    <Notice kind="danger" live="assertive">
      <p>{error?.message ?? it.errors.loadFailed}</p>
      <button type="button" className="btn btn-primary" onClick={() => retry()}>
        {it.common.retry}
      </button>
    </Notice>
  );
}

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

/**
 * A table with a caption and column headers; the first cell of each row is its header. On narrow
 * screens it scrolls sideways inside a focusable region, so keyboard users can scroll it too.
 */
export function DataTable<T>({
  caption,
  rows,
  rowKey,
  columns,
  testId,
}: {
  caption: ReactNode;
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly Column<T>[];
  testId?: string;
}) {
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="sl-table-wrap" aria-labelledby={captionId} tabIndex={0}>
      <table className="table sl-table" data-testid={testId}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.header} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header}>{column.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export interface Announcement {
  kind: 'success' | 'danger';
  text: string;
}

/** The outcome of an action, in a live region; it takes the focus, since what was acted on may be gone. */
export function useAnnouncement(): [ReactNode, (next: Announcement | null) => void] {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (announcement) ref.current?.focus();
  }, [announcement]);
  const node = (
    <div aria-live="polite" aria-atomic="true">
      {announcement ? (
        <div
          ref={ref}
          tabIndex={-1}
          className={`alert alert-${announcement.kind} sl-notice`}
          data-testid="action-result"
        >
          <p className="mb-0">{announcement.text}</p>
        </div>
      ) : null}
    </div>
  );
  return [node, useCallback((next: Announcement | null) => setAnnouncement(next), [])];
}

/** The message of an unexpected failure, for the form's error summary. */
export const failure = (error: unknown): FormErrors<never> => ({
  fields: {},
  form: [error instanceof Error ? error.message : it.errors.server],
});

/**
 * "Approve" and "Rifiuta" with a reason, for what the sportello moderates (companies, vacancies).
 * `approve` and `reject` answer the mutation's userErrors: none means done.
 */
export function ReviewActions({
  id,
  subject,
  approveLabel,
  reasonHint,
  approve,
  reject,
  onApproved,
  onRejected,
}: {
  id: string;
  /** What is acted on, read by screen readers after the buttons' text, e.g. the company's name. */
  subject: string;
  approveLabel: string;
  reasonHint: string;
  approve: () => Promise<readonly UserErrorLike[]>;
  reject: (reason: string) => Promise<readonly UserErrorLike[]>;
  onApproved: () => Promise<void>;
  onRejected: () => Promise<void>;
}) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors<'reason'>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const reasonId = `reason-${id}`;

  useEffect(() => {
    if (rejecting) document.getElementById(reasonId)?.focus();
  }, [rejecting, reasonId]);

  function fail(next: FormErrors<'reason'>) {
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  async function run(action: () => Promise<readonly UserErrorLike[]>, done: () => Promise<void>) {
    setPending(true);
    try {
      const userErrors = await action();
      if (userErrors.length === 0) {
        await done();
        return;
      }
      fail(mapUserErrors(userErrors, ['reason'] as const));
    } catch (error) {
      fail(failure(error));
    } finally {
      setPending(false);
    }
  }

  function submitReject(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const text = reason.trim();
    if (text.length < 5) {
      fail({
        fields: { reason: text ? 'Scrivi almeno 5 caratteri.' : 'Scrivi il motivo del rifiuto.' },
        form: [],
      });
      return;
    }
    void run(() => reject(text), onRejected);
  }

  if (rejecting) {
    return (
      <form className="sl-reject-form" noValidate onSubmit={submitReject}>
        <ErrorSummary
          errors={errors}
          labels={{ reason: 'Motivo del rifiuto' }}
          ids={{ reason: reasonId }}
          focusKey={submits}
        />
        <TextAreaField
          id={reasonId}
          label="Motivo del rifiuto"
          hint={reasonHint}
          value={reason}
          onChange={setReason}
          maxLength={500}
          error={errors.fields.reason}
        />
        <div className="sl-card-actions">
          <Button type="submit" color="danger" aria-disabled={pending || undefined}>
            {pending ? it.common.sending : 'Conferma il rifiuto'}
          </Button>
          <Button
            type="button"
            color="secondary"
            outline
            onClick={() => {
              setRejecting(false);
              setErrors(noErrors());
            }}
          >
            Annulla
          </Button>
        </div>
      </form>
    );
  }
  return (
    <>
      <ErrorSummary errors={errors} labels={{}} focusKey={submits} title="Operazione non riuscita" />
      <div className="sl-card-actions">
        <Button
          type="button"
          color="success"
          onClick={() => {
            if (!pending) void run(approve, onApproved);
          }}
          aria-disabled={pending || undefined}
        >
          {pending ? it.common.sending : approveLabel}
          <span className="visually-hidden"> {subject}</span>
        </Button>
        <Button
          type="button"
          color="danger"
          outline
          onClick={() => {
            setErrors(noErrors());
            setRejecting(true);
          }}
        >
          Rifiuta<span className="visually-hidden"> {subject}</span>
        </Button>
      </div>
    </>
  );
}

/** Runs a mutation and answers its userErrors; an unexpected failure becomes one error for the form. */
export async function attempt(
  run: () => Promise<readonly UserErrorLike[]>,
): Promise<readonly UserErrorLike[]> {
  try {
    return await run();
  } catch (error) {
    return [{ code: 'FAILURE', message: failure(error).form[0] ?? it.errors.server }];
  }
}
