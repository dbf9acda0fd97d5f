/**
 * Editor data generated from `custom-elements.json`, so that typing `<razem-` in an editor
 * completes tags, attributes and their allowed values, and hovering shows the documentation:
 *
 * - `vscodeCustomData()` → `dist/vscode.html-custom-data.json`, the VS Code HTML custom data
 *   format (version 1.1), read through the `html.customData` setting;
 * - `webTypes()` → `dist/web-types.json`, JetBrains web-types 2.0 (elements, attributes,
 *   properties, events, slots, CSS parts and custom properties), found through the `web-types`
 *   field of package.json.
 *
 * The manifest names attribute types as written in the source (`PartnerListLayout`); their
 * values come from a resolver (`attribute-values.ts` asks the TypeScript checker). Written by
 * `write-editor-data.ts` after `cem analyze`.
 */

/** The parts of a custom-elements.json (schema 1.0) this generator reads. */
export interface Manifest {
  modules: {
    path: string;
    declarations?: ManifestDeclaration[];
  }[];
}

interface Described {
  name: string;
  description?: string;
}

/** A class declaration of the manifest; custom elements have `customElement` and `tagName`. */
export interface ManifestDeclaration extends Described {
  kind: string;
  customElement?: boolean;
  tagName?: string;
  summary?: string;
  attributes?: (Described & { type?: { text: string }; default?: string; fieldName?: string })[];
  members?: (Described & { kind: string; privacy?: string; static?: boolean; type?: { text: string } })[];
  events?: Described[];
  slots?: Described[];
  cssParts?: Described[];
  cssProperties?: (Described & { default?: string })[];
}

/** What an attribute accepts, beyond free text. */
export interface AttributeValues {
  /** Allowed values (string literal union), empty for free text. */
  values: string[];
  /** A boolean attribute: present or absent, no value. */
  boolean: boolean;
}

/** Resolves the values of an attribute backed by a class field (`module` is the manifest path). */
export type FieldValuesResolver = (module: string, className: string, field: string) => AttributeValues | undefined;

/** One attribute, ready for both formats. */
export interface AttributeDoc extends AttributeValues {
  name: string;
  description: string;
  type?: string;
  default?: string;
}

/** One element, ready for both formats. */
export interface ElementDoc {
  tag: string;
  className: string;
  /** The npm module exporting the class, e.g. `@razem/widgets/partner-list`. */
  module: string;
  summary: string;
  description: string;
  attributes: AttributeDoc[];
  properties: { name: string; description: string; type?: string }[];
  events: Described[];
  slots: Described[];
  cssParts: Described[];
  cssProperties: Described[];
}

/** Package facts the formats need. */
export interface PackageInfo {
  name: string;
  version: string;
  /** Where each element's documentation is; `#<tag>` is appended. */
  docsUrl: string;
}

/**
 * `'a' | 'b' | undefined` → `{ values: ['a', 'b'] }`; `boolean` → boolean; anything else
 * (a named type, `string`) → undefined, for the resolver to decide.
 */
export function literalValues(type: string | undefined): AttributeValues | undefined {
  if (!type) return undefined;
  const members = type.split('|').map((member) => member.trim()).filter((member) => member !== 'undefined' && member !== 'null');
  if (members.length === 1 && members[0] === 'boolean') return { values: [], boolean: true };
  const literals = members.map((member) => /^'([^']*)'$|^"([^"]*)"$/.exec(member));
  if (literals.length === 0 || literals.some((match) => !match)) return undefined;
  return { values: literals.map((match) => match![1] ?? match![2]!).filter((value) => value !== ''), boolean: false };
}

const clean = (text: string | undefined) => (text ?? '').replace(/\s*\n\s*/g, ' ').trim();

