// main.js — bundle with Vite, esbuild or webpack, or serve it as <script type="module"> with an import map
import { createRazemHttp, EventsResource, IdeasResource, isRazemApiError, isRazemNetworkError } from '@razem/sdk';

// One core per page: every resource on the page shares its retries, timeouts and key.
const http = createRazemHttp({
  baseUrl: 'https://api.razem.example',
  publishableKey: 'rzm_pk_your_site_key', // bound to your site's origins, so safe in a page
  locale: 'pl',
});
const ideas = new IdeasResource(http);
const events = new EventsResource(http);

const form = document.querySelector('#idea');
const status = document.querySelector('#idea-status');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(event.target);
  try {
    const receipt = await ideas.submit({
      title: data.get('title'),
      description: data.get('description'),
      category: 'social',
      authorRole: 'resident',
      ...(data.get('email') ? { email: data.get('email') } : {}),
      privacyNoticeVersion: '2026-01',
      privacyConsent: data.get('consent') === 'on', // a box the visitor ticked, never pre-ticked
    });
    status.textContent = `Dziękujemy! Numer zgłoszenia: ${receipt.trackingCode}`;
  } catch (error) {
    if (isRazemApiError(error) && error.fieldErrors.length > 0) {
      status.textContent = error.fieldErrors.map((field) => `${field.path}: ${field.message}`).join('; ');
    } else if (isRazemNetworkError(error)) {
      status.textContent = 'Brak połączenia. Spróbuj ponownie za chwilę.';
    } else {
      throw error;
    }
  }
});

// Upcoming events, page after page as the loop asks for them.
const list = document.querySelector('#events');
const when = new Intl.DateTimeFormat('pl', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Warsaw' });
for await (const event of events.iterate()) {
  const item = document.createElement('li');
  item.textContent = `${when.format(new Date(event.startsAt))} — ${event.title.pl}`;
  list.append(item);
}
