/**
 * Theming tokens. Pages set the public `--razem-*` custom properties anywhere above an element
 * (they inherit into shadow roots); each element reads them through private `--_*` variables
 * that carry the defaults, so a page setting only the accent keeps every other default.
 *
 * Light and dark defaults come from `light-dark()`, so they follow the element's `color-scheme`:
 * inherited from the page (`color-scheme: dark` on `<html>`), or set per element with
 * `theme="light" | "dark" | "auto"` (auto = the visitor's system setting); with `theme` set the
 * element paints its own surface colour, since it may differ from the page behind it.
 * Every default pair has a contrast of at least 4.5:1 on its surface.
 */
import { css } from 'lit';

/** Host defaults shared by every element: tokens, font, colour scheme, focus ring. */
export const tokens = css`
  :host {
    --_accent: var(--razem-color-accent, light-dark(#0b5a8c, #8cc8f2));
    --_on-accent: var(--razem-color-on-accent, light-dark(#ffffff, #0b1620));
    --_text: var(--razem-color-text, light-dark(#1c2128, #e8ebef));
    --_muted: var(--razem-color-muted, light-dark(#4f5964, #b4bcc6));
    --_surface: var(--razem-color-surface, light-dark(#ffffff, #161b22));
    --_subtle: var(--razem-color-subtle, light-dark(#eef1f4, #242b34));
    --_border: var(--razem-color-border, light-dark(#8a949e, #6b7681));
    --_danger: var(--razem-color-danger, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--razem-radius, 0.5rem);
    --_s1: var(--razem-space-1, 0.25rem);
    --_s2: var(--razem-space-2, 0.5rem);
    --_s3: var(--razem-space-3, 1rem);
    --_s4: var(--razem-space-4, 1.5rem);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--razem-font-family, inherit);
    font-size: var(--razem-font-size, inherit);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  /* A forced theme may differ from the page behind, so the element paints its own surface. */
  :host([theme]) {
    background: var(--_surface);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
