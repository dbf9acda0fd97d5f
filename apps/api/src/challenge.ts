/**
 * Optional anti-spam challenge for idea submissions: a Turnstile/hCaptcha-style "siteverify"
 * endpoint. Off by default; people are never asked to solve puzzles unless a deployment opts in.
 */
import type { ChallengeVerifier } from './http/context.js';

/** Verifies tokens by POSTing `secret` and `response` (form-encoded) and reading `{ success }`. */
export function challengeVerifierFromUrl(url: string, secret: string, timeoutMs = 5000): ChallengeVerifier {
  return async (token) => {
    if (!token) return false;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ secret, response: token }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) return false;
    const result = (await response.json()) as { success?: unknown };
    return result.success === true;
  };
}