/** The custom elements of `manifest`, sorted by tag, with attribute values resolved. */
export function collectElements(manifest: Manifest, packageName: string, resolveField: FieldValuesResolver): ElementDoc[] {
  const elements: ElementDoc[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      // src/<folder>/<file>.ts → the package's `./<folder>` export.
      const folder = module.path.split('/')[1]!;
      elements.push({
        tag: declaration.tagName,
        className: declaration.name,
        module: `${packageName}/${folder}`,
        summary: clean(declaration.summary),
        description: clean(declaration.description),
        attributes: (declaration.attributes ?? []).map((attribute) => {
          const values =
            literalValues(attribute.type?.text) ??
            (attribute.fieldName ? resolveField(module.path, declaration.name, attribute.fieldName) : undefined) ??
            { values: [], boolean: false };
          return {
            name: attribute.name,
            description: clean(attribute.description),
            ...(attribute.type ? { type: attribute.type.text } : {}),
            ...(attribute.default ? { default: attribute.default } : {}),
            ...values,
          };
        }),
        properties: (declaration.members ?? [])
          .filter((member) => member.kind === 'field' && !member.static && !member.privacy?.match(/private|protected/))
          .map((member) => ({
            name: member.name,
            description: clean(member.description),
            ...(member.type ? { type: member.type.text } : {}),
          })),
        events: (declaration.events ?? []).map(({ name, description }) => ({ name, description: clean(description) })),
        slots: (declaration.slots ?? []).map(({ name, description }) => ({ name, description: clean(description) })),
        cssParts: (declaration.cssParts ?? []).map(({ name, description }) => ({ name, description: clean(description) })),
        cssProperties: (declaration.cssProperties ?? []).map(({ name, description }) => ({ name, description: clean(description) })),
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** Markdown shown when hovering a tag: summary, description, then the rest of its API in brief. */
function tagMarkdown(element: ElementDoc): string {
  const list = (title: string, items: Described[], code = (name: string) => `\`${name}\``) =>
    items.length ? `**${title}:** ${items.map((item) => `${code(item.name || '(default)')} — ${item.description}`).join('; ')}` : '';
  return [
    element.summary ? `**${element.summary}**` : '',
    element.description,
    list('Events', element.events),
    list('Slots', element.slots),
    list('CSS parts', element.cssParts, (name) => `::part(${name})`),
    `**CSS custom properties:** ${element.cssProperties.map((p) => `\`${p.name}\``).join(', ')}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** VS Code HTML custom data, version 1.1. */
export function vscodeCustomData(elements: ElementDoc[], info: PackageInfo): object {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: { kind: 'markdown', value: tagMarkdown(element) },
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: attribute.default ? `${attribute.description} Default: \`${attribute.default}\`.` : attribute.description,
        // "v": a value-less (boolean) attribute.
        ...(attribute.boolean ? { valueSet: 'v' } : {}),
        ...(attribute.values.length ? { values: attribute.values.map((name) => ({ name })) } : {}),
      })),
      references: [{ name: `${info.name} documentation`, url: `${info.docsUrl}#${element.tag}` }],
    })),
  };
}

/** The type of an attribute's text for web-types: its literals, `number`, or any text. */
function webTypesValueType(attribute: AttributeDoc): string {
  if (attribute.values.length) return attribute.values.map((value) => `'${value}'`).join(' | ');
  return /^number\b/.test(attribute.type ?? '') ? 'number' : 'string';
}

/** JetBrains web-types 2.0. */
export function webTypes(elements: ElementDoc[], info: PackageInfo): object {
  const named = (items: Described[]) => items.map(({ name, description }) => ({ name, description }));
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: info.name,
    version: info.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: [element.summary, element.description].filter(Boolean).join('\n\n'),
          'doc-url': `${info.docsUrl}#${element.tag}`,
          source: { module: element.module, symbol: element.className },
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            ...(attribute.default ? { default: attribute.default } : {}),
            value: attribute.boolean
              ? { kind: 'no-value', type: 'boolean' }
              : { kind: 'plain', type: webTypesValueType(attribute) },
          })),
          events: named(element.events),
          slots: named(element.slots),
          js: {
            properties: element.properties.map(({ name, description, type }) => ({ name, description, ...(type ? { type } : {}) })),
            events: named(element.events),
          },
          css: { parts: named(element.cssParts), properties: named(element.cssProperties) },
        })),
      },
    },
  };
}
