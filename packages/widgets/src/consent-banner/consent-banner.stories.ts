/**
 * Stories of <razem-consent-banner>: every layout, position, layer, language and theme a designer
 * reviews, each also a Chromium test with an axe check (apps/storybook). Every story has its own
 * consent core that stores nothing (`storage: false`), so each opens as a first visit; the
 * toolbar switches language and theme. Each renders in its own frame in the docs, because the
 * banner is a fixed overlay.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createConsentManager } from '../consent/consent.js';
import type { BannerLayout, BannerPosition, ConsentConfig, ConsentManager } from '../consent/types.js';
import '../consent-settings/consent-settings.define.js';
import './consent-banner.define.js';
import type { RazemConsentBanner } from './consent-banner.js';

interface Args {
  layout: BannerLayout;
  position: BannerPosition;
  theme: '' | 'light' | 'dark' | 'auto';
}

/** A fresh core for the story (the previous story's stops watching the page). */
function core(config: ConsentConfig = {}): ConsentManager {
  window.razemConsent?.destroy();
  // A banner the previous story's core added to <body> would be found before this story's.
  document.querySelectorAll('body > razem-consent-banner').forEach((el) => el.remove());
  return createConsentManager({ storage: false, consentMode: false, privacyUrl: '#polityka-prywatnosci', ...config });
}

/** A partner page behind the banner, so designers see the overlay in context. */
const page = (extra: TemplateResult | typeof nothing = nothing) => html`
  <main>
    <h1>Fundacja Rozwoju Gminy Kleszczów</h1>
    <p>
      Razem możemy więcej: warsztaty transformacji, kalendarz spotkań partnerów i pomysły mieszkańców na przyszłość regionu.
    </p>
    ${extra}
    <footer><razem-consent-settings></razem-consent-settings></footer>
  </main>
`;

const banner = (canvas: HTMLElement) => canvas.querySelector<RazemConsentBanner>('razem-consent-banner')!;
const shadow = (canvas: HTMLElement) => banner(canvas).shadowRoot!;
const shown = (canvas: HTMLElement, heading: string) =>
  waitFor(() => expect(shadow(canvas).querySelector('h2')?.textContent).toBe(heading), { timeout: 10_000 });
const settingsOpen = async (canvas: HTMLElement) => {
  await shown(canvas, firstHeading(canvas));
  await banner(canvas).show('settings');
  await waitFor(() => expect(shadow(canvas).querySelectorAll('input[role="switch"]').length).toBeGreaterThan(0));
};
const HEADINGS: Record<string, string> = { pl: 'Pliki cookie na tej stronie', en: 'Cookies on this site', uk: 'Файли cookie на цьому сайті' };
const firstHeading = (canvas: HTMLElement) => HEADINGS[(banner(canvas).closest('[lang]') as HTMLElement | null)?.lang ?? 'pl']!;

