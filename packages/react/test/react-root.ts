/**
 * One React root per test (React 19, or 18.3 in the `browser-react18` project), rendering into a
 * fresh 1000 px wide host on a page without `lang` (the runner's page says `en`; the elements'
 * default, Polish, is what the tests read).
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface TestRoot {
  /** The element React renders into (new for every test). */
  readonly host: HTMLElement;
  /** Renders `node` and waits until React has committed it. */
  show(node: ReactNode): Promise<void>;
}

export function reactRootPerTest(): TestRoot {
  let host: HTMLElement;
  let root: Root;
  beforeEach(() => {
    document.documentElement.removeAttribute('lang');
    host = document.createElement('div');
    host.style.width = '1000px';
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });
  return {
    get host() {
      return host;
    },
    show: async (node) => act(async () => root.render(node)),
  };
}
