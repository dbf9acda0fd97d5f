// Size-limit entry: what a page that only lists events pays. Imports the built package.
import { createRazemHttp, EventsResource } from '../../dist/index.js';

const events = new EventsResource(createRazemHttp({ baseUrl: 'https://api.razem.example' }));
const { data } = await events.list({ kind: ['workshop'] });
export { data };
