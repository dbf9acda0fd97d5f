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

/** Registers `POST /v1/ideas` and `POST /v1/consents`. */
export function registerSubmissionRoutes(app: Hono<AppEnv>, deps: Deps): void {
  app.post('/v1/ideas', async (c) => {
    const auth = requireKey(c);
    const site = auth.site ?? auth.name ?? 'unknown';
    await deps.limiter.consume('ideas', auth.kind === 'secret' ? `key:${auth.keyId}` : `key:${auth.keyId}:${c.get('clientHash')}`);
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
      async (idea) => {
        if (!deps.verifyChallenge || idea.spam?.honeypot?.trim()) return;
        const passed = await deps.verifyChallenge(idea.spam?.token, { site, clientHash: c.get('clientHash') }).catch(() => false);
        if (!passed) {
          throw new ApiError(422, 'spam_rejected', 'The anti-spam check failed; reload the form and try again', {
            errors: [{ path: 'spam.token', message: 'Challenge not passed' }],
          });
        }
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
