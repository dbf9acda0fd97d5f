/**
 * The pages the SSR tests render on the server (`@lit-labs/ssr`, in Node) and hydrate in
 * Chromium. Both sides must use these very templates: hydration recognises a server-rendered
 * template by a digest of its strings, so a copy of the markup would not match.
 */
import type { ConsortiumEvent, Partner } from '@razem/contract';
import { html, type TemplateResult } from 'lit';
import { sampleMonth } from '../src/event-calendar/fixtures.js';
import { seedPartners } from '../src/partner-list/fixtures.js';

/** The month the calendar page shows: in the past, so "today" never falls in it. */
export const SSR_MONTH = '2025-11';

/** The consortium's partners without logos (a server page has no test logo server to point at). */
export function ssrPartners(): Partner[] {
  return seedPartners('http://127.0.0.1:9').map(({ logo: _logo, ...partner }) => partner);
}

/** A month of consortium events for {@link SSR_MONTH}. */
export function ssrEvents(): ConsortiumEvent[] {
  return sampleMonth({ year: 2025, month: 11 });
}

/** A partner page: the list with its filters, data given inline as a property. */
export function partnerListPage(partners: Partner[]): TemplateResult {
  return html`<razem-partner-list show-filters .partners=${partners}></razem-partner-list>`;
}

/**
 * A calendar page: a fixed month in Warsaw time, events given inline. `narrow-width="0"` keeps
 * the month grid whatever the width of the test frame, so the client renders what the server did.
 */
export function calendarPage(events: ConsortiumEvent[]): TemplateResult {
  return html`<razem-event-calendar
    month=${SSR_MONTH}
    time-zone="Europe/Warsaw"
    narrow-width="0"
    .events=${events}
  ></razem-event-calendar>`;
}
