import { describe, expect, it } from 'vitest';
import { minifyCss, minifyHtml, minifyTemplates } from './minify-templates.js';

describe('minifyTemplates', () => {
  it('collapses whitespace in css`` templates, keeping line breaks', () => {
    expect(minifyCss(`\n  :host {\n    color: red; /* why */\n    margin: 0 auto;\n  }\n  :host([a='b']) .c :hover { x: var(--y, 1px) }\n`)).toBe(
      `\n:host{\ncolor:red;\nmargin:0 auto\n}\n:host([a='b']) .c :hover{x:var(--y,1px)}\n`,
    );
  });

  it('drops indentation and keeps single spaces in text', () => {
    expect(minifyHtml(`<p>\n  <span>a</span>\n\n  <span>b  c</span> <i>d</i>\n</p>`)).toBe(
      '<p>\n<span>a</span>\n\n<span>b c</span> <i>d</i>\n</p>',
    );
  });

  it('keeps the number of lines of a source', () => {
    const source = 'const s = css`\n  a {\n    b: c;\n  }\n`;\nconst t = html`<p>\n  ${x}\n</p>`;\n';
    expect(minifyTemplates(source).split('\n')).toHaveLength(source.split('\n').length);
  });

  it('handles nested templates, expressions, strings and comments', () => {
    const source = [
      "const s = 'html`  not a template  `';",
      '// html`  comment  `',
      'const t = html`<ul>',
      '  ${items.map((i) => html`<li>',
      '    ${i.ok ? html`<b>  ${ {a: 1}.a }  </b>` : nothing}',
      '  </li>`)}',
      '</ul>`;',
      'const u = `  plain  ${x}  `;',
    ].join('\n');
    expect(minifyTemplates(source)).toBe(
      [
        "const s = 'html`  not a template  `';",
        '// html`  comment  `',
        'const t = html`<ul>\n${items.map((i) => html`<li>\n${i.ok ? html`<b> ${ {a: 1}.a } </b>` : nothing}\n</li>`)}\n</ul>`;',
        'const u = `  plain  ${x}  `;',
      ].join('\n'),
    );
  });
});
