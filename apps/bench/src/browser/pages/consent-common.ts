/**
 * In-page side of the consent bench, shared by both libraries' pages. The page's first inline
 * script records `window.__benchStart` while the head is parsed, before the library's module
 * is fetched; times are measured from there.
 *
 * - Banner interactive: a MutationObserver started by the library page reports the first moment
 *   the first layer's buttons are in the DOM and shown; then the next frame is awaited (a
 *   `requestAnimationFrame` callback, then a posted message handled after that frame's paint).
 * - Decision applied (returning visitor): when the library has read the stored decision and
 *   applied it (its own callback or, for Razem, right after its module ran).
 */
declare global {
  interface Window {
    __benchStart: number;
    benchConsent: {
      /** Milliseconds from script start to the banner's buttons being interactive. */
      bannerInteractive: Promise<number>;
      /** Milliseconds from script start to a stored decision being applied (returning visit). */
      decisionApplied: Promise<number>;
      /** Accepts everything, as a click on "accept all" would, and stores it. */
      acceptAll(): Promise<void>;
      /** Script and CSS files this page fetched, with their bytes (uncompressed). */
      resources(): { files: number; bytes: number; names: string[] };
    };
  }
}

const afterNextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );

/**
 * Resolves with the time from script start once `find()` returns an element that is shown and
 * a frame was drawn. Mutations wake the check; once the element exists, it is checked each frame
 * until its styles show it (a banner may fade or slide in).
 */
export function whenVisible(find: () => Element | null | undefined): Promise<number> {
  return new Promise((resolve) => {
    const untilShown = async () => {
      while (!shown(find())) await new Promise((r) => requestAnimationFrame(r));
      await afterNextFrame();
      resolve(performance.now() - window.__benchStart);
    };
    if (find()) return void untilShown();
    const observer = new MutationObserver(() => {
      if (!find()) return;
      observer.disconnect();
      void untilShown();
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true });
  });
}

/** A promise and its resolve function. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Script and stylesheet downloads of this page so far. */
export function resources(): { files: number; bytes: number; names: string[] } {
  const entries = performance
    .getEntriesByType('resource')
    .filter((e): e is PerformanceResourceTiming => /\.(js|css)(\?|$)/.test(e.name)) as PerformanceResourceTiming[];
  return {
    files: entries.length,
    bytes: entries.reduce((sum, e) => sum + e.encodedBodySize, 0),
    names: entries.map((e) => new URL(e.name).pathname),
  };
}

/** An element is laid out and not hidden. */
export const shown = (el: Element | null | undefined): boolean => {
  if (!el) return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
};
