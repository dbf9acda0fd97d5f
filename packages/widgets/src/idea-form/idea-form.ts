import type { AuthorRole, IdeaCategory, IdeaReceipt, IdeaSubmission } from '@razem/contract';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { RazemElement } from '../shared/element.js';
import { LocalizeController } from '../shared/localize.js';
import { errorState, loadingState } from '../shared/states.js';
import { pageLink } from '../shared/urls.js';
import { DraftStore } from './draft.js';
import type { IdeaDelivery } from './delivery.js';
import { characterCount, DESCRIPTION_MAX, toSubmission, type IdeaField } from './fields.js';
import { FillTimer } from './fill-time.js';
import { IdeaFormState } from './form-state.js';
import { ideaFormStyles } from './idea-form.styles.js';
import { ideaFormCopy, type IdeaFormCopy } from './locales.js';
import { parseFormConfig, resolveChoices, type ChoicesInput, type IdeaFormConfig } from './options.js';
import { Outbox, OUTBOX_VERSION, retryDelay, type DeliveryOutcome } from './outbox.js';
import { browserStorage, safeStore, storageKey } from './storage.js';
import type * as LaterModule from './api.js';
import type { StatusView } from './status-view.js';
import { ideaForm } from './form-view.js';
import { queuedView, successView } from './views.js';

/** `detail` of `razem-idea-submitted`. */
export interface IdeaSubmittedDetail {
  trackingCode: string;
  receipt: IdeaReceipt;
}

/** `detail` of `razem-idea-queued`. */
export interface IdeaQueuedDetail {
  /** `offline`, `unreachable` (network error, timeout, 5xx) or `rate-limited`. */
  reason: 'offline' | 'unreachable' | 'rate-limited';
}

/** `detail` of `razem-idea-failed`. */
export interface IdeaFailedDetail {
  /** The API's or SDK's error code, e.g. `origin_not_allowed`, `spam_rejected`, `invalid_config`. */
  code: string;
}

/** Supplies a Turnstile-style token for each submission (verified by the API when configured). */
export type IdeaTokenProvider = () => string | undefined | Promise<string | undefined>;

/** Version sent with ideas when the page keeps the built-in privacy clause. */
export const DEFAULT_PRIVACY_NOTICE_VERSION = 'razem-default-1';

