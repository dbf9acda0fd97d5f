import { describe, expect, it } from 'vitest';
import { markModuleCallsPure } from './pure-contract.ts';

const PURE = '/* @__PURE__ */ ';

describe('markModuleCallsPure', () => {
  it('marks calls evaluated at module level, chained and nested ones included', () => {
    const source = "export const A = z.object({ a: z.optional(z.string().check(z.maxLength(3))), b: page(B) });";
    expect(markModuleCallsPure(source)).toBe(
      `export const A = ${PURE}z.object({ a: ${PURE}z.optional(${PURE}z.string().check(${PURE}z.maxLength(3))), b: ${PURE}page(B) });`,
    );
  });

  it('leaves calls inside function bodies alone: their results may be thrown away on purpose', () => {
    const source = 'export const f = (s) => { log(s); return s.split(","); };\nfunction g() { run(); }';
    expect(markModuleCallsPure(source)).toBe(source);
  });

  it('does not mark twice, and never touches comments, strings or types', () => {
    const source = [
      `export const A = ${PURE}z.string();`,
      '// z.optional(x) in a comment',
      "const s = 'z.enum(a)';",
      'export type T = z.infer<typeof A>;',
    ].join('\n');
    expect(markModuleCallsPure(source)).toBe(source);
  });

  it('keeps line numbers, so the build needs no source map of its own', () => {
    const source = 'export const A = z.object({\n  a: z.string(),\n});\n';
    expect(markModuleCallsPure(source).split('\n')).toHaveLength(source.split('\n').length);
  });
});
