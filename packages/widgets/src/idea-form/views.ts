/**
 * Templates of <razem-idea-form>'s fields and screens. Plain functions of what to show, so the
 * element keeps only state and wiring. Every text goes through Lit bindings: whatever anyone
 * typed (or the API echoes back) is rendered as text, never as markup.
 */
import type { IdeaReceipt } from '@razem/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { plural, type RazemLocale } from '../shared/locale.js';
import type { IdeaField } from './fields.js';
import type { SummaryEntry } from './form-state.js';
import type { DeliveryOutcome } from './outbox.js';
import type { IdeaFormCopy } from './locales.js';
import { issueMessage } from './messages.js';

/** A heading at the level the page needs (2–6), focusable so screens can move focus to it. */
export function heading(level: number, id: string, text: string): TemplateResult {
  return html`<div role="heading" aria-level=${Math.min(6, Math.max(2, level || 2))} id=${id} class="heading" tabindex="-1">
    ${text}
  </div>`;
}

/** What one field needs to render its label, hint and error. */
export interface FieldFrame {
  id: IdeaField | 'code';
  label: string;
  hint?: string | undefined;
  /** Shown after the label, e.g. "(optional)". */
  optional?: string | undefined;
  error?: string | undefined;
  errorPrefix: string;
}

/** The GOV.UK field pattern: label, hint, error, then the control (and what follows it). */
export function field(frame: FieldFrame, control: TemplateResult, after: unknown = nothing): TemplateResult {
  return html`<div part="field" class="field ${frame.error ? 'invalid' : ''}">
    <label part="label" for=${frame.id}>${frame.label}${frame.optional ? html` <span class="muted">${frame.optional}</span>` : nothing}</label>
    ${frame.hint ? html`<p part="hint" class="hint" id="${frame.id}-hint">${frame.hint}</p>` : nothing}
    ${frame.error
      ? html`<p part="error" class="error" id="${frame.id}-error"><span class="vh">${frame.errorPrefix}</span> ${frame.error}</p>`
      : nothing}
    ${control} ${after}
  </div>`;
}

/**
 * The error summary: a focusable container above the form whose links move focus to the fields
 * (fragment links cannot reach into a shadow root, so `onLink` does it).
 */
export function summary(
  entries: SummaryEntry[],
  copy: IdeaFormCopy,
  locale: RazemLocale,
  level: number,
  onLink: (event: Event) => void,
): TemplateResult | typeof nothing {
  if (!entries.length) return nothing;
  return html`<div part="summary" class="summary" tabindex="-1" aria-labelledby="summary-title">
    ${heading(level, 'summary-title', copy.summaryTitle)}
    <ul @click=${onLink}>
      ${entries.map(
        ({ field, issue }) =>
          html`<li><a href="#${field}" data-field=${field}>${issueMessage(field, issue, copy, locale)}</a></li>`,
      )}
    </ul>
  </div>`;
}

/**
 * The screen after a successful submission: the tracking code and what to do with it. `notes`
 * say more about how it went (sent from another tab, …); without a receipt the code is unknown.
 */
export function successView(
  receipt: IdeaReceipt | undefined,
  notes: (string | false)[],
  copy: IdeaFormCopy,
  level: number,
  onStatus: () => void,
  onAnother: () => void,
): TemplateResult {
  return html`<section part="panel success" class="panel success" aria-labelledby="success-title">
    ${heading(level, 'success-title', copy.successTitle)} ${notes.map((note) => (note ? html`<p>${note}</p>` : nothing))}
    ${receipt
      ? html`<p>${copy.codeLabel}<br /><strong part="code" class="code">${receipt.trackingCode}</strong></p>
          <p>${copy.successHint}</p>`
      : nothing}
    <div class="actions">
      ${receipt ? html`<button part="button" type="button" @click=${onStatus}>${copy.checkStatus}</button>` : nothing}
      <button part="button secondary" class="secondary" type="button" @click=${onAnother}>${copy.submitAnother}</button>
    </div>
  </section>`;
}

/** What the queued screen says, for how the last attempt ended. */
export function queuedMessage(waiting: DeliveryOutcome | undefined, copy: IdeaFormCopy, locale: RazemLocale): string {
  if (waiting?.kind === 'rate-limited') {
    const minutes = Math.max(1, Math.ceil((waiting.retryAfter ?? 60) / 60));
    return copy.rateLimited.replace('{minutes}', plural(locale, minutes, copy.minutes));
  }
  return waiting?.kind === 'queued' && !waiting.offline ? copy.queuedRetrying : copy.queuedOffline;
}

/** Shown while the idea waits in the outbox: what happens next, the idea's title, "try now". */
export function queuedView(
  waiting: DeliveryOutcome | undefined,
  title: string | undefined,
  copy: IdeaFormCopy,
  locale: RazemLocale,
  busy: boolean,
  onSend: () => void,
): TemplateResult {
  return html`<section part="panel queued" class="panel queued">
    <p id="queued-message" role="status" tabindex="-1">${queuedMessage(waiting, copy, locale)}</p>
    ${title ? html`<p class="muted">„${title}”</p>` : nothing}
    <div class="actions">${submitButton(copy.sendNow, copy.sending, busy, 'button', onSend)}</div>
  </section>`;
}

/** A primary button that shows progress while `busy` (keeps focus: `aria-disabled`, not `disabled`). */
export function submitButton(
  label: string,
  busyLabel: string,
  busy: boolean,
  type: 'submit' | 'button',
  onClick?: () => void,
): TemplateResult {
  return html`<button
    part="button submit"
    type=${type}
    aria-disabled=${busy ? 'true' : 'false'}
    @click=${onClick ?? nothing}
  >
    ${busy ? html`<span class="spinner" aria-hidden="true"></span>${busyLabel}` : label}
  </button>`;
}
