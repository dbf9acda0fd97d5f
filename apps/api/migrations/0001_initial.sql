-- Razem API: partners, events, ideas, consent records, API keys and idempotency records.
-- Timestamps are written by the application with millisecond precision so keyset cursors
-- (which carry JavaScript dates) compare exactly.

CREATE TABLE partners (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  short_name  text NOT NULL,
  kind        text NOT NULL,
  role        text NOT NULL,
  role_rank   integer GENERATED ALWAYS AS (
                CASE role WHEN 'coordinator' THEN 0 WHEN 'member' THEN 1 ELSE 2 END
              ) STORED,
  description jsonb NOT NULL,
  logo        jsonb,
  website     text,
  email       text,
  phone       text,
  address     jsonb,
  registry    jsonb,
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL
);
CREATE INDEX partners_order_idx ON partners (role_rank, id);

CREATE TABLE events (
  id               uuid PRIMARY KEY,
  title            jsonb NOT NULL,
  summary          jsonb,
  description      jsonb,
  kind             text NOT NULL,
  starts_at        timestamptz NOT NULL,
  ends_at          timestamptz NOT NULL,
  time_zone        text NOT NULL,
  all_day          boolean NOT NULL,
  location         jsonb,
  organizer_ids    text[] NOT NULL,
  registration_url text,
  status           text NOT NULL,
  -- RFC 5545 SEQUENCE: bumped on every change so calendar apps replace their copy.
  sequence         integer NOT NULL DEFAULT 0,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL,
  CONSTRAINT events_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX events_start_idx ON events (starts_at, id);
CREATE INDEX events_end_idx ON events (ends_at);

CREATE TABLE ideas (
  id                     uuid PRIMARY KEY,
  tracking_code          text NOT NULL UNIQUE,
  title                  text NOT NULL,
  description            text NOT NULL,
  category               text NOT NULL,
  author_role            text NOT NULL,
  name                   text,
  email                  text,
  municipality           text,
  privacy_notice_version text NOT NULL,
  locale                 text,
  source_site            text NOT NULL,
  status                 text NOT NULL,
  public_note            text,
  merged_into            text,
  suspected_spam         boolean NOT NULL DEFAULT false,
  personal_data_erased   boolean NOT NULL DEFAULT false,
  received_at            timestamptz NOT NULL,
  updated_at             timestamptz NOT NULL
);
CREATE INDEX ideas_received_idx ON ideas (received_at DESC, id DESC);
CREATE INDEX ideas_email_idx ON ideas (lower(email));

CREATE TABLE consents (
  id              uuid PRIMARY KEY,
  consent_id      uuid NOT NULL,
  site            text NOT NULL,
  policy_revision integer NOT NULL,
  choices         jsonb NOT NULL,
  method          text NOT NULL,
  decided_at      timestamptz NOT NULL,
  language        text NOT NULL,
  received_at     timestamptz NOT NULL
);
CREATE INDEX consents_consent_id_idx ON consents (consent_id, received_at);

CREATE TABLE api_keys (
  id          uuid PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('publishable', 'secret')),
  -- First characters of the key, shown in listings and used to revoke it; never enough to use it.
  prefix      text NOT NULL,
  -- SHA-256 of the whole key, hex. The key itself is never stored.
  key_hash    text NOT NULL UNIQUE,
  site        text,
  origins     text[] NOT NULL DEFAULT '{}',
  name        text,
  -- The fixed local development keys work only on a server started with --dev.
  dev_only    boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL,
  revoked_at  timestamptz
);
CREATE INDEX api_keys_prefix_idx ON api_keys (prefix);

CREATE TABLE idempotency_records (
  -- API key id (or a hash of the client address) so keys of different clients never collide.
  scope         text NOT NULL,
  key           text NOT NULL,
  request_hash  text NOT NULL,
  status        integer NOT NULL,
  headers       jsonb NOT NULL DEFAULT '{}',
  body          text,
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_expires_idx ON idempotency_records (expires_at);
