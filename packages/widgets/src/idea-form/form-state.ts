/**
 * What the form knows between keystrokes: the values, which fields may show their errors, and
 * errors the server sent. DOM-free; the element feeds it `input` / `blur` / submit and renders
 * {@link IdeaFormState.visible}.
 *
 * The rule that keeps the form from nagging (GOV.UK): a field shows its error only once the
 * person has edited it and left it, or once it was in the error summary of a Send (or of the
 * server's answer). From then on its error follows every keystroke, so a fix is acknowledged at
 * once. A field that was fine at Send is held to the first rule: typing the first letters of an
 * e-mail address after an empty Send is not an error yet. Tabbing past an empty field is not
 * "leaving" it: a keyboard user moving through the form must not collect a trail of "required"
 * messages.
 */
import {
  emptyValues,
  IDEA_FIELDS,
  type AllowedChoices,
  type FieldIssue,
  type FieldIssues,
  type IdeaField,
  type IdeaFormValues,
  type IdeaValidator,
} from './fields.js';

/** One entry of the error summary, in form order. */
export interface SummaryEntry {
  field: IdeaField;
  issue: FieldIssue;
}

/** Values, visibility of errors, and server errors of one idea form. */
export class IdeaFormState {
  /** The current values. Change them with {@link input} so visibility follows. */
  values: IdeaFormValues;
  /** Categories and roles the form offers; a choice outside them is "not chosen". */
  allowed: AllowedChoices = {};
  /**
   * The contract check (`validateIdea`), loaded on demand. Until it is set only server errors
   * are known, so the element sets it before it lets anyone submit.
   */
  validator?: IdeaValidator;

  private readonly edited = new Set<IdeaField>();
  private readonly left = new Set<IdeaField>();
  /** Fields that were in an error summary (of a Send, or of the server's answer). */
  private readonly summarised = new Set<IdeaField>();
  private server: FieldIssues = {};

  constructor(values: Partial<IdeaFormValues> = {}) {
    this.values = { ...emptyValues(), ...values };
  }

  /** The person changed `field`. A server error on it gives way to client validation. */
  input<F extends IdeaField>(field: F, value: IdeaFormValues[F]): void {
    this.values = { ...this.values, [field]: value };
    this.edited.add(field);
    delete this.server[field];
  }

  /**
   * Focus left `field`; from now on its error shows, if the person had edited it. `true` when
   * this changed what is shown.
   */
  blur(field: IdeaField): boolean {
    if (!this.edited.has(field) || this.left.has(field)) return false;
    this.left.add(field);
    return true;
  }

  /** Every current error: the server's where it named a field, the contract's elsewhere. */
  get errors(): FieldIssues {
    return { ...this.validator?.(this.values, this.allowed), ...this.server };
  }

  /** The errors the person should see now (see the module comment for the rule). */
  get visible(): FieldIssues {
    const errors = this.errors;
    const shown: FieldIssues = {};
    for (const field of IDEA_FIELDS) {
      const issue = errors[field];
      if (issue && (this.left.has(field) || this.summarised.has(field) || field in this.server)) shown[field] = issue;
    }
    return shown;
  }

  /** Visible errors in form order, for the error summary. */
  get summary(): SummaryEntry[] {
    const visible = this.visible;
    return IDEA_FIELDS.flatMap((field) => {
      const issue = visible[field];
      return issue ? [{ field, issue }] : [];
    });
  }

  /**
   * The person pressed Send: every current error goes into the summary, and its field follows
   * every keystroke from now on. Returns the errors; none means the values can be sent.
   */
  attempt(): FieldIssues {
    return this.summarise(this.errors);
  }

  /** Errors the server found in a submission; each stays until its field is edited. */
  setServerIssues(issues: FieldIssues): void {
    this.server = this.summarise({ ...issues });
  }

  private summarise(issues: FieldIssues): FieldIssues {
    for (const field of Object.keys(issues)) this.summarised.add(field as IdeaField);
    return issues;
  }

  /** Starts over with `values` (a restored draft, or an empty form after success or clear). */
  reset(values: Partial<IdeaFormValues> = {}): void {
    this.values = { ...emptyValues(), ...values };
    this.edited.clear();
    this.left.clear();
    this.summarised.clear();
    this.server = {};
  }
}
