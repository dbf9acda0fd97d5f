/**
 * Per-consortium configuration of the form: which categories and author roles it offers, in which
 * order and with which labels, and replacement copy. Given as properties or as a JSON child:
 *
 * ```html
 * <razem-idea-form>
 *   <script type="application/json">
 *     { "categories": ["business", { "value": "social", "label": { "pl": "Społeczne", "en": "Community" } }],
 *       "roles": ["resident", "entrepreneur", "youth", "senior"],
 *       "strings": { "pl": { "submit": "Wyślij pomysł" } } }
 *   </script>
 * </razem-idea-form>
 * ```
 */
import type { RazemLocale } from '../shared/locale.js';

/** A label in one language for every locale, or per locale (Polish used where one is missing). */
export type LocalizedLabel = string | Partial<Record<RazemLocale, string>>;

/** One offered choice: a value of the contract's enumeration, optionally relabelled. */
export interface ChoiceConfig<T extends string = string> {
  value: T;
  label?: LocalizedLabel;
}

/** Choices to offer: values alone, or with labels; order is kept. */
export type ChoicesInput<T extends string = string> = readonly (T | ChoiceConfig<T>)[];

/** A choice ready to render. */
export interface Choice<T extends string = string> {
  value: T;
  label: string;
}

/** The JSON child's content. */
export interface IdeaFormConfig {
  categories?: ChoicesInput;
  roles?: ChoicesInput;
  /** Copy overrides by locale. */
  strings?: Partial<Record<RazemLocale, Record<string, unknown>>>;
}

/**
 * The choices to render: `input` limited to the values `labels` knows (the contract's, in its
 * order), unknown or malformed entries and duplicates dropped, labelled from `input` or `labels`.
 * No usable input offers every value.
 */
export function resolveChoices(input: unknown, labels: Record<string, string>, locale: RazemLocale): Choice[] {
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const item of Array.isArray(input) ? (input as unknown[]) : []) {
    const { value, label } = (typeof item === 'string' ? { value: item } : (item ?? {})) as ChoiceConfig;
    if (typeof value !== 'string' || !(value in labels) || seen.has(value)) continue;
    seen.add(value);
    const text = typeof label === 'string' ? label : (label?.[locale] ?? label?.pl);
    choices.push({ value, label: text?.trim() || labels[value]! });
  }
  return choices.length ? choices : Object.entries(labels).map(([value, label]) => ({ value, label }));
}

/** Reads the JSON child; anything but a JSON object yields `undefined` (and the defaults). */
export function parseFormConfig(text: string): IdeaFormConfig | undefined {
  try {
    const data: unknown = JSON.parse(text);
    if (data && typeof data === 'object' && !Array.isArray(data)) return data;
  } catch {
    // reported by the caller
  }
  return undefined;
}
