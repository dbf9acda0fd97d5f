import { css } from 'lit';
import { stateStyles } from '../shared/states.js';
import { tokens } from '../shared/tokens.js';

/**
 * Styles of <razem-idea-form>: one column that fits 320 px, 44 px targets, errors marked by a bar
 * and text as well as colour, after the GOV.UK form patterns.
 */
export const ideaFormStyles = [
  tokens,
  stateStyles,
  css`
    :host {
      --_loading-height: 40rem;
      max-width: 40rem;
    }
    form,
    fieldset,
    .panel {
      display: grid;
      gap: var(--_s4);
    }
    p,
    fieldset {
      margin: 0;
    }
    .heading,
    legend {
      font-size: 1.25em;
      font-weight: 700;
    }
    .field {
      display: grid;
      gap: var(--_s1);
    }
    label {
      font-weight: 600;
    }
    .hint,
    .muted {
      color: var(--_muted);
      font-weight: 400;
    }
    .error {
      color: var(--_danger);
      font-weight: 700;
    }
    .invalid {
      border-left: 4px solid var(--_danger);
      padding-left: var(--_s3);
    }
    input,
    select,
    textarea {
      font: inherit;
      width: 100%;
      min-height: 2.75rem;
      padding: var(--_s2);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    textarea {
      resize: vertical;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
    }
    fieldset {
      padding: 0;
      border: 0;
      min-width: 0;
    }
    legend {
      padding: 0;
    }
    .consent {
      grid-template-columns: auto 1fr;
      gap: var(--_s2);
    }
    .consent .error {
      grid-column: 1 / -1;
    }
    .consent input {
      width: 1.5rem;
      min-height: 1.5rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    .consent label {
      font-weight: 400;
    }
    /* The honeypot: off-screen for people, still in the form for bots. */
    .hp {
      position: absolute;
      left: -100vw;
      width: 1px;
      overflow: hidden;
    }
    .summary {
      border: 4px solid var(--_danger);
      padding: var(--_s3);
    }
    .summary a {
      color: var(--_danger);
      font-weight: 700;
    }
    a {
      color: var(--_accent);
    }
    .notice {
      border-left: 4px solid var(--_accent);
      padding: var(--_s2) var(--_s3);
      background: var(--_subtle);
    }
    .refused {
      border-color: var(--_danger);
    }
    .actions,
    .cleared {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s3);
    }
    .cleared {
      align-items: center;
    }
    /* The polite region below the buttons is always there (a region added with its text is often
       not announced); while empty it takes no room. */
    .cleared:empty {
      margin-top: calc(-1 * var(--_s4));
    }
    .secondary {
      background: transparent;
      color: var(--_accent);
    }
    [aria-disabled='true'] {
      cursor: progress;
    }
    .spinner {
      display: inline-block;
      width: 1em;
      height: 1em;
      margin-right: var(--_s2);
      border: 2px solid;
      border-right-color: transparent;
      border-radius: 50%;
      vertical-align: -0.125em;
    }
    @media (prefers-reduced-motion: no-preference) {
      .spinner {
        animation: razem-spin 0.8s linear infinite;
      }
    }
    @keyframes razem-spin {
      to {
        rotate: 1turn;
      }
    }
    .panel {
      gap: var(--_s3);
      padding: var(--_s3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    .success {
      border: 4px solid var(--_accent);
      background: var(--_subtle);
    }
    .code {
      font: 700 1.5em ui-monospace, monospace;
      letter-spacing: 0.05em;
    }
    .status {
      display: grid;
      gap: var(--_s2);
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
      white-space: pre-line;
    }
    .badge {
      padding: 0 var(--_s2);
      border-radius: var(--_radius);
      background: var(--_subtle);
      font-weight: 600;
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    .summary:focus {
      outline: 3px solid var(--_accent);
    }
  `,
];
