/**
 * Node only: renders a page of {@link ./ssr-pages.ts} to an HTML string with `@lit-labs/ssr`,
 * the way a partner's server (Astro, Eleventy, an Express handler) would. Elements come from the
 * sources, registered through their define entries; Lit's Node build supplies the minimal DOM
 * shim, so no global DOM is installed.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import '../src/event-calendar/event-calendar.define.js';
import '../src/partner-list/partner-list.define.js';

/** The server HTML of `page`: light DOM plus declarative shadow roots and hydration markers. */
export function renderToString(page: TemplateResult): Promise<string> {
  return collectResult(render(page));
}
