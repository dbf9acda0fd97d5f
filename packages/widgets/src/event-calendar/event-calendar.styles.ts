import { css } from 'lit';
import { stateStyles } from '../shared/states.js';
import { tokens } from '../shared/tokens.js';

/**
 * Styles of <razem-event-calendar>; the dialog's and filters' are in `extras.styles.ts`, loaded
 * with them. One rule a line: the CDN build keeps line breaks (for source maps). Day cells have a fixed height, so the grid keeps its size from month to month however many
 * events a day has; click targets are at least 24 px high (WCAG 2.2 target size).
 * Widths are classes set from the element's ResizeObserver (`widthClasses`), not container
 * queries: a container on the host collapsed the element to nothing in a flex row or an
 * inline-block, and made Chromium lay out a dense month twice as long (6.4 → 13.2 ms at 2,000
 * events).
 * Chips clip with `overflow: clip` (after `hidden` for browsers without it), which does not make
 * each of the up to 168 chips a scroll container: a dense month's pre-paint and paint measured
 * about 0.3 ms shorter in Chromium.
 */
export const eventCalendarStyles = [
  tokens,
  stateStyles,
  css`
    :host { --_loading-height: 20rem; }
    p { margin: 0; }
    .calendar, .body { display: grid; gap: var(--_s3); }
    .body > button { justify-self: start; }
    /* The dialog's code loading again after its error: no taller than that error. */
    .calendar > .loading { --_loading-height: 0; }
    .toolbar, .nav, .views { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_s2); }
    .heading { flex: 1 1 12rem; font-size: 1.375em; font-weight: 700; }
    .heading::first-letter, .date::first-letter { text-transform: uppercase; }
    [data-nav]:not([data-nav='0']) { min-width: 2.75rem; }
    [aria-pressed='false'], [data-action] { background: var(--_surface); color: var(--_accent); }
    .zone, .note, .meta, .when, .outside { color: var(--_muted); }
    .grid { display: grid; gap: 1px; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_border); overflow: hidden; }
    .row { display: grid; grid-template-columns: repeat(7, minmax(0, 1fr)); gap: 1px; }
    .weekday, .day { padding: 2px; background: var(--_surface); }
    .weekday { font-size: 0.875em; font-weight: 600; text-align: center; }
    .day { display: flex; flex-direction: column; gap: 2px; min-height: 7.25rem; }
    .day:focus-visible { outline-offset: -3px; }
    .number { width: 1.75rem; line-height: 1.75rem; border-radius: 50%; font-size: 0.875em; text-align: center; }
    [aria-current] .number { background: var(--_accent); color: var(--_on-accent); font-weight: 700; }
    .event, .more { min-height: 1.5rem; padding: 0 var(--_s1); border: 0; border-radius: 0.25rem; background: var(--_subtle); color: var(--_text); font: inherit; font-size: 0.8125em; line-height: 1.5rem; text-align: start; white-space: nowrap; overflow: hidden; overflow: clip; text-overflow: ellipsis; }
    .spanning { background: var(--_accent); color: var(--_on-accent); }
    .continues { border-start-start-radius: 0; border-end-start-radius: 0; }
    .cancelled .name { text-decoration: line-through; }
    .time:empty { display: none; }
    .more { background: none; color: var(--_accent); font-weight: 600; text-decoration: underline; }
    ol, ul { display: grid; gap: var(--_s3); margin: 0; padding: 0; list-style: none; }
    .date { margin-bottom: var(--_s2); border-bottom: 1px solid var(--_border); font-weight: 700; }
    .item { display: grid; grid-template-columns: 7rem 1fr; gap: var(--_s1) var(--_s3); }
    .title { min-height: 1.5rem; padding: 0; border: 0; background: none; color: var(--_accent); font: inherit; font-weight: 600; text-align: start; text-decoration: underline; }
    .meta { display: block; font-size: 0.9em; }
    .no-chip-times .time { display: none; }
    .one-column .item { grid-template-columns: 1fr; }
  `,
];
