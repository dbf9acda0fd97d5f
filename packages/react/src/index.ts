/**
 * `@razem/react`: every Razem element as a React component, generated from the widgets'
 * `custom-elements.json` with `@lit/react`. Props are typed from the element classes; each
 * documented event has a typed prop (`razem-filter-change` → `onRazemFilterChange`). Importing a
 * component registers its element; `@razem/react/<element>` imports one alone.
 */
export * from './generated/index.js';
/** The type of every wrapper, named so that code exporting a wrapped component can name its type. */
export type { Wrapper } from './wrap.js';
