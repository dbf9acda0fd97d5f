/**
 * `@razem/react`: every Razem element as a React component, generated from the widgets'
 * `custom-elements.json` with `@lit/react`. Props are typed from the element classes; each
 * documented event has a typed prop (`razem-filter-change` → `onRazemFilterChange`). Importing a
 * component registers its element; `@razem/react/<element>` imports one alone.
 */
export * from './generated/index.js';
