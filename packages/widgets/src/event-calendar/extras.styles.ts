import { css } from 'lit';

/** Styles of the dialog and the filter selects, adopted by the element when they load (`extras.ts`); one rule a line. */
export const extraStyles = css`
  dialog { width: min(40rem, calc(100vw - 2rem)); max-height: calc(100dvh - 2rem); padding: var(--_s4); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); overflow-wrap: anywhere; }
  dialog::backdrop { background: rgb(0 0 0 / 0.5); }
  h2 { margin: 0 0 var(--_s3); font-size: 1.375em; }
  h3 { margin: var(--_s4) 0 var(--_s2); font-size: 1.125em; }
  .close { float: inline-end; margin-inline-start: var(--_s2); }
  .back { margin-bottom: var(--_s3); }
  .badges { display: flex; gap: var(--_s2); margin-bottom: var(--_s3); color: var(--_muted); }
  .status.cancelled { color: var(--_danger); }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: var(--_s1) var(--_s3); }
  dt { font-weight: 600; }
  dd { margin: 0; }
  .text { margin-top: var(--_s3); white-space: pre-line; }
  .links { display: flex; flex-wrap: wrap; gap: var(--_s2) var(--_s4); }
  a { display: inline-block; min-height: 1.5rem; color: var(--_accent); }
  input { width: 100%; min-height: 2.75rem; margin: var(--_s1) 0 var(--_s2); padding: var(--_s2); border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); font: inherit; }
  .filters { display: flex; flex-wrap: wrap; gap: var(--_s2); }
  label { display: grid; flex: 1 1 12rem; min-width: 0; font-weight: 600; }
  select { min-width: 0; max-width: 100%; font: inherit; min-height: 2.75rem; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); }
  .day-list { gap: var(--_s2); }
  .day-list li { display: grid; grid-template-columns: 7rem 1fr; gap: var(--_s3); }
  .one-column dl, .one-column .day-list li { grid-template-columns: 1fr; }
`;
