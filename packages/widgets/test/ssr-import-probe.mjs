#!/usr/bin/env node
// Node only, run as a child process by ssr-import.test.ts so nothing the test runner defines
// leaks in: imports each module specifier given on the command line, in a plain Node global scope
// (no window, no document), and prints one JSON line: which imports failed and which global
// properties exist afterwards that did not exist before.
const before = new Set(Reflect.ownKeys(globalThis).map(String));
const failures = [];
for (const specifier of process.argv.slice(2)) {
  try {
    await import(specifier);
  } catch (error) {
    failures.push({ specifier, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}
const added = Reflect.ownKeys(globalThis)
  .map(String)
  .filter((key) => !before.has(key))
  .sort();
const tags = ['razem-partner-list', 'razem-event-calendar', 'razem-idea-form', 'razem-consent-banner', 'razem-consent-settings'];
process.stdout.write(
  `${JSON.stringify({
    failures,
    added,
    window: typeof globalThis.window,
    document: typeof globalThis.document,
    // Lit's Node build brings a registry shim; elements registered there can be server-rendered.
    registered: tags.filter((tag) => globalThis.customElements?.get(tag) !== undefined),
  })}\n`,
);
