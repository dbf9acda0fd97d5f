import { afterEach, describe, expect, it, vi } from 'vitest';
import { define } from './define.js';

let counter = 0;
const uniqueTag = () => `razem-define-test-${++counter}`;

describe('define()', () => {
  afterEach(() => vi.restoreAllMocks());

  it('registers a new tag so the element upgrades', () => {
    const tag = uniqueTag();
    class Element extends HTMLElement {}
    expect(define(tag, Element, '1.0.0')).toBe(true);
    expect(document.createElement(tag)).toBeInstanceOf(Element);
  });

  it('ignores a second registration of the same class silently', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tag = uniqueTag();
    class Element extends HTMLElement {}
    define(tag, Element, '1.0.0');
    expect(define(tag, Element, '1.0.0')).toBe(false);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns, without throwing, when another version holds the tag', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tag = uniqueTag();
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define(tag, First, '1.0.0');
    expect(() => define(tag, Second, '2.0.0')).not.toThrow();
    expect(customElements.get(tag)).toBe(First);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]?.[0])).toContain('1.0.0');
    expect(String(warn.mock.calls[0]?.[0])).toContain('2.0.0');
  });
});
