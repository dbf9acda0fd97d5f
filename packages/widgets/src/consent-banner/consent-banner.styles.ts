import { css } from 'lit';

/**
 * The banner is a fixed overlay in every layout, so showing or hiding it never moves the page.
 * The three first-layer actions share one class: same type, size and contrast. One rule per
 * line: these bytes are on every first visit.
 */
export const consentBannerStyles = css`
  :host { display: contents }
  :host(:not([open])) .panel { display: none }
  .panel { position: fixed; z-index: var(--razem-consent-z-index, 2147483000); max-height: calc(100dvh - 2rem); overflow: auto; padding: var(--_s3); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); box-shadow: 0 .25rem 1.5rem #0004 }
  .bar { inset: auto 0 0; border-radius: 0 }
  .bar > div { max-width: 64rem; margin: auto }
  .box { width: min(28rem, 100vw - 2rem); inset: auto 1rem 1rem; margin: 0 auto }
  .box[class*='-left'] { margin-left: 0 }
  .box[class*='-right'] { margin-right: 0 }
  .box[class*=' top'] { inset: 1rem 1rem auto }
  .bar[class*=' top'] { inset: 0 0 auto }
  dialog { width: min(36rem, 100vw - 2rem) }
  dialog::backdrop { background: #0008 }
  h2 { margin: 0 0 var(--_s2); font-size: 1.25em; line-height: 1.3 }
  p { margin: 0 0 var(--_s2) }
  a, summary { color: var(--_accent) }
  .actions { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(10rem, 100%), 1fr)); gap: var(--_s2); margin-top: var(--_s3) }
  .btn { min-height: 2.75rem; padding: var(--_s2) var(--_s3); border: 2px solid var(--_accent); border-radius: var(--_radius); background: var(--_accent); color: var(--_on-accent); font: inherit; font-weight: 600; cursor: pointer }
`;
