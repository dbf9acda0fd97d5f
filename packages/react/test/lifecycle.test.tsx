/**
 * The wrappers across a component's life in a React app (19, and 18.3 in the `browser-react18`
 * project), in Chromium: event props end with the component (an element kept by the page calls
 * no handler of an unmounted component), and callback refs follow React 19's rules (a returned
 * cleanup runs instead of a call with `null`; with React 18 too, as the wrapper calls the ref).
 */
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { RazemEventCalendar, RazemPartnerList, type RazemEventCalendarElement, type RazemPartnerListElement } from '../src/index.js';
import { reactRootPerTest } from './react-root.js';

const page = reactRootPerTest();
const { show } = page;

const nextMonth = (calendar: RazemEventCalendarElement) =>
  vi.waitFor(() => calendar.shadowRoot!.querySelector<HTMLButtonElement>('[data-nav="1"]')!);

describe('event props', () => {
  it('call the latest handler only, and none once the component is unmounted', async () => {
    const first = vi.fn();
    const second = vi.fn();
    let calendar: RazemEventCalendarElement | null = null;
    const keep = (el: RazemEventCalendarElement | null) => void (calendar ??= el);
    await show(<RazemEventCalendar ref={keep} events={[]} month="2025-11" onRazemMonthChange={first} />);
    await show(<RazemEventCalendar ref={keep} events={[]} month="2025-11" onRazemMonthChange={second} />);
    await userEvent.click(await nextMonth(calendar!));
    await vi.waitFor(() => expect(second).toHaveBeenCalledOnce());
    expect(first).not.toHaveBeenCalled();

    // The page keeps the element (moved into a dialog, a cache…) after React unmounted it.
    await show(null);
    document.body.append(calendar!);
    try {
      await userEvent.click(await nextMonth(calendar!));
      await vi.waitFor(() => expect(calendar!.month).toBe('2026-01'));
      expect(second).toHaveBeenCalledOnce();
    } finally {
      calendar!.remove();
    }
  });

  it('are called once per event under StrictMode', async () => {
    const changes = vi.fn();
    await show(
      <StrictMode>
        <RazemEventCalendar events={[]} month="2025-11" onRazemMonthChange={changes} />
      </StrictMode>,
    );
    await userEvent.click(await nextMonth(page.host.querySelector('razem-event-calendar')!));
    await vi.waitFor(() => expect(changes).toHaveBeenCalledOnce());
  });
});

describe('refs', () => {
  it('reach the element, and a callback ref’s cleanup runs on unmount (React 19)', async () => {
    const log: string[] = [];
    const ref = (el: RazemPartnerListElement | null) => {
      log.push(el ? `attach ${el.localName}` : 'null');
      return el ? () => void log.push('cleanup') : undefined;
    };
    await show(<RazemPartnerList ref={ref} partners={[]} />);
    expect(log).toEqual(['attach razem-partner-list']);
    await show(null);
    expect(log).toEqual(['attach razem-partner-list', 'cleanup']);
  });

  it('fill an object ref and empty it on unmount', async () => {
    const ref = { current: null as RazemPartnerListElement | null };
    await show(<RazemPartnerList ref={ref} partners={[]} />);
    expect(ref.current).toBe(page.host.querySelector('razem-partner-list'));
    await show(null);
    expect(ref.current).toBeNull();
  });
});

describe('props taken away', () => {
  it('return the element to its defaults, as if never set', async () => {
    await show(
      <>
        <RazemEventCalendar events={[]} month="2025-11" kinds="workshop" organizer="klaster-one" />
        <RazemPartnerList partners={[]} search="park" layout="compact" />
      </>,
    );
    const calendar = page.host.querySelector('razem-event-calendar')!;
    const list = page.host.querySelector('razem-partner-list')!;
    expect([calendar.kinds, calendar.organizer, list.search, list.layout]).toEqual(['workshop', 'klaster-one', 'park', 'compact']);

    await show(
      <>
        <RazemEventCalendar events={[]} month="2025-11" organizer={undefined} />
        <RazemPartnerList partners={[]} />
      </>,
    );
    await calendar.updateComplete;
    await list.updateComplete;
    expect([calendar.kinds, calendar.organizer, list.search, list.layout]).toEqual(['', '', '', 'grid']);
    expect(calendar.shadowRoot!.querySelector('[role="grid"]')).not.toBeNull();
  });
});
