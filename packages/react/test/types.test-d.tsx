/**
 * Type-level tests (vitest typecheck mode, run by the TypeScript compiler): the wrappers' props
 * are the element properties with their types, each documented event has an `on…` prop called
 * with the element's `CustomEvent<Detail>`, and wrong props or values do not compile.
 */
import type { ComponentProps } from 'react';
import { createRef } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type { ConsentState } from '@razem/widgets/consent';
import type { CalendarView, EventOpenDetail, MonthChangeDetail } from '@razem/widgets/event-calendar';
import type { IdeaFailedDetail, IdeaQueuedDetail, IdeaSubmittedDetail } from '@razem/widgets/idea-form';
import type { FilterChangeDetail, PartnerListLayout, PartnersLoadedDetail } from '@razem/widgets/partner-list';
import {
  RazemConsentBanner,
  RazemConsentSettings,
  RazemEventCalendar,
  RazemIdeaForm,
  RazemPartnerList,
  type RazemEventCalendarElement,
  type RazemPartnerListElement,
} from '../src/index.js';
import { RazemPartnerList as RazemPartnerListAlone } from '../src/generated/partner-list.js';

type Handler<P, K extends keyof P> = NonNullable<P[K]>;

describe('props', () => {
  it('are the element properties, typed', () => {
    type Props = ComponentProps<typeof RazemPartnerList>;
    expectTypeOf<Props['layout']>().toEqualTypeOf<PartnerListLayout | undefined>();
    expectTypeOf<Props['showFilters']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Props['headingLevel']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Props['partners']>().toEqualTypeOf<RazemPartnerListElement['partners']>();
    expectTypeOf<Props['apiBase']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ComponentProps<typeof RazemEventCalendar>['view']>().toEqualTypeOf<CalendarView | undefined>();
    expectTypeOf<ComponentProps<typeof RazemEventCalendar>['events']>().toEqualTypeOf<RazemEventCalendarElement['events']>();
    expectTypeOf<ComponentProps<typeof RazemIdeaForm>['mode']>().toEqualTypeOf<'form' | 'status' | undefined>();
  });

  it('accept what the element accepts and refuse the rest', () => {
    <RazemPartnerList layout="compact" kind="technology_park" showFilters headingLevel={2} />;
    <RazemEventCalendar month="2026-11" timeZone="Europe/Warsaw" view="list" maxEvents={2} />;
    <RazemIdeaForm mode="status" trackingCode="RZM-ABCD-EFGH" minFillTime={0} />;
    <RazemConsentBanner layout="modal" position="top" />;
    <RazemConsentSettings variant="link" />;
    <RazemPartnerList theme="dark" />;
    <RazemIdeaForm theme="auto" />;
    // @ts-expect-error: not a layout
    <RazemPartnerList layout="grd" />;
    // @ts-expect-error: not a partner kind
    <RazemPartnerList kind="bakery" />;
    // @ts-expect-error: a number, not a string
    <RazemPartnerList headingLevel="2" />;
    // @ts-expect-error: no such property or event
    <RazemPartnerList onRazemIdeaSubmitted={() => {}} />;
    // @ts-expect-error: not a view
    <RazemEventCalendar view="week" />;
    // @ts-expect-error: not a theme
    <RazemEventCalendar theme="blue" />;
    // @ts-expect-error: not a variant
    <RazemConsentSettings variant="icon" />;
    // @ts-expect-error: a method of the element, not a prop (setting it would replace the method)
    <RazemPartnerList reload={async () => {}} />;
    // @ts-expect-error: a method of the element, not a prop
    <RazemEventCalendar requestUpdate={() => {}} />;
  });

  it('forward refs to the element', () => {
    const ref = createRef<RazemPartnerListElement>();
    <RazemPartnerList ref={ref} />;
    expectTypeOf(ref.current).toEqualTypeOf<RazemPartnerListElement | null>();
    expectTypeOf<RazemPartnerListElement>().toHaveProperty('reload');
  });
});

describe('event props', () => {
  it('are called with the element’s CustomEvent and its detail', () => {
    type List = ComponentProps<typeof RazemPartnerList>;
    expectTypeOf<Handler<List, 'onRazemPartnersLoaded'>>().parameter(0).toEqualTypeOf<CustomEvent<PartnersLoadedDetail>>();
    expectTypeOf<Handler<List, 'onRazemFilterChange'>>().parameter(0).toEqualTypeOf<CustomEvent<FilterChangeDetail>>();
    type Calendar = ComponentProps<typeof RazemEventCalendar>;
    expectTypeOf<Handler<Calendar, 'onRazemMonthChange'>>().parameter(0).toEqualTypeOf<CustomEvent<MonthChangeDetail>>();
    expectTypeOf<Handler<Calendar, 'onRazemEventOpen'>>().parameter(0).toEqualTypeOf<CustomEvent<EventOpenDetail>>();
    type Form = ComponentProps<typeof RazemIdeaForm>;
    expectTypeOf<Handler<Form, 'onRazemIdeaSubmitted'>>().parameter(0).toEqualTypeOf<CustomEvent<IdeaSubmittedDetail>>();
    expectTypeOf<Handler<Form, 'onRazemIdeaQueued'>>().parameter(0).toEqualTypeOf<CustomEvent<IdeaQueuedDetail>>();
    expectTypeOf<Handler<Form, 'onRazemIdeaFailed'>>().parameter(0).toEqualTypeOf<CustomEvent<IdeaFailedDetail>>();
    type Banner = ComponentProps<typeof RazemConsentBanner>;
    expectTypeOf<Handler<Banner, 'onRazemConsentChange'>>().parameter(0).toEqualTypeOf<CustomEvent<ConsentState>>();
  });

  it('type the handler’s event in place', () => {
    <RazemPartnerList
      onRazemFilterChange={(event) => {
        expectTypeOf(event.detail.count).toEqualTypeOf<number>();
        // @ts-expect-error: the detail has no such field
        void event.detail.total;
      }}
    />;
  });

  it('are the same from the per-element entry', () => {
    expectTypeOf(RazemPartnerListAlone).toEqualTypeOf(RazemPartnerList);
  });
});
