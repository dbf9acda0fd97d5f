/**
 * The wrappers in a React app (19, and 18.3 in the `browser-react18` project), in Chromium,
 * against the reference API: props reach the elements as properties (objects and arrays
 * included) or attributes, and the elements' events reach the `on…` props with their typed detail.
 */
import { act, useState } from 'react';
import { describe, expect, inject, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { EventsLoadedDetail, MonthChangeDetail } from '@razem/widgets/event-calendar';
import type { IdeaSubmittedDetail } from '@razem/widgets/idea-form';
import type { FilterChangeDetail, PartnersLoadedDetail } from '@razem/widgets/partner-list';
import {
  RazemEventCalendar,
  RazemIdeaForm,
  RazemPartnerList,
  type RazemEventCalendarElement,
  type RazemPartnerListElement,
} from '../src/index.js';
import { reactRootPerTest } from './react-root.js';

type Partner = NonNullable<RazemPartnerListElement['partners']>[number];
type ConsortiumEvent = NonNullable<RazemEventCalendarElement['events']>[number];

// Tells React that `act()` is in use, so it flushes effects and warns about stray updates.
const page = reactRootPerTest();
const { show } = page;

const shadow = (selector: string) => page.host.querySelector(selector)!.shadowRoot!;

const partner = (id: string, name: string, kind: Partner['kind'], role: Partner['role']): Partner => ({
  id,
  name,
  shortName: id.toUpperCase(),
  kind,
  role,
  description: { pl: `${name}: partner porozumienia.` },
  updatedAt: '2026-01-15T09:00:00+01:00',
});

describe('<RazemPartnerList>', () => {
  it('loads from the API given as props and reports it through onRazemPartnersLoaded', async () => {
    const { url } = inject('razemApi');
    const loaded = vi.fn<(event: CustomEvent<PartnersLoadedDetail>) => void>();
    await show(<RazemPartnerList apiBase={url} layout="list" onRazemPartnersLoaded={loaded} />);

    await vi.waitFor(() => expect(loaded).toHaveBeenCalledOnce(), { timeout: 10_000 });
    const detail = loaded.mock.calls[0]![0].detail;
    expect(detail.source).toBe('api');
    expect(detail.partners.length).toBeGreaterThan(0);
    const el = page.host.querySelector('razem-partner-list')!;
    expect(el.getAttribute('layout')).toBe('list');
    await vi.waitFor(() => expect(shadow('razem-partner-list').querySelectorAll('[part~="item"]')).toHaveLength(detail.partners.length));
  });

  it('takes data as a property, re-renders on new props, and calls onRazemFilterChange', async () => {
    const partners = [
      partner('bkppt', 'Bełchatowsko-Kleszczowski Park Przemysłowo-Technologiczny', 'technology_park', 'coordinator'),
      partner('frgk', 'Fundacja Rozwoju Gminy Kleszczów', 'foundation', 'member'),
      partner('arreks', 'Agencja Rozwoju Regionalnego ARREKS S.A.', 'development_agency', 'member'),
    ];
    const changes: FilterChangeDetail[] = [];
    const ref = { current: null as RazemPartnerListElement | null };
    function Page() {
      const [kind, setKind] = useState<Partner['kind'] | ''>('');
      return (
        <>
          <button type="button" onClick={() => setKind('foundation')}>
            fundacje
          </button>
          <RazemPartnerList
            ref={ref}
            partners={partners}
            kind={kind}
            showFilters
            headingLevel={2}
            onRazemFilterChange={(event) => changes.push(event.detail)}
          />
        </>
      );
    }
    await show(<Page />);
    const list = shadow('razem-partner-list');
    await vi.waitFor(() => expect(list.querySelectorAll('[part~="item"]')).toHaveLength(3));
    expect(ref.current).toBeInstanceOf(customElements.get('razem-partner-list')!);
    expect(ref.current!.partners).toBe(partners);
    expect(list.querySelector('[part~="name"]')!.getAttribute('aria-level')).toBe('2');

    await act(async () => page.host.querySelector('button')!.click());
    await vi.waitFor(() => expect(list.querySelectorAll('[part~="item"]')).toHaveLength(1));
    expect(ref.current!.kind).toBe('foundation');

    await userEvent.selectOptions(list.querySelector<HTMLSelectElement>('select[part~="select"]')!, 'development_agency');
    await vi.waitFor(() => expect(changes).toEqual([{ kind: 'development_agency', search: '', count: 1 }]));
  });
});

describe('<RazemEventCalendar>', () => {
  const event: ConsortiumEvent = {
    id: '00000000-0000-4000-8000-000000000101',
    title: { pl: 'Warsztaty Funduszu Sprawiedliwej Transformacji' },
    kind: 'workshop',
    startsAt: '2025-11-18T10:00:00+01:00',
    endsAt: '2025-11-18T13:00:00+01:00',
    timeZone: 'Europe/Warsaw',
    allDay: false,
    organizerIds: ['bkppt'],
    status: 'scheduled',
    updatedAt: '2025-10-01T08:00:00Z',
  };

  it('shows events given as a prop and reports loading, navigation and opening', async () => {
    const loaded = vi.fn<(event: CustomEvent<EventsLoadedDetail>) => void>();
    const months: MonthChangeDetail[] = [];
    const opened: string[] = [];
    const ref = { current: null as RazemEventCalendarElement | null };
    await show(
      <RazemEventCalendar
        ref={ref}
        events={[event]}
        month="2025-11"
        timeZone="Europe/Warsaw"
        narrowWidth={0}
        onRazemEventsLoaded={loaded}
        onRazemMonthChange={(e) => months.push(e.detail)}
        onRazemEventOpen={(e) => opened.push(e.detail.id)}
      />,
    );
    await vi.waitFor(() => expect(loaded).toHaveBeenCalled());
    expect(loaded.mock.calls[0]![0].detail).toEqual({ count: 1, source: 'property' });
    const calendar = shadow('razem-event-calendar');
    const chip = await vi.waitFor(() => calendar.querySelector<HTMLElement>(`[data-id="${event.id}"]`)!);
    expect(chip.textContent).toContain('Warsztaty Funduszu Sprawiedliwej Transformacji');
    expect(page.host.querySelector('razem-event-calendar')!.getAttribute('month')).toBe('2025-11');

    await userEvent.click(chip);
    await vi.waitFor(() => expect(opened).toEqual([event.id]));
    await userEvent.keyboard('{Escape}');

    await userEvent.click(calendar.querySelector<HTMLButtonElement>('[data-nav="1"]')!);
    await vi.waitFor(() => expect(months).toEqual([{ year: 2025, month: 12 }]));
    expect(ref.current!.month).toBe('2025-12');
  });
});

describe('<RazemIdeaForm>', () => {
  it('sends an idea to the API and calls onRazemIdeaSubmitted with the tracking code', async () => {
    const { url, publishableKey } = inject('razemApi');
    const submitted = vi.fn<(event: CustomEvent<IdeaSubmittedDetail>) => void>();
    await show(
      <RazemIdeaForm
        apiBase={url}
        apiKey={publishableKey}
        formId={`react-${Date.now()}`}
        minFillTime={0}
        headingLevel={3}
        onRazemIdeaSubmitted={submitted}
      />,
    );
    const form = shadow('razem-idea-form');
    const field = (name: string) => vi.waitFor(() => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!);
    await userEvent.fill(await field('title'), 'Ścieżka rowerowa wokół zalewu Słok');
    await userEvent.fill(await field('description'), 'Bezpieczna trasa rowerowa łącząca Bełchatów z zalewem, z parkingami dla rowerów.');
    await userEvent.selectOptions(await field('category'), 'infrastructure');
    await userEvent.selectOptions(await field('authorRole'), 'resident');
    await userEvent.click(await field('privacyConsent'));
    await userEvent.click(form.querySelector<HTMLButtonElement>('[type="submit"]')!);

    await vi.waitFor(() => expect(submitted).toHaveBeenCalledOnce(), { timeout: 15_000 });
    const { trackingCode } = submitted.mock.calls[0]![0].detail;
    expect(trackingCode).toMatch(/^RZM-/);
    await vi.waitFor(() => expect(form.querySelector('[part~="code"]')?.textContent?.trim()).toBe(trackingCode));
  });
});
