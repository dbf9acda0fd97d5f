import { css } from 'lit';
import { stateStyles } from '../shared/states.js';
import { tokens } from '../shared/tokens.js';

/** Styles of <razem-partner-list>: the three layouts share one markup. */
export const partnerListStyles = [
  tokens,
  stateStyles,
  css`
    :host {
      --_logo-height: var(--razem-logo-height, 3rem);
      --_loading-height: 14rem;
    }
    :host([layout='compact']) {
      --_logo-height: var(--razem-logo-height, 2rem);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s3);
      margin-bottom: var(--_s2);
    }
    label {
      display: grid;
      gap: var(--_s1);
      flex: 1 1 12rem;
      font-weight: 600;
    }
    select,
    input {
      font: inherit;
      font-weight: 400;
      min-height: 2.75rem;
      padding: var(--_s2);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .count {
      margin: 0 0 var(--_s3);
      color: var(--_muted);
    }
    .list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--razem-partner-list-min-width, 16rem)), 1fr));
      gap: var(--_s4);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      display: flex;
      flex-direction: column;
      gap: var(--_s3);
      min-width: 0;
      padding: var(--_s3);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      overflow-wrap: anywhere;
    }
    .logo {
      display: block;
      width: auto;
      max-width: 100%;
      height: var(--_logo-height);
      object-fit: contain;
      object-position: left center;
    }
    .name {
      margin: 0;
      font-size: 1.125em;
      font-weight: 700;
      line-height: 1.3;
      hyphens: auto;
    }
    p {
      margin: 0;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s1) var(--_s2);
      margin-top: var(--_s1);
      color: var(--_muted);
      font-size: 0.9em;
    }
    .role {
      padding: 0 var(--_s2);
      border-radius: var(--_radius);
      background: var(--_subtle);
      color: var(--_text);
    }
    .role.coordinator {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .description {
      margin-top: var(--_s2);
    }
    .contacts {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_s1) var(--_s3);
      margin-top: var(--_s2);
    }
    a {
      color: var(--_accent);
      text-underline-offset: 0.15em;
    }
    :host([layout='list']) .list {
      grid-template-columns: 1fr;
      gap: var(--_s3);
    }
    :host([layout='list']) .item {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: flex-start;
    }
    /* Below about 25rem the text wraps under the logo: no container query, whose containment
       would collapse the element to nothing in a flex row or an inline-block. */
    :host([layout='list']) .body {
      flex: 1 1 16rem;
    }
    :host([layout='list']) .logo {
      flex: 0 0 auto;
      max-width: 8rem;
    }
    :host([layout='compact']) .list {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), 1fr));
      gap: var(--_s2);
    }
    :host([layout='compact']) .item {
      flex-direction: row;
      align-items: center;
      gap: var(--_s2);
      padding: var(--_s2);
    }
    :host([layout='compact']) .logo {
      max-width: 4rem;
    }
    :host([layout='compact']) .name {
      font-size: 1em;
    }
  `,
];