const meta = {
  title: 'Widgets/Consent banner',
  component: 'razem-consent-banner',
  tags: ['autodocs'],
  args: { layout: 'bar', position: 'bottom', theme: '' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['bar', 'box', 'modal'] },
    position: { control: 'select', options: ['bottom', 'top', 'bottom-left', 'bottom-right', 'top-left', 'top-right'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
  },
  parameters: { docs: { story: { inline: false, height: '480px' } } },
  render: (args) => {
    core();
    return html`${page()}<razem-consent-banner
        layout=${args.layout}
        position=${args.position}
        theme=${args.theme || nothing}
      ></razem-consent-banner>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The default: a bar across the bottom, three equal choices, nothing pre-ticked. */
export const Bar: Story = {
  play: async ({ canvasElement }) => {
    await shown(canvasElement, firstHeading(canvasElement));
    await expect(shadow(canvasElement).querySelectorAll('button.btn')).toHaveLength(3);
  },
};

/** The bar at the top of the window. */
export const BarTop: Story = { args: { position: 'top' }, play: ({ canvasElement }) => shown(canvasElement, firstHeading(canvasElement)) };

/** A box in the bottom-right corner. */
export const Box: Story = {
  args: { layout: 'box', position: 'bottom-right' },
  play: ({ canvasElement }) => shown(canvasElement, firstHeading(canvasElement)),
};

/** A box in the bottom-left corner. */
export const BoxBottomLeft: Story = {
  args: { layout: 'box', position: 'bottom-left' },
  play: ({ canvasElement }) => shown(canvasElement, firstHeading(canvasElement)),
};

/** A box in the top-right corner. */
export const BoxTopRight: Story = {
  args: { layout: 'box', position: 'top-right' },
  play: ({ canvasElement }) => shown(canvasElement, firstHeading(canvasElement)),
};

/** A modal dialog: the page is inert until a choice; rejecting is still one click. */
export const Modal: Story = {
  args: { layout: 'modal' },
  play: async ({ canvasElement }) => {
    await shown(canvasElement, firstHeading(canvasElement));
    await waitFor(() => expect(shadow(canvasElement).querySelector('dialog')?.matches(':modal')).toBe(true));
  },
};

/** The settings layer: each category with its description and a switch, necessary always on. */
export const SettingsLayer: Story = { play: ({ canvasElement }) => settingsOpen(canvasElement) };

/** The settings layer in the modal layout. */
export const SettingsLayerModal: Story = { args: { layout: 'modal' }, play: ({ canvasElement }) => settingsOpen(canvasElement) };

/** Named services inside categories, with their own descriptions, folded under each category. */
export const SettingsWithServices: Story = {
  args: { layout: 'box', position: 'bottom-right' },
  render: (args) => {
    core({
      categories: [
        { id: 'necessary', required: true, services: [{ id: 'razem', name: 'Razem', description: { pl: 'Zapamiętuje Twój wybór', en: 'Remembers your choice', uk: 'Запам’ятовує ваш вибір' } }] },
        { id: 'analytics', services: [{ id: 'matomo', name: 'Matomo', description: { pl: 'Statystyki odwiedzin', en: 'Visit statistics', uk: 'Статистика відвідувань' } }] },
        {
          id: 'marketing',
          services: [
            { id: 'youtube', name: 'YouTube', description: { pl: 'Filmy z warsztatów', en: 'Workshop videos', uk: 'Відео з семінарів' } },
            { id: 'google-maps', name: 'Mapy Google', description: { pl: 'Mapy dojazdu', en: 'Directions', uk: 'Карти проїзду' } },
          ],
        },
      ],
    });
    return html`${page()}<razem-consent-banner layout=${args.layout} position=${args.position}></razem-consent-banner>`;
  },
  play: async ({ canvasElement }) => {
    await settingsOpen(canvasElement);
    const details = shadow(canvasElement).querySelectorAll('details');
    await expect(details).toHaveLength(3);
    await userEvent.click(details[2]!.querySelector('summary')!);
    await expect(details[2]!.open).toBe(true);
  },
};

/** English copy, whatever the toolbar says. */
export const English: Story = {
  render: (args) => {
    core();
    return html`<div lang="en">${page()}<razem-consent-banner layout=${args.layout} position=${args.position}></razem-consent-banner></div>`;
  },
  play: ({ canvasElement }) => shown(canvasElement, 'Cookies on this site'),
};

/** Ukrainian copy, whatever the toolbar says. */
export const Ukrainian: Story = {
  render: (args) => {
    core();
    return html`<div lang="uk">${page()}<razem-consent-banner layout=${args.layout} position=${args.position}></razem-consent-banner></div>`;
  },
  play: ({ canvasElement }) => shown(canvasElement, 'Файли cookie на цьому сайті'),
};

/** The dark defaults, chosen on the element (`theme="dark"`). */
export const DarkTheme: Story = {
  args: { layout: 'box', position: 'bottom-right', theme: 'dark' },
  play: ({ canvasElement }) => shown(canvasElement, firstHeading(canvasElement)),
};

/** A partner brand: only the public custom properties, as a partner's stylesheet would set them. */
export const PartnerTheme: Story = {
  render: (args) => {
    core();
    return html`<div
      style="--razem-color-accent:#1d6b34;--razem-color-text:#17251b;--razem-color-surface:#f3f7f1;--razem-color-border:#6f8f76;--razem-radius:0;--razem-font-family:Georgia,serif"
    >
      ${page()}<razem-consent-banner layout="box" position=${args.position}></razem-consent-banner>
    </div>`;
  },
  args: { position: 'bottom-left' },
  play: ({ canvasElement }) => shown(canvasElement, firstHeading(canvasElement)),
};

/** Copy replaced by the site, through the configuration's `texts`. */
export const CustomCopy: Story = {
  render: (args) => {
    core({
      texts: {
        pl: {
          title: 'Ciasteczka w Parku Przemysłowo-Technologicznym',
          intro:
            'Bez Twojej zgody używamy wyłącznie plików cookie niezbędnych do działania formularzy i kalendarza wydarzeń. Statystyki pomagają nam planować warsztaty transformacji regionu.',
        },
      },
    });
    return html`${page()}<razem-consent-banner layout=${args.layout} position=${args.position}></razem-consent-banner>`;
  },
};

/** Global Privacy Control with `gpc: "banner"`: the banner asks, nothing on, the settings explain. */
export const GlobalPrivacyControl: Story = {
  beforeEach: () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    return () => {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    };
  },
  render: (args) => {
    core({ gpc: 'banner' });
    return html`${page()}<razem-consent-banner layout=${args.layout} position=${args.position}></razem-consent-banner>`;
  },
  play: async ({ canvasElement }) => {
    await settingsOpen(canvasElement);
    await expect(shadow(canvasElement).textContent).toContain('Global Privacy Control');
  },
};

/** A blocked video: an accessible placeholder keeps its place until consent or a one-off load. */
export const BlockedEmbed: Story = {
  render: () => {
    core({
      categories: [
        { id: 'necessary', required: true },
        { id: 'marketing', services: [{ id: 'youtube', name: 'YouTube' }] },
      ],
    });
    return html`${page(html`<iframe
      data-razem-consent="marketing"
      data-razem-service="youtube"
      data-src="about:blank"
      title="Film z warsztatów transformacji"
      width="480"
      height="270"
    ></iframe>`)}<razem-consent-banner layout="box" position="bottom-right"></razem-consent-banner>`;
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.razem-embed-placeholder')).not.toBeNull(), { timeout: 10_000 });
  },
};

/** A returning visitor with a valid decision: no banner is loaded at all, only the settings link. */
export const ReturningVisitor: Story = {
  beforeEach: () => {
    const value = `1~${crypto.randomUUID()}~1~custom~${Date.now().toString(36)}~necessary.-preferences.analytics.-marketing`;
    localStorage.setItem('razem_consent_story', value);
    return () => localStorage.removeItem('razem_consent_story');
  },
  render: () => {
    window.razemConsent?.destroy();
    createConsentManager({ cookieName: 'razem_consent_story', consentMode: false, privacyUrl: '#polityka-prywatnosci' });
    return page(html`<p>Zgoda zapisana wcześniej: baner się nie pojawia.</p>`);
  },
  play: async ({ canvasElement }) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(canvasElement.querySelector('razem-consent-banner')).toBeNull();
    await expect(window.razemConsent?.get().decided).toBe(true);
  },
};
