import { describe, expect, it } from 'vitest';
import { fixtureEvent } from './fixtures.js';
import { normalizeEvents, parseInlineEvents } from './inline.js';

describe('inline events', () => {
  it('reads an array or an API page', () => {
    const event = fixtureEvent();
    expect(parseInlineEvents(JSON.stringify([event]))).toEqual([event]);
    expect(parseInlineEvents(JSON.stringify({ data: [event], nextCursor: null }))).toEqual([event]);
    expect(() => parseInlineEvents('{"events": []}')).toThrow(TypeError);
    expect(() => parseInlineEvents('not json')).toThrow(SyntaxError);
  });

  it('keeps events as given, optional fields missing', () => {
    const event = fixtureEvent();
    expect(normalizeEvents([event])[0]).toBe(event);
    const { id, title, kind, startsAt, endsAt } = event;
    const bare = { id, title, kind, startsAt, endsAt };
    expect(normalizeEvents([bare])[0]).toBe(bare);
  });

  it('drops entries missing what the calendar needs', () => {
    const event = fixtureEvent();
    const broken = [null, 7, { ...event, id: 1 }, { ...event, title: 'x' }, { ...event, startsAt: undefined }, { ...event, kind: null }];
    expect(normalizeEvents([...broken, event])).toEqual([event]);
  });
});
