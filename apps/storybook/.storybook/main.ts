/**
 * Storybook for the Razem web components: stories live beside each element in
 * packages/widgets/src/<element>/*.stories.ts (new elements appear without changes here); the
 * MDX guides live in docs/. Nothing is fetched from the internet: the API is mocked by MSW
 * (public/mockServiceWorker.js) and logos are served from the widgets' test fixtures.
 */
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../docs/**/*.mdx', '../../../packages/widgets/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  staticDirs: ['../public', { from: '../../../packages/widgets/test/logos', to: '/logos' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
};

export default config;
