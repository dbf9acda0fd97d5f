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
// Data and same-named attributes (\`layout\`, \`month\`) must reach the server's HTML too.
const configured = renderToString(createElement(react.RazemPartnerList, {
  layout: 'list',
  partners: [{ id: 'a', name: 'A </script><b>', kind: 'ngo', role: 'member', updatedAt: '2026-01-15T09:00:00Z' }],
}));
const calendar = renderToString(createElement(react.RazemEventCalendar, { month: '2026-03', events: [] }));
const alone = await import('@razem/react/event-calendar');
process.stdout.write(JSON.stringify({
  exports: Object.keys(react).sort(),
  html,
  configured,
  calendar,
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
    const result = JSON.parse(child.stdout) as {
      exports: string[];
      html: Record<string, string>;
      configured: string;
      calendar: string;
      alone: boolean;
      window: string;
      document: string;
    };
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
      // The JSON-LD placeholder the element fills in, so hydration finds the child it rendered.
      RazemPartnerList:
        '<razem-partner-list lang="pl" data-test="RazemPartnerList"><script type="application/ld+json" data-razem="partner-list"></script></razem-partner-list>',
    });
    // Browsers read `Layout` as `layout` (HTML attribute names ignore case); `<` is escaped in the JSON.
    expect(result.configured).toBe(
      '<razem-partner-list Layout="list"><script type="application/json">' +
        '[{"id":"a","name":"A \\u003c/script>\\u003cb>","kind":"ngo","role":"member","updatedAt":"2026-01-15T09:00:00Z"}]' +
        '</script><script type="application/ld+json" data-razem="partner-list"></script></razem-partner-list>',
    );
    expect(result.calendar).toBe('<razem-event-calendar Month="2026-03"><script type="application/json">[]</script></razem-event-calendar>');
    expect(result.alone).toBe(true);
    expect([result.window, result.document]).toEqual(['undefined', 'undefined']);
  });
});
