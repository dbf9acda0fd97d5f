/**
 * `@razem/react` on a server: the built package imports in plain Node (no `window`, no
 * `document`, no DOM shim installed first) and React renders every wrapper to HTML there, as a
 * Next.js or Remix server would before the browser takes over.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

// Run in a fresh Node process from the package directory: `@razem/react` resolves to `dist/`.
const script = `
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
const react = await import('@razem/react');
const html = {};
for (const [name, component] of Object.entries(react)) {
  if (!name.endsWith('Element')) html[name] = renderToString(createElement(component, { lang: 'pl', 'data-test': name }));
}
const alone = await import('@razem/react/event-calendar');
process.stdout.write(JSON.stringify({
  exports: Object.keys(react).sort(),
  html,
  alone: alone.RazemEventCalendar === react.RazemEventCalendar,
  window: typeof window,
  document: typeof document,
}));
`;

describe('@razem/react in Node', () => {
  it('imports without a DOM and renders every wrapper on the server', () => {
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const result = JSON.parse(child.stdout) as { exports: string[]; html: Record<string, string>; alone: boolean; window: string; document: string };
    expect(result.exports).toEqual([
      'RazemConsentBanner',
      'RazemConsentBannerElement',
      'RazemConsentSettings',
      'RazemConsentSettingsElement',
      'RazemEventCalendar',
      'RazemEventCalendarElement',
      'RazemIdeaForm',
      'RazemIdeaFormElement',
      'RazemPartnerList',
      'RazemPartnerListElement',
    ]);
    expect(result.html).toEqual({
      RazemConsentBanner: '<razem-consent-banner lang="pl" data-test="RazemConsentBanner"></razem-consent-banner>',
      RazemConsentSettings: '<razem-consent-settings lang="pl" data-test="RazemConsentSettings"></razem-consent-settings>',
      RazemEventCalendar: '<razem-event-calendar lang="pl" data-test="RazemEventCalendar"></razem-event-calendar>',
      RazemIdeaForm: '<razem-idea-form lang="pl" data-test="RazemIdeaForm"></razem-idea-form>',
      RazemPartnerList: '<razem-partner-list lang="pl" data-test="RazemPartnerList"></razem-partner-list>',
    });
    expect(result.alone).toBe(true);
    expect([result.window, result.document]).toEqual(['undefined', 'undefined']);
  });
});
