// Node 22+: RAZEM_API_URL=http://127.0.0.1:8787 RAZEM_PUBLISHABLE_KEY=rzm_pk_… node node.mjs
import {
  createRazemClient,
  isRazemApiError,
  isRazemAuthError,
  isRazemTimeoutError,
} from '@razem/sdk';

const razem = createRazemClient({
  baseUrl: process.env.RAZEM_API_URL ?? 'http://127.0.0.1:8787',
  publishableKey: process.env.RAZEM_PUBLISHABLE_KEY,
  locale: 'pl',
});

// 1. Every upcoming event, all pages, validated against the contract.
const events = await razem.events.all();
console.log(`${events.length} upcoming events`);
for (const event of events.slice(0, 3)) {
  console.log(`- ${event.startsAt.slice(0, 10)} ${event.kind}: ${event.title.pl}`);
}

// 2. Submit an idea. If the connection drops, the SDK retries with the same Idempotency-Key.
//    Sending it again yourself with the same key (after a crash or a reload) stores it once too.
const idea = {
  title: 'Wspólna sieć ładowarek dla firm z parku',
  description: 'Firmy z parku technologicznego mogłyby wspólnie kupić i utrzymywać ładowarki do aut elektrycznych.',
  category: 'business',
  authorRole: 'entrepreneur',
  email: 'jan.nowak@example.org',
  privacyNoticeVersion: '2026-01',
  privacyConsent: true,
};
const idempotencyKey = `idea-${crypto.randomUUID()}`;
const first = await razem.ideas.submit(idea, { idempotencyKey });
const again = await razem.ideas.submit(idea, { idempotencyKey });
console.log(`tracking code ${first.trackingCode}, resent: ${again.trackingCode}`);
console.log(`status: ${(await razem.ideas.status(first.trackingCode)).status}`);

// 3. Typed errors.
try {
  await razem.ideas.submit({ ...idea, title: 'Hm', email: 'not an address' });
} catch (error) {
  if (!isRazemApiError(error)) throw error;
  console.log(`${error.status} ${error.code}: ${error.fieldErrors.map((field) => field.path).join(', ')}`);
}

try {
  const wrongKey = createRazemClient({ baseUrl: razem.http.baseUrl, publishableKey: 'rzm_pk_revoked_or_mistyped_000000' });
  await wrongKey.ideas.submit(idea);
} catch (error) {
  if (!isRazemAuthError(error)) throw error;
  console.log(`${error.status} ${error.code}`);
}

try {
  // One millisecond per attempt: far too little for any real request.
  await razem.events.list({}, { timeout: 1 });
} catch (error) {
  if (!isRazemTimeoutError(error)) throw error;
  console.log(`${error.code}: ${error.message}`);
}
