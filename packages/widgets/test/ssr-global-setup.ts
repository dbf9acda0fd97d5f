/**
 * Node side of `ssr-hydrate.test.ts`: renders the SSR pages on the server, as a partner's server
 * would, and hands the HTML and the data it was rendered from to the test in Chromium.
 */
import type { ConsortiumEvent, Partner } from '@razem/contract';
import type { TestProject } from 'vitest/node';
import { calendarPage, partnerListPage, ssrEvents, ssrPartners } from './ssr-pages.js';
import { renderToString } from './ssr-render.js';

/** One server-rendered page and the data its template was given. */
export interface SsrPage<Data> {
  html: string;
  data: Data;
}

declare module 'vitest' {
  export interface ProvidedContext {
    ssrPartnerList: SsrPage<Partner[]>;
    ssrCalendar: SsrPage<ConsortiumEvent[]>;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const partners = ssrPartners();
  const events = ssrEvents();
  project.provide('ssrPartnerList', { html: await renderToString(partnerListPage(partners)), data: partners });
  project.provide('ssrCalendar', { html: await renderToString(calendarPage(events)), data: events });
}
