/**
 * Runs axe-core on an element, shadow roots included, and fails with a readable list of
 * violations. All WCAG 2.x A/AA rules plus best practices.
 */
import axe from 'axe-core';
import { expect } from 'vitest';

/** Asserts that axe finds no accessibility violation in `context`. */
export async function expectNoAxeViolations(context: Element): Promise<void> {
  const result = await axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    // A lone widget under test is not a whole page: page-level rules do not apply.
    rules: { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } },
  });
  const problems = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(problems, problems.join('\n')).toEqual([]);
}
