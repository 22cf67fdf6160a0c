import { useCallback, useMemo, useState, useSyncExternalStore } from "react";
import type { QueryReference } from "../browser/functionReference";
import type { QueryResult, Watch } from "../browser/sync/client";
import { tokenOf } from "../browser/sync/localStore";
import { useDakarCafeClient } from "./DakarCafeProvider";

/** The arguments a paginated query takes beside its own: where to start and how many. */
export interface PageArgs {
  cursor?: string | null;
  limit?: number | null;
}

/** What a paginated query answers: a page of items and where the next page starts (null at the end). */
export interface Page<Item> {
  items: Item[];
  nextCursor?: string | null;
}

export type PaginationStatus = "loadingFirstPage" | "canLoadMore" | "loadingMore" | "exhausted";

export interface PaginatedQuery<Item> {
  /** Every item of the loaded pages, in order. */
  results: Item[];
  status: PaginationStatus;
  /** Loads the next `numItems` items (nothing while a page is loading or at the end). */
  loadMore: (numItems: number) => void;
}

/**
 * Follows a query page by page for infinite lists: each page is a live subscription of its own, starting at the
 * previous page's cursor, so every loaded item stays current, and items inserted before a cursor neither shift nor
 * repeat the pages after it. Changing the other arguments starts again from the first page. A failing page throws
 * its error for the nearest error boundary, as `useQuery` does.
 */
export function usePaginatedQuery<Args extends PageArgs, Item>(
  query: QueryReference<Args, Page<Item>>,
  args: Omit<Args, keyof PageArgs> | "skip",
  options: { initialNumItems: number },
): PaginatedQuery<Item> {
  const client = useDakarCafeClient();
  const key = args === "skip" ? null : tokenOf(query.name, args);
  const [pages, setPages] = useState<{ key: string | null; limits: { cursor: string | null; limit: number }[] }>({ key, limits: [] });
  const limits = useMemo(() => (pages.key === key ? pages.limits : []), [pages, key]);
  const pageArgs = useMemo(
    () =>
      key === null ? [] : [{ cursor: null, limit: options.initialNumItems }, ...limits].map((page) => ({ ...(args as object), ...page }) as Args),
    // The key stands for the other arguments.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key, limits, options.initialNumItems],
  );
  const source = useMemo(() => {
    let watches: Watch<Page<Item>>[] = [];
    let snapshot: (QueryResult<Page<Item>> | undefined)[] = [];
    const current = () => {
      const next = watches.map((w) => w.current());
      if (next.length !== snapshot.length || next.some((result, i) => result !== snapshot[i])) {
        snapshot = next;
      }

      return snapshot;
    };
    return {
      subscribe: (onChange: () => void) => {
        watches = pageArgs.map((page) => client.watch(query, page, onChange));
        onChange();
        return () => {
          watches.forEach((w) => w.unsubscribe());
          watches = [];
        };
      },
      current,
    };
  }, [client, query, pageArgs]);
  const results = useSyncExternalStore(source.subscribe, source.current, source.current);

  const failed = results.find((r) => r?.error);
  if (failed?.error) {
    throw failed.error;
  }

  const last = results.at(-1);
  const status: PaginationStatus =
    results.length === 0 || results[0] === undefined
      ? "loadingFirstPage"
      : last === undefined
        ? "loadingMore"
        : last.value?.nextCursor
          ? "canLoadMore"
          : "exhausted";
  const loadMore = useCallback(
    (numItems: number) => {
      const cursor = last?.value?.nextCursor;
      if (status === "canLoadMore" && cursor) {
        setPages({ key, limits: [...limits, { cursor, limit: numItems }] });
      }
    },
    [key, last, limits, status],
  );
  return { results: results.flatMap((r) => r?.value?.items ?? []), status, loadMore };
}
