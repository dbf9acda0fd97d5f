/**
 * Loading, empty and error states every element shows the same way. Templates, not elements, so
 * they cost a few hundred bytes and render inside the element's own shadow root and theme.
 */
import { css, html, type TemplateResult } from 'lit';

/**
 * A skeleton of `rows` placeholders reserving the height set by the element's
 * `--_loading-height` (no inline styles: they would break a strict CSP), so content replacing
 * it does not shift the page. It says `label` to screen readers through a status region (not
 * inside an `aria-busy` container, which some readers keep quiet), and can hold the keyboard
 * focus while a retry loads.
 */
export function loadingState(label: string, rows = 3): TemplateResult {
  return html`<div part="state loading" class="state loading" tabindex="-1">
    <span class="vh" role="status">${label}</span>
    ${Array.from({ length: rows }, () => html`<div class="bone" aria-hidden="true"></div>`)}
  </div>`;
}

/** Shown when there is nothing to list; `slot="empty"` content replaces the message. */
export function emptyState(message: string): TemplateResult {
  return html`<div part="state empty" class="state"><slot name="empty"><p>${message}</p></slot></div>`;
}

/**
 * An error message with a Retry button; the message is announced as an alert. Retry replaces
 * the button, so the keyboard focus follows what replaces it (see {@link keepFocusAfterRetry}).
 */
export function errorState(message: string, retryLabel: string, onRetry: () => void): TemplateResult {
  return html`<div part="state error" class="state error" role="alert">
    <p>${message}</p>
    <button
      part="button"
      type="button"
      @click=${(event: Event) => {
        keepFocusAfterRetry((event.currentTarget as Element).getRootNode() as ShadowRoot);
        onRetry();
      }}
    >
      ${retryLabel}
    </button>
  </div>`;
}

/** Where the focus goes after Retry, in order of preference. */
const RETRY_FOCUS = ['[part~="loading"]', '[part~="error"] button', '[data-after-retry]', 'button, [tabindex="0"], a[href], input, select'];

/**
 * Keeps the keyboard focus in `root` while a retry renders: on the loading state while it shows,
 * then on a new Retry button, or on the content marked `data-after-retry` (else its first
 * control), looking only inside an open modal dialog when there is one (the rest is inert).
 * Stops as soon as the focus is somewhere the visitor put it, or after 30 s.
 */
function keepFocusAfterRetry(root: ShadowRoot): void {
  const observer = new MutationObserver(() => {
    if (root.activeElement) return;
    // Focus outside the element, not lost to <body>: the visitor moved on.
    if (document.activeElement && document.activeElement !== document.body) return observer.disconnect();
    const scope = root.querySelector('dialog:modal') ?? root;
    const target = RETRY_FOCUS.map((selector) => scope.querySelector<HTMLElement>(selector)).find(Boolean);
    target?.focus();
    if (target && !target.matches('[part~="loading"]')) observer.disconnect();
  });
  observer.observe(root, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), 30_000);
}

/** Styles of the three states; include after `tokens`. */
export const stateStyles = css`
  .state {
    padding: var(--_s3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .state p {
    margin: 0 0 var(--_s2);
  }
  .state p:last-child {
    margin: 0;
  }
  .loading {
    min-height: var(--_loading-height, 12rem);
    display: grid;
    gap: var(--_s3);
    align-content: start;
    border: 0;
    padding: 0;
  }
  .bone {
    height: 3.5rem;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: razem-pulse 1.4s ease-in-out infinite;
    }
  }
  @keyframes razem-pulse {
    50% {
      opacity: 0.55;
    }
  }
  .error {
    border-color: var(--_danger);
  }
  .error p {
    color: var(--_danger);
  }
  button {
    font: inherit;
    min-height: 2.75rem;
    padding: var(--_s2) var(--_s3);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
`;
