/**
 * In-page side of the calendar bench, shared by every library's page: the timing method, DOM
 * node counting and `window.bench`, which the runner calls through Playwright. Timing happens
 * in the page with `performance.now()`, so no round trip to the runner is measured.
 *
 * Method, the same for every library: t0 right before the library is asked to render (mount or
 * "next month"); then the library's own completion signal where it has one (Lit's
 * `updateComplete`); then, frame by frame, until the new month's title and at least one event
 * are in the DOM; then until the next frame has been produced (a `requestAnimationFrame`
 * callback runs before that frame's style, layout and paint; a message posted from it is handled
 * right after them). Chromium runs without its frame-rate limit, so waiting for a frame adds no
 * vsync delay.
 *
 * A warm sample first renders other months' events a few times in the same page and takes them
 * down again (`warmUp`), as js-framework-benchmark warms up before it measures: the measured
 * render then pays what every render pays, not the page's one-time costs (compiling the code,
 * loading Intl's locale data, parsing styles).
 */
import type { ConsortiumEvent } from '@razem/contract';
import { BENCH_MONTHS, benchEvents, WARM_UP_MONTHS, warmUpEvents } from '../../lib/events.ts';

/** What a library's page implements. */
export interface CalendarAdapter {
  /** Renders `events` into `host`, showing `month` (1–12) of `year`. */
  mount(host: HTMLElement, events: ConsortiumEvent[], year: number, month: number): void | Promise<unknown>;
  /** Shows the next month. */
  next(): void | Promise<unknown>;
  /** Takes the calendar down (the library's own destroy), leaving `host` empty. */
  unmount(): void | Promise<unknown>;
  /** The month title as shown in the DOM, or '' before the first render. */
  title(): string;
  /** At least one event is in the DOM. */
  hasEvents(): boolean;
  /** The root to count nodes in (the element itself for web components). */
  root(): Node;
}

/** One measured render. */
export interface RenderSample {
  ms: number;
  /** Elements in the calendar, shadow roots included. */
  nodes: number;
}

declare global {
  interface Window {
    bench: {
      ready: boolean;
      firstRender(count: number): Promise<RenderSample>;
      monthSwitch(): Promise<RenderSample>;
      /** Renders and takes down `rounds` calendars of other months' `count` events, unmeasured. */
      warmUp(count: number, rounds: number): Promise<void>;
    };
  }
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves once the frame after now has been rendered. */
const afterNextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );

/** Elements under `root`, descending into open shadow roots. */
export function countNodes(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      count += 1;
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return count;
}

async function timed(adapter: CalendarAdapter, action: () => void | Promise<unknown>, titleBefore: string): Promise<RenderSample> {
  // Garbage left by the harness (the fixtures made just before) is collected before t0, as
  // js-framework-benchmark does, so no library is billed a collection it did not cause.
  (window as Window & { gc?: () => void }).gc?.();
  const t0 = performance.now();
  await action();
  while (adapter.title() === titleBefore || !adapter.hasEvents()) await frame();
  await afterNextFrame();
  const ms = performance.now() - t0;
  return { ms, nodes: countNodes(adapter.root()) };
}

/** Installs `window.bench` for `adapter`. */
export function install(adapter: CalendarAdapter): void {
  const host = document.getElementById('host')!;
  const [first] = BENCH_MONTHS;
  window.bench = {
    ready: true,
    async firstRender(count) {
      // Fixtures are made before t0: the library's own parsing of them is part of its render.
      const events = benchEvents(count);
      return timed(adapter, () => adapter.mount(host, events, first.year, first.month), '');
    },
    async monthSwitch() {
      return timed(adapter, () => adapter.next(), adapter.title());
    },
    async warmUp(count, rounds) {
      const [month] = WARM_UP_MONTHS;
      for (let round = 0; round < rounds; round += 1) {
        await timed(adapter, () => adapter.mount(host, warmUpEvents(count), month.year, month.month), '');
        await timed(adapter, () => adapter.next(), adapter.title());
        await adapter.unmount();
        host.replaceChildren();
      }
    },
  };
}
