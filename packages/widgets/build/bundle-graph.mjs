/**
 * Reads the CDN build's chunk graph (dist/cdn/graph.json, written by build/cdn.ts) and answers
 * "which files does a page load?" for the size budgets (.size-limit.mjs): what an element loads
 * up front (static imports only), what it can load later (lazy imports too), and which files are
 * the element's own rather than the shared runtime.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Module ids of element code: `widgets/src/<element>/…`, not `widgets/src/shared/…`. */
const ELEMENT_CODE = /^widgets\/src\/(?!shared\/)/;

/** The build graph of `dist/cdn`, with paths relative to the package (`dist/cdn/...`). */
export function loadGraph(root = process.cwd()) {
  const raw = JSON.parse(readFileSync(resolve(root, 'dist/cdn/graph.json'), 'utf8'));
  const at = (file) => `dist/cdn/${file}`;
  const outputs = Object.fromEntries(
    Object.entries(raw.files).map(([file, chunk]) => [
      at(file),
      { imports: chunk.imports.map(at), dynamicImports: chunk.dynamicImports.map(at), modules: Object.keys(chunk.modules) },
    ]),
  );

  /** The content-hashed entry of an element folder (`partner-list` → `dist/cdn/partner-list/define-….js`). */
  function entry(name) {
    const file = raw.entries[name];
    if (!file) throw new Error(`no ${name} entry in the CDN build`);
    return at(file);
  }

  /** Files loaded by `start` and everything it imports; `dynamic` follows `import()` too. */
  function closure(start, { dynamic = false } = {}) {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file) || !outputs[file]) return;
      seen.add(file);
      outputs[file].imports.forEach(visit);
      if (dynamic) outputs[file].dynamicImports.forEach(visit);
    };
    [start].flat().forEach(visit);
    if (!seen.size) throw new Error(`${start} is not in the CDN build`);
    return [...seen].sort();
  }

  /** Whether a file holds any of the modules matching `pattern`. */
  const holds = (file, pattern) => outputs[file].modules.some((id) => pattern.test(id));

  /** Whether a file holds element code (anything else is Lit, shared foundations, SDK or schemas). */
  const isElementCode = (file) => holds(file, ELEMENT_CODE);

  return { outputs, files: Object.keys(outputs), entry, closure, holds, isElementCode };
}
