/**
 * Every story renders inside a wrapper carrying the toolbar's language (`lang`, which the
 * elements follow) and theme (custom property values, see themes.css). MSW answers the API;
 * stories set their handlers in `parameters.msw`. The accessibility addon fails a story test on
 * any axe violation.
 */
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import manifest from '@razem/widgets/custom-elements.json';
import { html } from 'lit';
import { mswLoader } from 'msw-storybook-addon/csf3';
import './themes.css';

setCustomElementsManifest(manifest);

const withLanguageAndTheme: Decorator = (story, { globals }) =>
  html`<div class="razem-story" data-theme=${globals.theme ?? 'light'} lang=${globals.locale ?? 'pl'}>${story()}</div>`;

const preview: Preview = {
  decorators: [withLanguageAndTheme],
  loaders: [mswLoader()],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'pl', title: 'Polski', right: 'pl' },
          { value: 'en', title: 'English', right: 'en' },
          { value: 'uk', title: 'Українська', right: 'uk' },
        ],
      },
    },
    theme: {
      description: 'Theme: default light and dark, and two partner brands',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'bkppt', title: 'BKPPT (green)' },
          { value: 'arreks', title: 'ARREKS (blue)' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'pl', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
