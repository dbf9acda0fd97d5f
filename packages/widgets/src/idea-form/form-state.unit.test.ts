import { describe, expect, it } from 'vitest';
import { IdeaFormState } from './form-state.js';
import { validateIdea } from './validate.js';

/** A form state as the element uses it once the contract check has loaded. */
class State extends IdeaFormState {
  override validator = validateIdea;
}

/** Types `text` into `field` one character at a time, like a person. */
function type(state: State, field: 'title' | 'description' | 'email', text: string): void {
  for (let i = 1; i <= text.length; i++) state.input(field, text.slice(0, i));
}

describe('IdeaFormState: errors while typing for the first time', () => {
  it('shows nothing while a field is typed into for the first time', () => {
    const state = new State();
    type(state, 'title', 'Par');
    expect(state.errors.title).toEqual({ kind: 'tooShort', limit: 5 });
    expect(state.visible).toEqual({});
  });

  it('shows the error once the person leaves the field, then follows every keystroke', () => {
    const state = new State();
    type(state, 'title', 'Par');
    state.blur('title');
    expect(state.visible).toEqual({ title: { kind: 'tooShort', limit: 5 } });

    state.input('title', 'Park ');
    expect(state.visible.title).toEqual({ kind: 'tooShort', limit: 5 }); // trimmed: still 4
    state.input('title', 'Park w');
    expect(state.visible.title).toBeUndefined();
    state.input('title', '');
    expect(state.visible.title).toEqual({ kind: 'required' });
  });

  it('keeps other fields quiet while one shows its error', () => {
    const state = new State();
    type(state, 'title', 'Par');
    state.blur('title');
    type(state, 'email', 'anna@');
    expect(Object.keys(state.visible)).toEqual(['title']);
  });

  it('does not flag empty fields a keyboard user tabs past', () => {
    const state = new State();
    for (const field of ['title', 'description', 'category', 'authorRole', 'privacyConsent'] as const) {
      state.blur(field);
    }
    expect(state.visible).toEqual({});
  });

  it('flags a field emptied by the person once they leave it', () => {
    const state = new State({ title: 'Opera na odkrywce' });
    state.input('title', '');
    state.blur('title');
    expect(state.visible).toEqual({ title: { kind: 'required' } });
  });
});

describe('IdeaFormState: submitting', () => {
  it('shows every error after a submit attempt, in form order for the summary', () => {
    const state = new State();
    type(state, 'email', 'anna@');
    const errors = state.attempt();
    expect(Object.keys(errors)).toEqual(['title', 'description', 'category', 'authorRole', 'email', 'privacyConsent']);
    expect(state.summary.map((entry) => entry.field)).toEqual([
      'title',
      'description',
      'category',
      'authorRole',
      'email',
      'privacyConsent',
    ]);
    state.input('category', 'culture');
    expect(state.summary.map((entry) => entry.field)).not.toContain('category');
  });

  it('holds fields that were fine at Send to the edited-and-left rule', () => {
    const state = new State();
    expect(Object.keys(state.attempt())).not.toContain('email');
    type(state, 'email', 'an');
    expect(state.visible.email).toBeUndefined();
    expect(state.summary.map((entry) => entry.field)).not.toContain('email');
    state.blur('email');
    expect(state.visible.email).toEqual({ kind: 'format' });
    // A field of the summary follows every keystroke, whatever it becomes.
    type(state, 'title', 'Par');
    expect(state.visible.title).toEqual({ kind: 'tooShort', limit: 5 });
  });

  it('returns no errors for a complete idea', () => {
    const state = new State({
      title: 'Zintegrowany city camping',
      description: 'Pole namiotowe z zapleczem przy zalewie, połączone ścieżką rowerową z centrum.',
      category: 'infrastructure',
      authorRole: 'entrepreneur',
      privacyConsent: true,
    });
    expect(state.attempt()).toEqual({});
  });

  it('shows server errors at once and lets client validation take over after an edit', () => {
    const state = new State({ title: 'Opera na odkrywce', municipality: 'Gotham' });
    state.setServerIssues({ municipality: { kind: 'invalid' } });
    expect(state.visible.municipality).toEqual({ kind: 'invalid' });
    state.input('municipality', 'Kleszczów');
    expect(state.visible.municipality).toBeUndefined();
  });

  it('starts over quietly after reset', () => {
    const state = new State();
    state.attempt();
    state.reset({ title: 'Park' });
    expect(state.values.title).toBe('Park');
    expect(state.values.privacyConsent).toBe(false);
    expect(state.visible).toEqual({});
  });

  it('checks choices against the consortium list', () => {
    const state = new State({ category: 'culture' });
    state.allowed = { categories: ['business'] };
    expect(state.attempt().category).toEqual({ kind: 'required' });
  });
});

describe('IdeaFormState before the contract check has loaded', () => {
  it('knows only server errors', () => {
    const state = new IdeaFormState();
    expect(state.attempt()).toEqual({});
    state.setServerIssues({ title: { kind: 'required' } });
    expect(state.visible).toEqual({ title: { kind: 'required' } });
    // Once the check has loaded, what it finds shows from the next Send on, like any error.
    state.validator = validateIdea;
    expect(Object.keys(state.visible)).toEqual(['title']);
    state.attempt();
    expect(Object.keys(state.visible)).toContain('description');
  });
});
