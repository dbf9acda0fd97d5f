/**
 * Events given to the element directly (inline JSON or the `events` property), checked for the
 * fields the calendar needs without loading the schemas: pages with inline data stay free of zod
 * and the SDK.
 */
import type { ConsortiumEvent } from '@razem/contract';

/**
 * Keeps the events with an id, a Polish title, a kind and both instants. Missing optional fields
 * (`timeZone`, `allDay`, `status`, `organizerIds`) read as the API's defaults wherever the
 * calendar uses them, so events are kept as given, not copied.
 */
export function normalizeEvents(list: readonly unknown[]): ConsortiumEvent[] {
  // Usually every event is usable: then the list itself is kept, not copied.
  const firstBad = list.findIndex((item) => !isUsable(item));
  return firstBad < 0 ? (list as ConsortiumEvent[]) : list.filter(isUsable);
}

function isUsable(item: unknown): item is ConsortiumEvent {
  const e = item as Partial<ConsortiumEvent> | null;
  return (
    typeof e?.id === 'string' &&
    typeof e.title?.pl === 'string' &&
    typeof e.kind === 'string' &&
    typeof e.startsAt === 'string' &&
    typeof e.endsAt === 'string'
  );
}

/** Reads inline JSON: an array of events or an API page (`{ "data": [...] }`). */
export function parseInlineEvents(json: string): ConsortiumEvent[] {
  const value: unknown = JSON.parse(json);
  const list = Array.isArray(value) ? value : (value as { data?: unknown } | null)?.data;
  if (!Array.isArray(list)) throw new TypeError('Expected an array of events or { "data": [...] }');
  return normalizeEvents(list);
}
