/**
 * `cem analyze` → custom-elements.json: the elements' public API (attributes, properties,
 * events, slots, parts, CSS properties) from their JSDoc, for Storybook docs and editors.
 */

/**
 * Private and protected members are implementation, but the analyzer lists them (and Lit
 * `static properties` with `state: true` as attributes); the base class's generic
 * `emit(type, …)` shows up as an event named `type`. All are dropped so the manifest, and the
 * Storybook docs, editor data and React wrappers made from it, hold only the public API.
 */
function publicApiOnly() {
  return {
    name: 'razem-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const hidden = new Set(
            (declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          if (declaration.members) declaration.members = declaration.members.filter((m) => !hidden.has(m.name));
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((a) => !hidden.has(a.fieldName));
          }
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name !== 'type');
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.unit.test.ts',
    'src/**/*.stories.ts',
    'src/**/fixtures.ts',
    'src/**/locales*.ts',
  ],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [publicApiOnly()],
};
