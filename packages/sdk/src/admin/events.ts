import { Event, type ConsortiumEvent, type EventCreate, type EventUpdate } from '@razem/contract';
import type { RazemHttp, RazemWriteOptions } from '../http.js';

/** Publishing events (secret key). */
export class AdminEventsResource {
  /** @param http - a core with a secret key. */
  constructor(readonly http: RazemHttp) {}

  /** Publishes an event. */
  create(event: EventCreate, options?: RazemWriteOptions): Promise<ConsortiumEvent> {
    return this.http.request('POST', 'v1/admin/events', { ...options, json: event, schema: Event });
  }

  /** Changes some fields of an event (e.g. `{ status: 'cancelled' }`). */
  update(id: string, changes: EventUpdate, options?: RazemWriteOptions): Promise<ConsortiumEvent> {
    return this.http.request('PATCH', `v1/admin/events/${encodeURIComponent(id)}`, { ...options, json: changes, schema: Event });
  }

  /** Deletes an event; prefer `update(id, { status: 'cancelled' })` for events people may have planned for. */
  delete(id: string, options?: RazemWriteOptions): Promise<void> {
    return this.http.request('DELETE', `v1/admin/events/${encodeURIComponent(id)}`, options);
  }
}
