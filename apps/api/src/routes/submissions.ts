/** Public writes with a publishable key: idea submissions and consent records. */
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { ConsentRecordInput, IdeaSubmission, type IdeaReceipt } from '@razem/contract';
import { generateTrackingCode, insertIdea } from '../domain/ideas.js';
import { handleWrite, requireKey, type AppEnv, type Deps } from '../http/context.js';
import { ApiError } from '../http/problem.js';
import { formatUtc } from '../time.js';

/** Below this a form was filled faster than people type: stored, but flagged for review. */
export const MIN_HUMAN_FILL_MS = 3000;

/**
 * How long an idea's `Idempotency-Key` is remembered: longer than the idea form keeps an unsent
 * idea in its outbox (7 days, then it asks the person instead of sending), with a day to spare
 * for a device clock that runs behind. A retry within that time never stores a second idea.
 */
export const IDEA_IDEMPOTENCY_TTL_MS = 8 * 24 * 60 * 60 * 1000;

/** Registers `POST /v1/ideas` and `POST /v1/consents`. */
export function registerSubmissionRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.post('/v1/ideas', async (c) => {
    const auth = requireKey(c);
    const site = auth.site ?? auth.name ?? 'unknown';
    return handleWrite(
      c,
      deps,
      IdeaSubmission,
      async (idea, tx, now) => {
        // Honeypot filled: answer exactly like a success so the bot learns nothing, store nothing.
        if (idea.spam?.honeypot?.trim()) {
          const receipt: IdeaReceipt = { trackingCode: generateTrackingCode(), status: 'received', receivedAt: formatUtc(now) };
          return { status: 201, body: receipt, headers: { Location: `/v1/ideas/status/${receipt.trackingCode}` } };
        }
        const fillTime = idea.spam?.fillTimeMs;
        const stored = await insertIdea(
          tx,
          {
            title: idea.title,
            description: idea.description,
            category: idea.category,
            authorRole: idea.authorRole,
            name: idea.name,
            email: idea.email,
            municipality: idea.municipality,
            privacyNoticeVersion: idea.privacyNoticeVersion,
            locale: idea.locale,
            sourceSite: site,
            // Never rejected for speed: a fast human (or a password manager) must not be locked out.
            suspectedSpam: fillTime !== undefined && fillTime < MIN_HUMAN_FILL_MS,
          },
          now,
        );
        const receipt: IdeaReceipt = { trackingCode: stored.trackingCode, status: stored.status, receivedAt: stored.receivedAt };
        return { status: 201, body: receipt, headers: { Location: `/v1/ideas/status/${receipt.trackingCode}` } };
      },
      {
        // Spam signals differ between attempts at one idea: a second tab measures its own fill
        // time, and every attempt brings a fresh single-use token. The idea is what must match.
        identity: ({ spam: _spam, ...idea }) => idea,
        ttlMs: IDEA_IDEMPOTENCY_TTL_MS,
        // New ideas only: retries of a stored one are answered before this, so they spend neither
        // the submission budget nor a token that was already used up by the first attempt.
        prepare: async (idea) => {
          await deps.limiter.consume('ideas', auth.kind === 'secret' ? `key:${auth.keyId}` : `key:${auth.keyId}:${c.get('clientHash')}`);
          if (!deps.verifyChallenge || idea.spam?.honeypot?.trim()) return;
          const passed = await deps.verifyChallenge(idea.spam?.token, { site, clientHash: c.get('clientHash') }).catch(() => false);
          if (!passed) {
            throw new ApiError(422, 'spam_rejected', 'The anti-spam check failed; reload the form and try again', {
              errors: [{ path: 'spam.token', message: 'Challenge not passed' }],
            });
          }
        },
      },
    );
  });

  app.post('/v1/consents', async (c) => {
    const auth = requireKey(c);
    return handleWrite(c, deps, ConsentRecordInput, async (input, tx, now) => {
      const id = randomUUID();
      await tx.query(
        `INSERT INTO consents (id, consent_id, site, policy_revision, choices, method, decided_at, language, received_at)
         VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8, $9)`,
        [
          id,
          input.consentId,
          auth.site ?? auth.name ?? 'unknown',
          input.policyRevision,
          JSON.stringify(input.choices),
          input.method,
          new Date(input.decidedAt),
          input.language,
          now,
        ],
      );
      return { status: 201, body: { id, receivedAt: formatUtc(now) } };
    });
  });
}
