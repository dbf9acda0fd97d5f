import type { Page } from '@razem/contract';

/**
 * Walks a cursor-paginated list lazily: the next page is fetched only when the previous one has
 * been consumed, so breaking out of `for await` stops fetching.
 */
export async function* paginate<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield* page.data;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** Collects an async iterable into an array (`Array.fromAsync` for runtimes that lack it). */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
