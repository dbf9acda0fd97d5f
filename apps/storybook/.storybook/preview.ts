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
import { configure } from 'storybook/test';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import './themes.css';

// Play functions' `waitFor` and `findBy*` wait 5 s, not testing-library's 1 s: story tests run in
// CI beside every other suite on two cores (as `WAITS` in vitest.shared.ts does for vitest's own).
configure({ asyncUtilTimeout: 5_000 });

/**
 * The docs' copy of the manifest names parts `::part(name)`: Storybook keys every row of the API
 * table by name, and a part named like an attribute (the partner list's `kind` and `search`)
 * would otherwise replace the attribute's row.
 */
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) =>
      'cssParts' in declaration && declaration.cssParts
        ? { ...declaration, cssParts: declaration.cssParts.map((part) => ({ ...part, name: `::part(${part.name})` })) }
        : declaration,
    ),
  })),
});

/**
 * The API table lists everything the manifest documents, but only the args a story's render
 * passes to the element can change it: the rest keep their row without a control, so no control
 * does nothing.
 */
const controlsForRenderedArgs: ArgTypesEnhancer = Object.assign(
  ({ argTypes, initialArgs }: Parameters<ArgTypesEnhancer>[0]) =>
    Object.fromEntries(
      Object.entries(argTypes).map(([name, argType]) => [name, name in initialArgs ? argType : { ...argType, control: false as const }]),
    ),
  { secondPass: true },
);

const withLanguageAndTheme: Decorator = (story, { globals }) =>
  html`<div class="razem-story" data-theme=${globals.theme ?? 'light'} lang=${globals.locale ?? 'pl'}>${story()}</div>`;

const preview: Preview = {
  decorators: [withLanguageAndTheme],
  argTypesEnhancers: [controlsForRenderedArgs],
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
