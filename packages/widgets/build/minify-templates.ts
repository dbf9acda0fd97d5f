/**
 * Used by the CDN build (build/cdn.ts): minifiers leave the text of tagged templates alone, and
 * Lit's css`` / html`` templates are a third of an element's bytes. Collapses whitespace in
 * their static text without changing meaning: indentation goes, runs of whitespace become one
 * space or their line breaks (HTML and CSS treat them alike); in CSS, comments go and spaces
 * around `{ } ; ,` and after a declaration's `:` are dropped. No element uses <pre> or
 * whitespace-sensitive CSS content.
 */

/**
 * A run of whitespace becomes its line breaks, or one space when it has none: line numbers stay
 * as in the source, so source maps stay correct without a transform map.
 */
const collapse = (text: string): string =>
  text.replace(/\s+/g, (run) => (run.includes('\n') ? '\n'.repeat(run.split('\n').length - 1) : ' '));

/** Minifies the static text of a css`` template. */
export function minifyCss(text: string): string {
  return collapse(text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, '')))
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/([^\s(]): /g, '$1:')
    .replace(/;(\n*)}/g, '$1}');
}

/** Minifies the static text of an html`` template. */
export function minifyHtml(text: string): string {
  return collapse(text);
}

/**
 * Rewrites every css``/html`` template in `source`, including templates nested in `${…}`.
 * A small scanner rather than a regular expression, so nesting at any depth, strings and
 * comments are handled.
 */
export function minifyTemplates(source: string): string {
  let i = 0;
  let out = '';

  /** Copies a quoted string starting at `i` (the quote) to `out`. */
  const string = (): void => {
    const quote = source[i];
    let j = i + 1;
    while (j < source.length && source[j] !== quote) j += source[j] === '\\' ? 2 : 1;
    out += source.slice(i, j + 1);
    i = j + 1;
  };

  /** Handles a template whose backtick is at `i`; `tag` decides how its text is minified. */
  const template = (tag: string | undefined): void => {
    out += '`';
    i += 1;
    let text = '';
    const flush = () => {
      out += tag === 'css' ? minifyCss(text) : tag === 'html' ? minifyHtml(text) : text;
      text = '';
    };
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        flush();
        out += '`';
        i += 1;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        flush();
        out += '${';
        i += 2;
        code('}');
        out += '}';
        i += 1;
      } else {
        text += c;
        i += 1;
      }
    }
  };

  /** Copies code up to the unmatched `end` character (or the end of input). */
  const code = (end: string | undefined): void => {
    let depth = 0;
    while (i < source.length) {
      const c = source[i]!;
      if (c === end && depth === 0) return;
      if (c === '{') depth += 1;
      else if (c === '}') depth -= 1;
      if (c === '"' || c === "'") {
        string();
      } else if (c === '/' && source[i + 1] === '/') {
        const j = source.indexOf('\n', i);
        out += source.slice(i, j < 0 ? source.length : j);
        i = j < 0 ? source.length : j;
      } else if (c === '/' && source[i + 1] === '*') {
        const j = source.indexOf('*/', i + 2);
        out += source.slice(i, j < 0 ? source.length : j + 2);
        i = j < 0 ? source.length : j + 2;
      } else if (c === '`') {
        const tag = /\b(css|html)\s*$/.exec(out)?.[1];
        template(tag);
      } else {
        out += c;
        i += 1;
      }
    }
  };

  code(undefined);
  return out;
}
