/**
 * Blocking and releasing content that needs consent:
 * - `<script type="text/plain" data-razem-consent="analytics">` (inline, `src` or `data-src`)
 *   becomes a real script exactly once, keeping its nonce;
 * - `<iframe data-razem-consent="marketing" data-src="…">` gets its `src`;
 * - `<template data-razem-consent="marketing">` is replaced by its content.
 * `data-razem-consent` may list several categories separated by spaces; all must be granted.
 */

/** Everything gated, in document order. */
export const GATED = '[data-razem-consent]:is(script[type="text/plain"],iframe[data-src],template)';

/** Whether every category an element needs is granted. */
export const allowed = (el: Element, granted: (category: string) => boolean): boolean =>
  (el.getAttribute('data-razem-consent') ?? '').split(' ').every((c) => !c || granted(c));

/** Placeholders shown in place of embeds, removed when the embed loads. */
export const placeholders = new WeakMap<Element, Element>();

/** Turns one gated element into the real thing. Calling it twice does nothing the second time. */
export function release(el: Element): void {
  if (!el.isConnected) return;
  placeholders.get(el)?.remove();
  if (el instanceof HTMLScriptElement) {
    const script = document.createElement('script');
    for (const { name, value } of el.attributes) if (!/^(type|data-src|data-type)$/.test(name)) script.setAttribute(name, value);
    const type = el.getAttribute('data-type');
    if (type) script.type = type;
    const src = el.getAttribute('data-src');
    if (src) script.src = src;
    // Browsers hide the nonce attribute once parsed; only the property still holds it.
    script.nonce = el.nonce;
    // Inserted scripts are async by default; keep the page's order unless it asked for async.
    script.async = el.hasAttribute('async');
    script.text = el.text;
    el.replaceWith(script);
  } else if (el instanceof HTMLTemplateElement) {
    el.replaceWith(el.content.cloneNode(true));
  } else {
    el.removeAttribute('hidden');
    el.setAttribute('src', el.getAttribute('data-src')!);
    el.removeAttribute('data-src');
  }
}

/**
 * Releases everything now allowed; returns the embeds still blocked without a placeholder
 * (the caller loads the placeholder module only when there are any).
 */
export function scan(root: ParentNode, granted: (category: string) => boolean): Element[] {
  const waiting: Element[] = [];
  for (const el of root.querySelectorAll(GATED)) {
    if (allowed(el, granted)) release(el);
    else if (!(el instanceof HTMLScriptElement) && !placeholders.has(el)) waiting.push(el);
  }
  return waiting;
}
