/**
 * The widgets' lazily loaded chunks as a slow or broken connection delivers them: late, or not
 * at all. Chunk names carry content hashes, so a chunk is named by a source module it holds.
 */
import type { Page } from 'playwright-core';
import { demoEnv } from './env.ts';

/** Matches the URL of the CDN chunk holding `module` (e.g. `widgets/src/event-calendar/load.ts`). */
export async function chunkHolding(module: string): Promise<RegExp> {
  const env = demoEnv();
  const graph = (await (await fetch(`${env.url}${env.cdnPath}/graph.json`)).json()) as {
    files: Record<string, { modules: Record<string, number> }>;
  };
  const [file, ...more] = Object.keys(graph.files).filter((name) => module in graph.files[name]!.modules);
  if (!file || more.length) throw new Error(`expected one CDN chunk holding ${module}, found ${[file, ...more].join(', ')}`);
  return new RegExp(`/${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * Fails the downloads of the chunk holding `module` until {@link ChunkFault.heal} is called; the
 * first download after that waits until {@link ChunkFault.deliver}. `downloads` counts requests.
 */
export interface ChunkFault {
  downloads: number;
  /** From now on the chunk arrives (after {@link deliver}). */
  heal(): void;
  /** Lets a download held since {@link heal} through, and every later one at once. */
  deliver(): void;
}

export async function breakChunk(page: Page, module: string): Promise<ChunkFault> {
  let healed = false;
  let deliver!: () => void;
  const delivered = new Promise<void>((resolve) => (deliver = resolve));
  const fault: ChunkFault = { downloads: 0, heal: () => (healed = true), deliver: () => deliver() };
  await page.route(await chunkHolding(module), async (route) => {
    fault.downloads++;
    if (!healed) return route.abort();
    await delivered;
    await route.continue();
  });
  return fault;
}

/** What the page's console says when a download is aborted (expected in these tests). */
export const ABORTED_DOWNLOADS = [/net::ERR_FAILED/];
