/**
 * The server the fuzzers hit: the reference API on in-memory PGlite (seeded), with the ids a few
 * requests should find, and a raw client whose requests carry an endpoint's credential.
 */
import { startTestServer, type TestServer } from '@razem/api/testing';
import type { Credential, KnownIds } from './endpoints.js';
import { rawClient, type RawClient, type RawRequest, type RawResponse } from './raw-http.js';

/** A running fuzz target. */
export interface FuzzTarget {
  api: TestServer;
  known: KnownIds;
  /** Sends `req` with the bearer key of `credential`. */
  send(credential: Credential, req: RawRequest): Promise<RawResponse>;
  close(): Promise<void>;
}

/** Starts the target and reads ids from its database. */
export async function startFuzzTarget(): Promise<FuzzTarget> {
  const api = await startTestServer();
  const ids = async (sql: string) => (await api.database.query<{ id: string }>(sql)).rows.map((r) => r.id);
  const known: KnownIds = {
    eventIds: await ids('SELECT id::text AS id FROM events ORDER BY starts_at LIMIT 20'),
    partnerIds: await ids('SELECT id FROM partners'),
    ideaIds: await ids('SELECT id::text AS id FROM ideas'),
    trackingCodes: await ids('SELECT tracking_code AS id FROM ideas'),
    consentIds: [],
  };
  const client: RawClient = rawClient(api.url);
  const keys: Record<Credential, string | null> = { none: null, publishable: api.publishableKey, secret: api.secretKey };
  return {
    api,
    known,
    send(credential, req) {
      const key = keys[credential];
      return client.send({ ...req, headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...req.headers } });
    },
    async close() {
      client.close();
      await api.close();
    },
  };
}
