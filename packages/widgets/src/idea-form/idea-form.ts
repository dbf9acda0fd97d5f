import type { AuthorRole, IdeaCategory } from '@razem/contract';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { RazemElement } from '../shared/element.js';
import { LocalizeController } from '../shared/localize.js';
import { errorState, loadingState } from '../shared/states.js';
import { pageLink } from '../shared/urls.js';
import { characterCount, DESCRIPTION_MAX, type IdeaField } from './fields.js';
import { IdeaFormFlow, type Later } from './form-flow.js';
import { ideaFormStyles } from './idea-form.styles.js';
import { ideaFormCopy, type IdeaFormCopy } from './locales.js';
import { parseFormConfig, resolveChoices, type ChoicesInput, type IdeaFormConfig } from './options.js';
import { browserStorage, safeStore, storageKey } from './storage.js';
import type { StatusView } from './status-view.js';
import { ideaForm } from './form-view.js';
import { queuedView, successView } from './views.js';

export type { IdeaFailedDetail, IdeaQueuedDetail, IdeaSubmittedDetail } from './events.js';

/** Supplies a Turnstile-style token for each submission (verified by the API when configured). */
export type IdeaTokenProvider = () => string | undefined | Promise<string | undefined>;

/** Version sent with ideas when the page keeps the built-in privacy clause. */
export const DEFAULT_PRIVACY_NOTICE_VERSION = 'razem-default-1';

/**
 * A public consultation form in which no idea is lost: validated with the contract the API uses,
 * saved as a draft while typed, kept in an outbox while offline and sent exactly once however
 * often it is retried. Shows the tracking code on success and checks an idea's status later.
 *
 * @summary Collects ideas from residents, entrepreneurs, officials, young people and seniors.
 *
 * @customElement razem-idea-form
 * @tagname razem-idea-form
 *
 * @attr {'light' | 'dark' | 'auto'} theme - `light` (default look), `dark`, or `auto` to follow the visitor's system setting.
 *
 * @slot privacy-notice - The information clause (RODO) shown above the consent box; replaces the built-in text.
 *
 * @event razem-idea-submitted - The API stored the idea. `detail: { trackingCode, receipt }`.
 * @event razem-idea-queued - The idea is saved on the device and will be sent later. `detail: { reason }` (`offline`, `unreachable`, `rate-limited`).
 * @event razem-idea-failed - The API refused the idea for a reason no field explains, the draft kept (`idempotency_conflict`: already sent from another tab); or `contract_mismatch`: stored, but the answer with its tracking code could not be read. `detail: { code }`.
 *
 * @csspart form - The idea form (also the status form).
 * @csspart summary - The error summary shown after a submission with errors.
 * @csspart field - The wrapper of one field (label, hint, error, control).
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart error - A field's error message.
 * @csspart input - Text inputs, the textarea and selects.
 * @csspart counter - The character counter under the description.
 * @csspart privacy - The privacy notice and consent box.
 * @csspart checkbox - The consent checkbox.
 * @csspart notice - Messages about the draft (restored, cleared, sent from another tab, waited too long) and refusals.
 * @csspart button - Every button (also `submit` for primary actions, `secondary` for the others).
 * @csspart panel - The queued and success screens (also `queued`, `success`).
 * @csspart code - The tracking code on the success screen.
 * @csspart status - The status of an idea in the status view.
 *
 * @cssproperty --razem-color-accent - Buttons, links and the focus ring.
 * @cssproperty --razem-color-on-accent - Text on accent backgrounds.
 * @cssproperty --razem-color-text - Body text.
 * @cssproperty --razem-color-muted - Hints and secondary text.
 * @cssproperty --razem-color-surface - Background of inputs and panels.
 * @cssproperty --razem-color-subtle - Background of notices, the success panel and badges.
 * @cssproperty --razem-color-border - Input borders.
 * @cssproperty --razem-color-danger - Error messages and the bars of invalid fields.
 * @cssproperty --razem-radius - Corner radius.
 * @cssproperty --razem-font-family - Font; inherits the page font by default.
 * @cssproperty --razem-font-size - Base font size; inherits by default.
 * @cssproperty --razem-space-1 - Smallest gap.
 * @cssproperty --razem-space-2 - Small gap.
 * @cssproperty --razem-space-3 - Padding of panels.
 * @cssproperty --razem-space-4 - Gap between fields.
 */
