/**
 * Server-side rendering in Node: `<razem-partner-list>` and `<razem-event-calendar>` with inline
 * data render to complete HTML (declarative shadow DOM, content and copy, no loading state),
 * without any DOM global. Hydration of this HTML in Chromium is `ssr-hydrate.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { calendarPage, partnerListPage, ssrEvents, ssrPartners } from './ssr-pages.js';
import { renderToString } from './ssr-render.js';

/** The HTML without Lit's hydration comments and with entities decoded, as a reader sees text. */
function readable(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->|<\?>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);
}

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('server rendering with @lit-labs/ssr', () => {
  it('renders the partner list with every partner, its filters and count into a declarative shadow root', async () => {
    const partners = ssrPartners();
    const started = performance.now();
    const html = readable(await renderToString(partnerListPage(partners)));
    console.warn(`[ssr] partner list: ${html.length} chars in ${(performance.now() - started).toFixed(1)} ms`);

    expect(html).toMatch(/^<razem-partner-list\s[^>]*show-filters[^>]*layout="grid"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    expect(html.trimEnd()).toMatch(/<\/template><\/razem-partner-list>$/);
    for (const partner of partners) expect(html).toContain(`>${partner.name}</div>`);
    expect(count(html, /<li part="item"/)).toBe(partners.length);
    // Coordinators first, as in the browser.
    expect(html.indexOf('Bełchatowsko-Kleszczowski Park')).toBeLessThan(html.indexOf('Regionalna Izba Gospodarcza'));
    expect(html).toContain('<select part="select" name="kind"');
    expect(html).toContain('<input part="search" name="search" type="search"');
    expect(html).toMatch(new RegExp(`<p part="count" class="count">[^<]*${partners.length}[^<]*</p>`));
    expect(html).not.toContain('aria-busy');
    expect(globalThis.document).toBeUndefined();
    expect(globalThis.window).toBeUndefined();
  });

  it('renders the calendar month grid in Warsaw time with the month’s events and one tab stop', async () => {
    const events = ssrEvents();
    const started = performance.now();
    const html = readable(await renderToString(calendarPage(events)));
    console.warn(`[ssr] event calendar: ${html.length} chars in ${(performance.now() - started).toFixed(1)} ms`);

    expect(html).toMatch(/^<razem-event-calendar\s[^>]*month="2025-11"[^>]*view="month"[^>]*><template shadowroot="open" shadowrootmode="open"><style>/);
    expect(html).toMatch(/<div part="title"[^>]*>listopad 2025<\/div>/);
    expect(html).toContain('role="grid"');
    expect(html).toContain('aria-busy="false"');
    expect(count(html, /role="gridcell"/)).toBe(42);
    expect(count(html, /role="gridcell"[^>]*tabindex="0"/)).toBe(1);
    for (const event of events) expect(html).toContain(event.title.pl);
    expect(html).toContain('Odwołane');
    // Times are Warsaw times: the fixture meeting starts at 17:00 local.
    expect(html).toMatch(/17:00/);
    expect(globalThis.document).toBeUndefined();
  });
});
