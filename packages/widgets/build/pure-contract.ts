/**
 * Used by the CDN build (build/cdn.ts) on the contract's sources: marks every call made while a
 * contract module is evaluated (`z.optional(…)`, `boundedText(1, 200)`, `page(Event)`) as
 * `@__PURE__`. The contract promises that evaluating it has no side effects (`sideEffects: false`;
 * every export is a schema or a constant); calls inside function bodies are left alone.
 *
 * Why: zod and the contract declare their factories `@__NO_SIDE_EFFECTS__`, but rolldown does not
 * carry that across modules (nor through the `import * as z` namespace), so a schema no page uses
 * (an admin body, an update schema) kept its unmarked inner calls and, through them, other schemas
 * and zod's format validators in the shared SDK chunk. Calls are found with the parser, so
 * comments, strings and types are never touched.
 */
import { parseAst } from 'rolldown/parseAst';

const PURE = '/* @__PURE__ */ ';
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

type Node = { type: string; start: number; [key: string]: unknown };

/** Start offsets of the calls evaluated at module level (not inside any function). */
function moduleLevelCalls(node: unknown, starts: Set<number>): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) moduleLevelCalls(child, starts);
    return;
  }
  const n = node as Node;
  if (FUNCTIONS.has(n.type)) return;
  if (n.type === 'CallExpression' || n.type === 'NewExpression') starts.add(n.start);
  for (const key of Object.keys(n)) if (key !== 'type') moduleLevelCalls(n[key], starts);
}

/**
 * `source` with `@__PURE__` before each module-level call that lacks one. A chained call
 * (`z.string().check(…)`) shares its start with the call it is chained on; one mark covers both.
 */
export function markModuleCallsPure(source: string, filename = 'module.ts'): string {
  const starts = new Set<number>();
  moduleLevelCalls(parseAst(source, { lang: 'ts' }, filename).body, starts);
  let out = '';
  let last = 0;
  for (const start of [...starts].sort((a, b) => a - b)) {
    out += source.slice(last, start);
    if (!/@__PURE__ \*\/\s*$/.test(source.slice(Math.max(0, start - 24), start))) out += PURE;
    last = start;
  }
  return out + source.slice(last);
}