type Later = typeof LaterModule;

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
 * @event razem-idea-failed - The API refused the idea for a reason no field explains; the draft is kept. `detail: { code }`.
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
 * @csspart notice - Messages about the draft (restored, cleared) and refusals.
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
    view: { state: true },
  };

  /**
   * `form` (default): the idea form, then the success screen. `status`: only the status check.
   * @attr mode
   */
  mode: 'form' | 'status' = 'form';

  /**
   * Names this form's draft and outbox in local storage (per page); give each form on a page its
   * own. Read when the element connects.
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
   * for the rest of this time, then is sent. Read when the element connects.
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
   * Called before each submission for an anti-spam token (e.g. from Turnstile), sent as
   * `spam.token`. Not needed unless the API verifies tokens.
   */
  declare tokenProvider?: IdeaTokenProvider;

  private view: 'form' | 'queued' | 'success' | 'status' = 'form';
  private readonly form = new IdeaFormState();
  private readonly localize: LocalizeController<IdeaFormCopy> = new LocalizeController(this, ideaFormCopy, () => ({
    ...(this.json?.strings?.[this.localize.locale] as Partial<IdeaFormCopy> | undefined),
    ...this.strings,
  }));
  private json?: IdeaFormConfig;
  private draft?: DraftStore;
  private outbox?: Outbox;
  private delivery?: IdeaDelivery;
  private status?: StatusView | 'failed';
  private later?: Promise<Later>;
  private timer!: FillTimer;
  private honeypot = '';
  private busy = false;
  private notice?: 'draftRestored' | 'draftCleared' | 'refused';
  private waiting?: DeliveryOutcome;
  private receipt?: IdeaReceipt;
  private focusTarget?: string;
  private counterText = '';
  private counterTimer?: ReturnType<typeof setTimeout>;
  private retryTimer?: ReturnType<typeof setTimeout>;

  private readonly onOnline = () => void this.flush();
  private readonly onPageHide = () => this.draft?.flush();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('online', this.onOnline);
    addEventListener('pagehide', this.onPageHide);
    if (this.draft) return;
    // Children (the JSON configuration) may not be parsed yet when the element upgrades early.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.init(), { once: true });
    else this.init();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('online', this.onOnline);
    removeEventListener('pagehide', this.onPageHide);
    this.draft?.flush();
    clearTimeout(this.retryTimer);
  }

  private init(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script && !(this.json = parseFormConfig(script.textContent!))) {
      console.warn('[razem-idea-form] the JSON configuration is not a JSON object');
    }
    const store = safeStore(browserStorage);
    const key = (kind: 'draft' | 'outbox') => storageKey(this.formId, location.pathname, kind);
    const draft = (this.draft = new DraftStore(store, key('draft')));
    this.outbox = new Outbox(store, key('outbox'));
    const restored = draft.restore();
    if (restored) {
      this.form.reset(restored);
      this.notice = 'draftRestored';
    }
    this.timer = new FillTimer(this.minFillTime);
    this.timer.start();
    if (this.mode === 'status') this.openStatus(this.trackingCode ?? '');
    else if (this.outbox.get()) {
      void this.show({ kind: 'queued', offline: !navigator.onLine });
      void this.flush();
    }
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
        this.form.validator = later.validateIdea;
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
    // `mode` changed after the first render (the first is handled by init).
    if (this.hasUpdated && changed.has('mode')) {
      if (this.mode === 'status') this.openStatus(this.trackingCode ?? '');
      else this.view = 'form';
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
    if (name === 'honeypot') {
      this.honeypot = target.value;
      return;
    }
    this.form.input(name, name === 'privacyConsent' ? target.checked : target.value);
    this.notice = undefined;
    this.draft?.save(this.form.values);
    if (name === 'description') {
      // Screen readers hear the count only near the limit, and only once typing pauses.
      clearTimeout(this.counterTimer);
      this.counterTimer = setTimeout(() => {
        const count = characterCount(this.form.values.description, DESCRIPTION_MAX);
        this.counterText = count.near ? this.counterLabel(count.remaining) : '';
        this.requestUpdate();
      }, 800);
    }
    this.requestUpdate();
  }

  private onFocusOut(event: Event): void {
    if (this.form.blur((event.target as HTMLInputElement).name as IdeaField)) this.requestUpdate();
  }

  private counterLabel(remaining: number): string {
    const copy = this.localize.copy;
    return this.localize.plural(Math.abs(remaining), remaining < 0 ? copy.charsOver : copy.charsLeft);
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy || !this.outbox) return;
    this.busy = true;
    this.notice = undefined;
    this.requestUpdate();
    try {
      // Offline before the check was loaded, the idea is queued unchecked: the API checks it.
      await this.api().catch(() => {});
      if (Object.keys(this.form.attempt()).length) return this.focusLater('.summary');
      // The time the person took; a too-fast submission then waits out the rest of the minimum.
      const fillTimeMs = this.timer.elapsed();
      await this.timer.wait();
      const token = await (async () => this.tokenProvider?.())().catch((error: unknown) => {
        console.warn('[razem-idea-form] tokenProvider failed; sending without a token', error);
      });
      const submission = toSubmission(this.form.values, {
        privacyNoticeVersion: this.privacyNoticeVersion,
        locale: this.localize.locale,
        spam: { honeypot: this.honeypot, fillTimeMs, token: token ?? undefined },
      });
      this.draft!.flush();
      // Written down before the SDK is even loaded: offline, the outbox keeps it.
      this.outbox!.put({ v: OUTBOX_VERSION, key: this.draft!.key, submission, queuedAt: Date.now(), attempts: 0 });
      await this.deliver();
    } finally {
      this.busy = false;
      this.requestUpdate();
    }
  }

  /** Sends what waits in the outbox (on load, `online`, the retry timer and "Try sending now"). */
  private async flush(): Promise<void> {
    // While an attempt runs (Send, or another trigger), its own caller shows the outcome once.
    if (this.busy || !this.outbox?.get()) return;
    this.busy = true;
    this.requestUpdate();
    try {
      await this.deliver();
    } finally {
      this.busy = false;
      this.requestUpdate();
    }
  }

  /** One attempt to deliver the outbox through the SDK, then the screen its outcome calls for. */
  private async deliver(): Promise<void> {
    const sent = this.outbox!.get()?.submission;
    let outcome: DeliveryOutcome | undefined;
    try {
      const { IdeaDelivery } = await this.api();
      this.delivery ??= new IdeaDelivery({
        draft: this.draft!,
        outbox: this.outbox!,
        send: async (submission, options) => (await this.api()).ideasApi(this.apiConfig()).submit(submission, options),
        isOnline: () => navigator.onLine,
      });
      outcome = await this.delivery.flush();
    } catch {
      // The SDK itself could not be loaded (offline since the page loaded): the entry waits.
      outcome = { kind: 'queued', offline: !navigator.onLine };
    }
    if (outcome) await this.show(outcome, sent);
  }

  /** Moves to the screen an outcome calls for and tells the page. */
  private async show(outcome: DeliveryOutcome, sent?: IdeaSubmission): Promise<void> {
    clearTimeout(this.retryTimer);
    this.waiting = this.notice = undefined;
    const was = this.view;
    this.view = 'form';
    switch (outcome.kind) {
      case 'sent':
        this.view = 'success';
        this.receipt = outcome.receipt;
        this.form.reset();
        this.honeypot = '';
        this.timer = new FillTimer(this.minFillTime);
        this.emit<IdeaSubmittedDetail>('razem-idea-submitted', { trackingCode: outcome.receipt.trackingCode, receipt: outcome.receipt });
        return this.focusLater('#success-title');
      case 'invalid': {
        const issues = (await this.api().catch(() => undefined))?.serverIssues(outcome.fieldErrors, sent ?? {});
        this.form.setServerIssues(issues?.fields ?? {});
        if (issues && !issues.other.length && Object.keys(issues.fields).length) return this.focusLater('.summary');
        this.notice = 'refused';
        return this.focusLater('.notice');
      }
      case 'queued':
      case 'rate-limited': {
        this.view = 'queued';
        this.waiting = outcome;
        const delay = retryDelay(outcome, this.outbox?.get()?.attempts ?? 1);
        if (delay !== undefined) this.retryTimer = setTimeout(this.onOnline, delay);
        const reason = outcome.kind === 'rate-limited' ? outcome.kind : outcome.offline ? 'offline' : 'unreachable';
        this.emit<IdeaQueuedDetail>('razem-idea-queued', { reason });
        return was === 'queued' ? this.requestUpdate() : this.focusLater('#queued-message');
      }
      default:
        this.notice = 'refused';
        this.emit<IdeaFailedDetail>('razem-idea-failed', { code: outcome.kind === 'refused' ? outcome.code : 'idempotency_conflict' });
        return this.focusLater('.notice');
    }
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
    this.form.reset();
    this.draft?.clear();
    this.notice = 'draftCleared';
    this.requestUpdate();
  }

  private another(): void {
    this.view = 'form';
    this.timer.start();
    this.focusLater('#title');
  }

  private openStatus(code: string): void {
    this.view = 'status';
    this.requestUpdate();
    this.api().then(
      ({ StatusView }) => {
        const status = (this.status = new StatusView(this, () => this.apiConfig()));
        status.open(code);
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
    switch (this.view) {
      case 'success':
        return successView(this.receipt!, copy, level, () => this.openStatus(this.receipt!.trackingCode), () => this.another());
      case 'queued':
        return queuedView(this.waiting, this.outbox?.get()?.submission.title, copy, this.localize.locale, this.busy, this.onOnline);
      case 'status': {
        const status = this.status;
        if (status === 'failed') return errorState(copy.statusFailed, copy.check, () => this.openStatus(''));
        return status
          ? status.render(copy, this.localize.locale, level, this.mode === 'status' ? undefined : () => this.another())
          : loadingState(copy.checking);
      }
    }
    const locale = this.localize.locale;
    const categories = resolveChoices(this.categories ?? this.json?.categories, copy.categories, locale);
    const roles = resolveChoices(this.roles ?? this.json?.roles, copy.roles, locale);
    this.form.allowed = { categories: categories.map((c) => c.value), roles: roles.map((c) => c.value) };
    return ideaForm(
      {
        copy,
        locale,
        level,
        values: this.form.values,
        visible: this.form.visible,
        summary: this.form.summary,
        categories,
        roles,
        count: characterCount(this.form.values.description, DESCRIPTION_MAX),
        counterLabel: (remaining) => this.counterLabel(remaining),
        counterLive: this.counterText,
        notice: this.notice,
        privacyUrl: pageLink(this.privacyNoticeUrl),
        honeypot: this.honeypot,
        busy: this.busy,
      },
      {
        submit: this.onSubmit,
        input: this.onInput,
        focusin: this.onFocusIn,
        focusout: this.onFocusOut,
        summaryLink: this.onSummaryLink,
        clear: this.clear,
      },
    );
  }
}
