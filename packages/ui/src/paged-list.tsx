import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import type { ReactNode } from 'react';
import { Notice } from './fields';
import { Loading } from './layout';
import { it } from './strings';
import type { FormErrors } from './user-errors';

/** Rows asked for at each "Carica altri". */
export const PAGE_SIZE = 20;

export interface Connection<N> {
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
  /** The empty state, e.g. "Nessun cittadino registrato nella rete.", or paragraphs of its own. */
  empty: ReactNode;
  children: (nodes: N[]) => ReactNode;
}) {
  const { nodes, total } = query;
  if (query.isPending) return <Loading />;
  if (nodes.length === 0 && query.error)
    return <LoadError error={query.error} retry={() => query.refetch()} />;
  if (nodes.length === 0) {
    return (
      <Notice kind="info" testId="empty-state">
        {typeof empty === 'string' ? <p className="mb-0">{empty}</p> : empty}
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

/** The message of an unexpected failure, for the form's error summary. */
export const failure = (error: unknown): FormErrors<never> => ({
  fields: {},
  form: [error instanceof Error ? error.message : it.errors.server],
});