export class RazemIdeaForm extends RazemElement {
  static override styles = ideaFormStyles;

  static override properties: PropertyDeclarations = {
    mode: { reflect: true },
    formId: { attribute: 'form-id' },
    privacyNoticeVersion: { attribute: 'privacy-notice-version' },
    privacyNoticeUrl: { attribute: 'privacy-notice-url' },
    minFillTime: { type: Number, attribute: 'min-fill-time' },
    trackingCode: { attribute: 'tracking-code' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    categories: { attribute: false },
    roles: { attribute: false },
    strings: { attribute: false },
    tokenProvider: { attribute: false },
  };

  /**
   * `form` (default): the idea form, then the success screen. `status`: only the status check.
   * @attr mode
   */
  mode: 'form' | 'status' = 'form';

  /**
   * Names this form's draft, outbox and last receipt in local storage (per page); give each form
   * on a page its own. Forms that share one keep separate drafts in page order (with a console
   * warning). Read when the element connects.
   * @attr form-id
   */
  formId = 'ideas';

  /**
   * Version of the privacy notice shown, sent with every idea as the one the author accepted.
   * Change it whenever you fill the `privacy-notice` slot or change the linked notice.
   * @attr privacy-notice-version
   */
  privacyNoticeVersion = DEFAULT_PRIVACY_NOTICE_VERSION;

  /**
   * Link to the full privacy notice, opened in a new tab: absolute or relative to the page
   * (`/polityka-prywatnosci`); only http(s) destinations become a link.
   * @attr privacy-notice-url
   */
  declare privacyNoticeUrl?: string;

  /**
   * Shortest plausible time (ms) to fill the form. A faster submission is not refused: it waits
   * for the rest of this time, then is sent. A restored draft counts from when it was started.
   * Read when the element connects.
   * @attr min-fill-time
   */
  minFillTime = 3000;

  /**
   * Tracking code to check at once in `mode="status"` (e.g. from a link in an e-mail).
   * @attr tracking-code
   */
  declare trackingCode?: string;

  /**
   * Level (2–6) of the headings the form shows (error summary, success, status).
   * @attr heading-level
   */
  headingLevel = 2;

  /**
   * Categories to offer, in order: values of the contract's categories, optionally relabelled,
   * e.g. `['business', { value: 'social', label: { pl: 'Społeczne', en: 'Community' } }]`.
   * Default: all. Also read from the JSON child (`{ "categories": [...] }`).
   */
  declare categories?: ChoicesInput<IdeaCategory>;

  /** Author roles to offer, like {@link categories}. Default: all. */
  declare roles?: ChoicesInput<AuthorRole>;

  /** Replacements for any of the built-in copy in the current language (shallow merge). */
  declare strings?: Partial<IdeaFormCopy>;

  /**
   * Called for every attempt to send an idea (retries included, as tokens may be single-use)
   * for an anti-spam token (e.g. from Turnstile), sent as `spam.token` and never stored. Not
   * needed unless the API verifies tokens.
   */
  declare tokenProvider?: IdeaTokenProvider;

  private readonly flow: IdeaFormFlow = new IdeaFormFlow({
    requestUpdate: () => this.requestUpdate(),
    focusLater: (selector) => this.focusLater(selector),
    emit: (type, detail) => this.emit(type, detail),
    api: () => this.api(),
    send: async (submission, options) => (await this.api()).ideasApi(this.apiConfig()).submit(submission, options),
    context: () => ({ privacyNoticeVersion: this.privacyNoticeVersion, locale: this.localize.locale }),
    token: () =>
      (async () => (await this.tokenProvider?.()) ?? undefined)().catch((error: unknown) => {
        console.warn('[razem-idea-form] tokenProvider failed; sending without a token', error);
        return undefined;
      }),
    online: () => navigator.onLine,
    minFillTime: () => this.minFillTime,
  });
  private readonly localize: LocalizeController<IdeaFormCopy> = new LocalizeController(this, ideaFormCopy, () => ({
    ...(this.json?.strings?.[this.localize.locale] as Partial<IdeaFormCopy> | undefined),
    ...this.strings,
  }));
  private json?: IdeaFormConfig;
  private started = false;
  private status?: StatusView | 'failed';
  /** The code the status check was opened with (its retry checks it again). */
  private statusCode = '';
  private later?: Promise<Later>;
  private focusTarget?: string;
  private counterText = '';
  private counterTimer?: ReturnType<typeof setTimeout>;

  private readonly onOnline = () => void this.flow.flush();
  private readonly onPageHide = () => this.flow.draft?.flush();
  // Another tab with this form sent or cleared the draft this one holds.
  private readonly onStorage = (event: StorageEvent) => this.flow.draft && this.flow.otherTab(event);

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.onOnline);
    addEventListener('pagehide', this.onPageHide);
    addEventListener('storage', this.onStorage);
    // Back on the page (a route came back): its retry timer was dropped on removal, so try now.
    if (this.started) return void (this.flow.view === 'queued' && this.flow.flush());
    this.started = true;
    // Children (the JSON configuration) may not be parsed yet when the element upgrades early.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.init(), { once: true });
    else this.init();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
    removeEventListener('pagehide', this.onPageHide);
    removeEventListener('storage', this.onStorage);
    this.flow.draft?.flush();
    this.flow.stop();
  }

  private init(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script && !(this.json = parseFormConfig(script.textContent!))) {
      console.warn('[razem-idea-form] the JSON configuration is not a JSON object');
    }
    // Forms sharing one form-id on a page would overwrite each other's draft: in page order, the
    // second keeps its own under "<form-id>~2", and so on.
    const { formId, localName } = this;
    const twins = [...(this.getRootNode() as ParentNode).querySelectorAll<this>(localName)].filter((form) => form.formId === formId);
    const place = twins.indexOf(this);
    const key = place > 0 ? `${formId}~${place + 1}` : formId;
    if (place > 0) console.warn(`[${localName}] ${twins.length} forms share form-id "${formId}"; give each its own`);
    this.flow.start(safeStore(browserStorage), (kind) => storageKey(key, location.pathname, kind));
    if (this.mode === 'status') this.openStatus(this.trackingCode ?? '');
    else this.flow.resume();
    this.requestUpdate();
  }

  /** The API address and key; throws (a final refusal) when the page set no address. */
  private apiConfig() {
    const { apiBase, apiKey } = this.config;
    if (!apiBase) throw Object.assign(new Error('[razem-idea-form] no api-base attribute or razem:api-base meta tag'), { code: 'invalid_config' });
    return { apiBase, apiKey };
  }

  /**
   * The contract check, delivery and status view (with zod and the SDK), loaded on first use and
   * warmed when someone starts filling the form. A failed load is retried next time.
   */
  private api(): Promise<Later> {
    return (this.later ??= import('./api.js').then(
      (later) => {
        this.flow.form.validator = later.validateIdea;
        this.requestUpdate();
        return later;
      },
      (error: unknown) => {
        this.later = undefined;
        throw error;
      },
    ));
  }

  private focusLater(selector: string): void {
    this.focusTarget = selector;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // `mode` changed after the first render (the first is handled by init), or a router gave the
    // status check another `tracking-code`.
    if (this.hasUpdated && (changed.has('mode') || (changed.has('trackingCode') && this.mode === 'status'))) {
      if (this.mode === 'status') this.openStatus(this.trackingCode ?? '');
      else this.flow.view = 'form';
    }
  }

  protected override updated(): void {
    if (this.focusTarget) this.renderRoot.querySelector<HTMLElement>(this.focusTarget)?.focus();
    this.focusTarget = undefined;
  }

  private onFocusIn(): void {
    if (!this.later) this.api().catch(() => {});
  }

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement;
    const name = target.name as IdeaField | 'honeypot';
    this.flow.input(name, name === 'privacyConsent' ? target.checked : target.value);
    if (name === 'description') {
      // Screen readers hear the count only near the limit, and only once typing pauses.
      clearTimeout(this.counterTimer);
      this.counterTimer = setTimeout(() => {
        const count = characterCount(this.flow.values.description, DESCRIPTION_MAX);
        this.counterText = count.near ? this.counterLabel(count.remaining) : '';
        this.requestUpdate();
      }, 800);
    }
    this.requestUpdate();
  }

  private onFocusOut(event: Event): void {
    if (this.flow.form.blur((event.target as HTMLInputElement).name as IdeaField)) this.requestUpdate();
  }

  private counterLabel(remaining: number): string {
    const copy = this.localize.copy;
    return this.localize.plural(Math.abs(remaining), remaining < 0 ? copy.charsOver : copy.charsLeft);
  }

  private onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    return this.flow.submit();
  }

  private onSummaryLink(event: Event): void {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${link.dataset.field}`);
    // Like GOV.UK: bring the field with its label into view, then focus the control.
    target?.parentElement?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }

  private clear(): void {
    this.flow.clear();
    this.requestUpdate();
  }

  /**
   * Shows the status check for `code`. `byPerson`: opened with a button, whose screen goes away,
   * so focus moves to the status heading rather than falling to the page.
   */
  private openStatus(code: string, byPerson = false): void {
    this.flow.view = 'status';
    this.statusCode = code;
    // A retry after a failed download shows it is loading, and a new failure a new alert.
    if (this.status === 'failed') this.status = undefined;
    this.requestUpdate();
    this.api().then(
      ({ StatusView }) => {
        const status = (this.status = new StatusView(this, () => this.apiConfig()));
        status.open(code, byPerson);
        this.requestUpdate();
      },
      () => {
        this.status = 'failed';
        this.requestUpdate();
      },
    );
  }

  protected override render(): TemplateResult {
    const copy = this.localize.copy;
    const level = this.headingLevel;
    if (this.localize.loading) return loadingState(copy.formLabel);
    const flow = this.flow;
    switch (flow.view) {
      case 'success':
        return successView(
          flow.receipt,
          [flow.sentElsewhere && copy.sentElsewhere, !flow.receipt && copy.codeUnreadable, flow.editedWhileSending && copy.editedWhileSending],
          copy,
          level,
          () => this.openStatus(flow.receipt!.trackingCode, true),
          () => flow.another(),
        );
      case 'queued':
        return queuedView(flow.waiting, flow.outbox?.get()?.submission.title, copy, this.localize.locale, flow.busy, this.onOnline);
      case 'status': {
        const status = this.status;
        if (status === 'failed') return errorState(copy.statusFailed, copy.check, () => this.openStatus(this.statusCode, true));
        return status
          ? status.render(copy, this.localize.locale, level, this.mode === 'status' ? undefined : () => flow.another())
          : loadingState(copy.checking);
      }
    }
    const locale = this.localize.locale;
    const categories = resolveChoices(this.categories ?? this.json?.categories, copy.categories, locale);
    const roles = resolveChoices(this.roles ?? this.json?.roles, copy.roles, locale);
    flow.form.allowed = { categories: categories.map((c) => c.value), roles: roles.map((c) => c.value) };
    return ideaForm(
      {
        copy,
        locale,
        level,
        values: flow.values,
        visible: flow.form.visible,
        summary: flow.form.summary,
        categories,
        roles,
        count: characterCount(flow.values.description, DESCRIPTION_MAX),
        counterLabel: (remaining) => this.counterLabel(remaining),
        counterLive: this.counterText,
        notice: flow.notice,
        cleared: flow.cleared,
        sentCode: flow.notice === 'conflict' ? flow.sentCode : undefined,
        privacyUrl: pageLink(this.privacyNoticeUrl),
        honeypot: flow.honeypot,
        busy: flow.busy,
      },
      {
        submit: this.onSubmit,
        input: this.onInput,
        focusin: this.onFocusIn,
        focusout: this.onFocusOut,
        summaryLink: this.onSummaryLink,
        clear: this.clear,
        undoClear: () => flow.undoClear(),
        sendAsNew: () => void flow.sendAsNew(),
      },
    );
  }
}
