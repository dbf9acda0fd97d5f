/**
 * Every story is a test (addon-vitest) in a real headless Chromium: it renders, its play
 * function runs, and axe must report no violation (`parameters.a11y.test = 'error'`). The whole
 * set runs once per theme, each with a different language, so all four themes and all three
 * languages are checked (contrast included) on every story.
 */
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { headlessChromium, reporters } from '../../vitest.shared.js';

const configDir = fileURLToPath(new URL('.storybook', import.meta.url));

const runs = [
  { theme: 'light', locale: 'pl' },
  { theme: 'dark', locale: 'en' },
  { theme: 'bkppt', locale: 'uk' },
  { theme: 'arreks', locale: 'pl' },
];

const project = ({ theme, locale }: (typeof runs)[number]): TestProjectInlineConfiguration => ({
  extends: true,
  plugins: [storybookTest({ configDir, initialGlobals: { theme, locale } })],
  test: {
    name: `${theme}-${locale}`,
    testTimeout: 30_000,
    browser: headlessChromium(playwright),
  },
});

export default defineConfig({
  test: {
    reporters: reporters('storybook'),
    projects: runs.map(project),
  },
});
