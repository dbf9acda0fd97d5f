/**
 * Entry of the Vite page (`/vite/`): the same Razem elements as the script-tag page, this time
 * installed from npm and bundled by Vite, plus the SDK used directly for the page's own
 * "upcoming events" teaser. The consent core is imported first, so the Consent Mode default and
 * the gating are in place before anything else runs.
 */
import '@razem/widgets/consent/define';
import '@razem/widgets/event-calendar/define';
import '@razem/widgets/partner-list/define';
import '@razem/widgets/idea-form/define';
import '../assets/site.css';
import '../assets/layout.css';
import '../assets/content.css';
import '../assets/site.js';

// The teaser brings the SDK; loaded on its own, the elements' first render does not wait for it.
const list = document.querySelector<HTMLOListElement>('#najblizsze');
if (list) void import('./teaser.ts').then(({ showUpcomingEvents }) => showUpcomingEvents(list));
