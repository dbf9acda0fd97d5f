import type { ConsentRecordInput, IdeaSubmission } from '@razem/contract';

/** A valid idea, unique per call so tests can find their own row. */
export const sampleIdea = (title = `Ścieżka rowerowa ${Math.random().toString(36).slice(2, 8)}`): IdeaSubmission => ({
  title,
  description: 'Połączenie Bełchatowa z Kleszczowem bezpieczną drogą rowerową wzdłuż zalewu, z oświetleniem.',
  category: 'infrastructure',
  authorRole: 'resident',
  name: 'Anna Kowalska',
  email: 'anna.kowalska@example.org',
  municipality: 'Bełchatów',
  privacyNoticeVersion: '2026-01',
  privacyConsent: true,
  locale: 'pl',
});

/** A valid consent decision. */
export const sampleConsent = (consentId: string = crypto.randomUUID()): ConsentRecordInput => ({
  consentId,
  policyRevision: 1,
  choices: { necessary: true, preferences: false, analytics: true, marketing: false },
  method: 'custom',
  decidedAt: new Date().toISOString(),
  language: 'pl',
});
