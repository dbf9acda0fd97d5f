/** Version of @razem/widgets, replaced at build time; used to explain registration clashes. */
declare const __RAZEM_WIDGETS_VERSION__: string | undefined;

/** The running copy's version (`dev` in tests and Storybook). */
export const VERSION: string = typeof __RAZEM_WIDGETS_VERSION__ === 'string' ? __RAZEM_WIDGETS_VERSION__ : 'dev';
