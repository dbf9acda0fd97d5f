/**
 * The idea form itself: error summary, notices, title, description with its counter, category,
 * role, the optional "about you" group, the privacy notice with the consent box, the honeypot and
 * the buttons. Each control names its hint, counter and error in `aria-describedby` and says
 * `aria-invalid` only while its error is shown.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { RazemLocale } from '../shared/locale.js';
import type { CharacterCount, FieldIssues, IdeaField, IdeaFormValues } from './fields.js';
import type { Cleared, Notice } from './form-flow.js';
import type { SummaryEntry } from './form-state.js';
import type { IdeaFormCopy } from './locales.js';
import { issueMessage } from './messages.js';
import type { Choice } from './options.js';
import { field, submitButton, summary, type FieldFrame } from './views.js';

/** What the fields show. */
export interface FormFieldsView {
  copy: IdeaFormCopy;
  locale: RazemLocale;
  values: IdeaFormValues;
  /** Errors to show now (see `IdeaFormState.visible`). */
  visible: FieldIssues;
  categories: Choice[];
  roles: Choice[];
  count: CharacterCount;
  counterLabel: (remaining: number) => string;
  /** What the polite live region says about the count (empty until near the limit). */
  counterLive: string;
}

/** What the whole form shows. */
export interface IdeaFormView extends FormFieldsView {
  /** Heading level of the error summary. */
  level: number;
  summary: SummaryEntry[];
  notice?: Notice | undefined;
  /** The form was just cleared: says so below the buttons, with a way to undo it. */
  cleared?: Cleared | undefined;
  /** Tracking code of the idea a conflicting draft was already sent as, when known. */
  sentCode?: string | undefined;
  /** Link to the full privacy notice (already checked to be http/https). */
  privacyUrl?: string | undefined;
  honeypot: string;
  /** Sending: the button shows progress. */
  busy: boolean;
}

/** Listeners of the form (called with the element as `this`). */
export interface FormHandlers {
  submit: (event: Event) => void;
  input: (event: Event) => void;
  focusin: (event: Event) => void;
  focusout: (event: Event) => void;
  summaryLink: (event: Event) => void;
  clear: () => void;
  undoClear: () => void;
  sendAsNew: () => void;
}

const frame = (view: FormFieldsView, id: IdeaField, label: string, hint?: string, optional?: boolean): FieldFrame => {
  const issue = view.visible[id];
  return {
    id,
    label,
    hint,
    optional: optional ? view.copy.optional : undefined,
    error: issue && issueMessage(id, issue, view.copy, view.locale),
    errorPrefix: view.copy.errorPrefix,
  };
};

const describedBy = (f: FieldFrame, extra = ''): string | typeof nothing =>
  [f.hint && `${f.id}-hint`, extra, f.error && `${f.id}-error`].filter(Boolean).join(' ') || nothing;

const input = (f: FieldFrame, value: string, type = 'text', autocomplete = 'off') =>
  field(
    f,
    html`<input
      part="input"
      id=${f.id}
      name=${f.id}
      type=${type}
      autocomplete=${autocomplete}
      aria-describedby=${describedBy(f)}
      aria-invalid=${f.error ? 'true' : nothing}
      .value=${value}
    />`,
  );

const select = (f: FieldFrame, value: string, choices: Choice[], choose: string) =>
  field(
    f,
    html`<select part="input" id=${f.id} name=${f.id} aria-describedby=${describedBy(f)} aria-invalid=${f.error ? 'true' : nothing} .value=${value}>
      <option value="">${choose}</option>
      ${choices.map((c) => html`<option value=${c.value} ?selected=${c.value === value}>${c.label}</option>`)}
    </select>`,
  );

