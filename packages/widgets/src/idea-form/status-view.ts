/**
 * The "check status" view: a tracking code in, the idea's status and the consortium's public note
 * out (`ideas.status(code)`). Loaded on demand with the SDK, when someone opens it.
 */
import { CONSORTIUM_TIME_ZONE, type IdeaPublicStatus } from '@razem/contract';
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { RazemConfig } from '../shared/config.js';
import type { RazemLocale } from '../shared/locale.js';
import { ideasApi } from './api.js';
import type { IdeaFormCopy } from './locales.js';
import { normalizeTrackingCode } from './tracking.js';
import { field, heading, submitButton } from './views.js';

/** The element showing the view. */
export interface StatusHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The public status of an idea, as a description list; dates in the consortium's time zone. */
export function statusResult(status: IdeaPublicStatus, copy: IdeaFormCopy, locale: RazemLocale): TemplateResult {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: CONSORTIUM_TIME_ZONE });
  const row = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<dl part="status" class="status">
    ${row(copy.codeLabel, status.trackingCode)} ${row(copy.titleLabel, status.title)}
    ${row(copy.statusLabel, html`<span class="badge">${copy.statuses[status.status] ?? status.status}</span>`)}
    ${status.publicNote ? row(copy.noteLabel, status.publicNote) : nothing}
    ${row(copy.receivedLabel, date.format(new Date(status.receivedAt)))}
    ${row(copy.updatedLabel, date.format(new Date(status.updatedAt)))}
  </dl>`;
}

/** State and template of the status check. */
export class StatusView {
  /** The code as typed (normalised once checked). */
  code = '';
  private error?: 'codeInvalid' | 'statusNotFound' | 'statusFailed';
  private result?: IdeaPublicStatus;
  private busy = false;

  /**
   * @param host - re-rendered on every change.
   * @param config - the API address and key; throws when the page set no address.
   */
  constructor(
    private readonly host: StatusHost,
    private readonly config: () => RazemConfig & { apiBase: string },
  ) {}

  /**
   * Shows the view for `code`, checking it at once when there is one. `focusHeading`: the screen
   * that opened it is gone, so focus moves to the heading (the result is announced politely).
   */
  open(code: string, focusHeading = false): void {
    this.code = code;
    this.error = this.result = undefined;
    if (code) void this.check();
    if (focusHeading || !code) void this.focus(focusHeading ? '#status-title' : '#code');
  }

  private async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Checks the code typed (the status form's submit). */
  async check(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.busy) return;
    const code = normalizeTrackingCode(this.code);
    this.error = this.result = undefined;
    if (code) {
      this.code = code;
      this.busy = true;
      this.host.requestUpdate();
      try {
        this.result = await ideasApi(this.config()).status(code);
      } catch (error) {
        this.error = (error as { status?: unknown }).status === 404 ? 'statusNotFound' : 'statusFailed';
      }
      this.busy = false;
    } else {
      this.error = 'codeInvalid';
    }
    this.host.requestUpdate();
    if (this.error) await this.focus('#code');
  }

  /** The view; `onBack` adds a way back to the idea form. */
  render(copy: IdeaFormCopy, locale: RazemLocale, level: number, onBack?: () => void): TemplateResult {
    const error = this.error && copy[this.error];
    const frame = { id: 'code' as const, label: copy.codeLabel, hint: copy.codeHint, error, errorPrefix: copy.errorPrefix };
    return html`<form part="form" novalidate aria-labelledby="status-title" @submit=${(e: Event) => this.check(e)}>
        ${heading(level, 'status-title', copy.statusTitle)}
        ${field(
          frame,
          html`<input
            part="input"
            id="code"
            name="code"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            aria-describedby=${error ? 'code-hint code-error' : 'code-hint'}
            aria-invalid=${error ? 'true' : nothing}
            .value=${this.code}
            @input=${(e: Event) => (this.code = (e.target as HTMLInputElement).value)}
          />`,
        )}
        <div class="actions">${submitButton(copy.check, copy.checking, this.busy, 'submit')}</div>
      </form>
      <div aria-live="polite">${this.result ? statusResult(this.result, copy, locale) : nothing}</div>
      ${onBack
        ? html`<p><button part="button secondary" class="secondary" type="button" @click=${onBack}>${copy.backToForm}</button></p>`
        : nothing}`;
  }
}
