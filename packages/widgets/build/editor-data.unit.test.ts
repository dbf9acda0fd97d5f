/**
 * The editor data in `dist/` (VS Code custom data, JetBrains web-types): built from the current
 * manifest, complete (every tag, attribute, event, slot, part and custom property the manifest
 * documents), with attribute values from the code's types, and referenced from package.json.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PARTNER_KINDS } from '@razem/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { literalValues, type Manifest, type ManifestDeclaration } from './editor-data.ts';
import { editorData } from './write-editor-data.ts';

const root = resolve(import.meta.dirname, '..');
const read = <T>(path: string): T => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as T;

interface VscodeData {
  version: number;
  tags: {
    name: string;
    description: { kind: string; value: string };
    attributes: { name: string; description: string; values?: { name: string }[]; valueSet?: string }[];
    references: { name: string; url: string }[];
  }[];
}

interface Named {
  name: string;
  description?: string;
}

interface WebTypes {
  name: string;
  version: string;
  'description-markup': string;
  contributions: {
    html: {
      elements: (Named & {
        'doc-url': string;
        source: { module: string; symbol: string };
        attributes: (Named & { value: { kind: string; type: string } })[];
        events: Named[];
        slots: Named[];
        js: { properties: (Named & { type?: string })[]; events: Named[] };
        css: { parts: Named[]; properties: Named[] };
      })[];
    };
  };
}

const manifest = read<Manifest>('custom-elements.json');
const pkg = read<{ name: string; version: string; 'web-types': string; exports: Record<string, unknown>; files: string[] }>(
  'package.json',
);
const elements: ManifestDeclaration[] = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);
const names = (items: Named[] | undefined) => (items ?? []).map((item) => item.name).sort();

let vscode: VscodeData;
let webTypes: WebTypes;
beforeAll(() => {
  vscode = read<VscodeData>('dist/vscode.html-custom-data.json');
  webTypes = read<WebTypes>(pkg['web-types']);
});

describe('editor data', () => {
  it('is what the current manifest generates (the build writes it)', () => {
    const fresh = editorData(root);
    expect(vscode).toEqual(fresh.vscode);
    expect(webTypes).toEqual(fresh.webTypes);
  }, 30_000);

  it('lists every element of the manifest in both formats', () => {
    const tags = elements.map((element) => element.tagName).sort();
    expect(tags).toEqual(['razem-consent-banner', 'razem-consent-settings', 'razem-event-calendar', 'razem-idea-form', 'razem-partner-list']);
    expect(vscode.version).toBe(1.1);
    expect(vscode.tags.map((tag) => tag.name).sort()).toEqual(tags);
    expect(webTypes.contributions.html.elements.map((element) => element.name).sort()).toEqual(tags);
    expect(webTypes).toMatchObject({ name: '@razem/widgets', version: pkg.version, 'description-markup': 'markdown' });
  });

  it.each(elements.map((element) => [element.tagName!, element] as const))(
    '<%s>: every documented attribute, event, slot, part and custom property',
    (tag, element) => {
      const code = vscode.tags.find((t) => t.name === tag)!;
      const jetbrains = webTypes.contributions.html.elements.find((e) => e.name === tag)!;

      expect(names(code.attributes)).toEqual(names(element.attributes));
      expect(code.description.value).toContain(element.summary!);
      for (const event of element.events ?? []) expect(code.description.value).toContain(`\`${event.name}\``);
      expect(code.references[0]!.url).toMatch(new RegExp(`^https://.+#${tag}$`));
      for (const attribute of code.attributes) expect(attribute.description.length).toBeGreaterThan(0);

      expect(names(jetbrains.attributes)).toEqual(names(element.attributes));
      expect(names(jetbrains.events)).toEqual(names(element.events));
      expect(names(jetbrains.js.events)).toEqual(names(element.events));
      expect(names(jetbrains.slots)).toEqual(names(element.slots));
      expect(names(jetbrains.css.parts)).toEqual(names(element.cssParts));
      expect(names(jetbrains.css.properties)).toEqual(names(element.cssProperties));
      expect(jetbrains.source).toEqual({ module: `@razem/widgets/${tag.replace(/^razem-/, '')}`, symbol: element.name });
      expect(Object.keys(pkg.exports)).toContain('./*'); // `source.module` resolves through `./*`
    },
  );

  it('offers the values an attribute accepts, from the element’s types', () => {
    const values = (tag: string, attribute: string) =>
      vscode.tags
        .find((t) => t.name === tag)!
        .attributes.find((a) => a.name === attribute)!
        .values?.map((v) => v.name)
        .sort();
    expect(values('razem-partner-list', 'layout')).toEqual(['compact', 'grid', 'list']);
    expect(values('razem-partner-list', 'kind')).toEqual([...PARTNER_KINDS].sort());
    expect(values('razem-event-calendar', 'view')).toEqual(['list', 'month']);
    expect(values('razem-idea-form', 'mode')).toEqual(['form', 'status']);
    expect(values('razem-consent-banner', 'layout')).toEqual(['bar', 'box', 'modal']);
    expect(values('razem-consent-settings', 'variant')).toEqual(['button', 'link']);
    for (const tag of ['razem-partner-list', 'razem-event-calendar', 'razem-idea-form', 'razem-consent-banner']) {
      expect(values(tag, 'theme')).toEqual(['auto', 'dark', 'light']);
    }
    // Free text stays free.
    expect(values('razem-partner-list', 'search')).toBeUndefined();
    expect(values('razem-event-calendar', 'time-zone')).toBeUndefined();

    const layout = webTypes.contributions.html.elements
      .find((e) => e.name === 'razem-partner-list')!
      .attributes.find((a) => a.name === 'layout')!;
    expect(layout.value.type.split(' | ').sort()).toEqual(["'compact'", "'grid'", "'list'"]);
  });

  it('marks boolean attributes as value-less', () => {
    const showFilters = vscode.tags.find((t) => t.name === 'razem-partner-list')!.attributes.find((a) => a.name === 'show-filters')!;
    expect(showFilters.valueSet).toBe('v');
    const open = webTypes.contributions.html.elements
      .find((e) => e.name === 'razem-consent-banner')!
      .attributes.find((a) => a.name === 'open')!;
    expect(open.value).toEqual({ kind: 'no-value', type: 'boolean' });
  });

  it('is published and referenced from package.json', () => {
    expect(pkg['web-types']).toBe('./dist/web-types.json');
    expect(pkg.exports['./web-types.json']).toBe('./dist/web-types.json');
    expect(pkg.exports['./vscode.html-custom-data.json']).toBe('./dist/vscode.html-custom-data.json');
    expect(pkg.files).toContain('dist');
  });
});

describe('literalValues', () => {
  it.each([
    ["'a' | 'b'", { values: ['a', 'b'], boolean: false }],
    ["'a' | \"b\" | undefined", { values: ['a', 'b'], boolean: false }],
    ["PartnerKind | ''", undefined],
    ['string', undefined],
    ['boolean', { values: [], boolean: true }],
    [undefined, undefined],
  ])('%s', (type, expected) => {
    expect(literalValues(type)).toEqual(expected);
  });
});