/** Every field above the privacy notice. */
export function formFields(view: FormFieldsView): TemplateResult {
  const { copy, values, count } = view;
  const description = frame(view, 'description', copy.descriptionLabel, copy.descriptionHint);
  return html`${input(frame(view, 'title', copy.titleLabel, copy.titleHint), values.title)}
    ${field(
      description,
      html`<textarea
        part="input"
        id="description"
        name="description"
        rows="8"
        aria-describedby=${describedBy(description, 'description-count')}
        aria-invalid=${description.error ? 'true' : nothing}
        .value=${values.description}
      ></textarea>`,
      // The visible count is hidden from screen readers (it changes on every keystroke); they
      // read it with the field's description, and hear the live region near the limit.
      html`<p part="counter" id="description-count" class="hint ${count.over ? 'error' : ''}" aria-hidden="true">
          ${view.counterLabel(count.remaining)}
        </p>
        <p class="vh" aria-live="polite">${view.counterLive}</p>`,
    )}
    ${select(frame(view, 'category', copy.categoryLabel), values.category, view.categories, copy.choose)}
    ${select(frame(view, 'authorRole', copy.roleLabel), values.authorRole, view.roles, copy.choose)}
    <fieldset>
      <legend>${copy.aboutYou}</legend>
      <p class="hint">${copy.aboutYouHint}</p>
      ${input(frame(view, 'name', copy.nameLabel, undefined, true), values.name, 'text', 'name')}
      ${input(frame(view, 'email', copy.emailLabel, copy.emailHint, true), values.email, 'email', 'email')}
      ${input(frame(view, 'municipality', copy.municipalityLabel, undefined, true), values.municipality, 'text', 'address-level2')}
    </fieldset>`;
}

/** The consent box: never ticked unless the person ticks it. */
export function consentField(view: FormFieldsView): TemplateResult {
  const f = frame(view, 'privacyConsent', view.copy.consentLabel);
  return html`<div part="field" class="field consent ${f.error ? 'invalid' : ''}">
    ${f.error
      ? html`<p part="error" class="error" id="privacyConsent-error"><span class="vh">${f.errorPrefix}</span> ${f.error}</p>`
      : nothing}
    <input
      part="checkbox"
      type="checkbox"
      id="privacyConsent"
      name="privacyConsent"
      aria-describedby=${describedBy(f)}
      aria-invalid=${f.error ? 'true' : nothing}
      .checked=${view.values.privacyConsent}
    />
    <label for="privacyConsent">${f.label}</label>
  </div>`;
}

/** The whole form. Native validation is off (`novalidate`): the contract's messages replace it. */
export function ideaForm(view: IdeaFormView, on: FormHandlers): TemplateResult {
  const { copy, notice } = view;
  return html`<form
    part="form"
    novalidate
    aria-label=${copy.formLabel}
    @submit=${on.submit}
    @input=${on.input}
    @focusin=${on.focusin}
    @focusout=${on.focusout}
  >
    ${summary(view.summary, copy, view.locale, view.level, on.summaryLink)}
    ${notice === 'conflict'
      ? html`<div part="notice" class="notice refused" role="alert" tabindex="-1">
          <p>${copy.conflict}${view.sentCode ? ` ${copy.codeLabel}: ${view.sentCode}.` : ''}</p>
          <button part="button secondary" class="secondary" type="button" @click=${on.sendAsNew}>${copy.sendAsNew}</button>
        </div>`
      : notice
        ? html`<p part="notice" class="notice ${notice}" role=${notice === 'refused' ? 'alert' : 'status'} tabindex="-1">
            ${copy[notice]}
          </p>`
        : nothing}
    ${formFields(view)}
    <fieldset part="privacy">
      <legend>${copy.privacyHeading}</legend>
      <slot name="privacy-notice"><p>${copy.privacyText}</p></slot>
      ${view.privacyUrl
        ? html`<p><a href=${view.privacyUrl} target="_blank" rel="noopener">${copy.privacyLink}<span class="vh"> ${copy.newTab}</span></a></p>`
        : nothing}
      ${consentField(view)}
    </fieldset>
    <div class="hp" aria-hidden="true">
      <label for="rzm-hp-website">${copy.honeypotLabel}</label>
      <input id="rzm-hp-website" name="honeypot" tabindex="-1" autocomplete="off" .value=${view.honeypot} />
    </div>
    <div class="actions">
      ${submitButton(copy.submit, copy.sending, view.busy, 'submit')}
      <button part="button secondary" class="secondary" type="button" @click=${on.clear}>${copy.clearDraft}</button>
    </div>
    <div role="status" class="cleared">${view.cleared
      ? html`<p part="notice" class="notice">${copy[view.cleared]}</p>
          <button part="button secondary" class="secondary" type="button" @click=${on.undoClear}>${copy.undo}</button>`
      : nothing}</div>
  </form>`;
}
