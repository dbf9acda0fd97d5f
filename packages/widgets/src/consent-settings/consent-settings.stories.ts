/**
 * Stories of <razem-consent-settings>, the link that reopens the cookie settings from any page
 * (withdrawal as easy as consent). Each story has a consent core that stores nothing and has
 * already been answered, as on a returning visitor's page.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createConsentManager } from '../consent/consent.js';
import '../consent-banner/consent-banner.define.js';
import './consent-settings.define.js';
import type { RazemConsentSettings } from './consent-settings.js';

interface Args {
  variant: 'button' | 'link';
  label: string;
}

/** A core whose visitor already accepted analytics. */
function answeredCore(): void {
  window.razemConsent?.destroy();
  // A banner the previous story's core added to <body> would be found before this story's.
  document.querySelectorAll('body > razem-consent-banner').forEach((el) => el.remove());
  const consent = createConsentManager({ storage: false, consentMode: false, privacyUrl: '#polityka-prywatnosci' });
  void consent.accept(['analytics']);
}

const meta = {
  title: 'Widgets/Consent settings link',
  component: 'razem-consent-settings',
  tags: ['autodocs'],
  args: { variant: 'button', label: '' },
  argTypes: { variant: { control: 'inline-radio', options: ['button', 'link'] } },
  parameters: { docs: { story: { inline: false, height: '420px' } } },
  render: (args) => {
    answeredCore();
    return html`<footer>
      <p>© Fundacja Rozwoju Gminy Kleszczów ·
        <razem-consent-settings variant=${args.variant === 'link' ? 'link' : nothing}>${args.label || nothing}</razem-consent-settings>
      </p>
    </footer>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const link = (canvas: HTMLElement) => canvas.querySelector<RazemConsentSettings>('razem-consent-settings')!;

/** A button in the page footer. */
export const Button: Story = {};

/** Looks like a text link among other footer links; still a button for assistive technology. */
export const Link: Story = { args: { variant: 'link' } };

/** The site's own wording as the element's content. */
export const OwnLabel: Story = { args: { label: 'Zmień zgodę na pliki cookie' } };

/** Reopens the settings layer with the current choices, ready to withdraw. */
export const Withdrawal: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(link(canvasElement).shadowRoot!.querySelector('button')!);
    const banner = () => document.querySelector('razem-consent-banner')!;
    await waitFor(() => expect(banner().shadowRoot?.querySelectorAll('input[role="switch"]').length).toBe(4), { timeout: 10_000 });
    const switches = [...banner().shadowRoot!.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    await expect(switches.map((s) => s.checked)).toEqual([true, false, true, false]);
  },
};
