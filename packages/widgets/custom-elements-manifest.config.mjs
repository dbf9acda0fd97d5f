/**
 * `cem analyze` → custom-elements.json: the elements' public API (attributes, properties,
 * events, slots, parts, CSS properties) from their JSDoc, for Storybook docs and editors.
 */

/**
 * Lit `static properties` with `state: true` are internal, but the analyzer lists them as
 * attributes; and the base class's generic `emit(type, …)` shows up as an event named `type`.
 * Both are dropped so the manifest holds only the public API.
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
