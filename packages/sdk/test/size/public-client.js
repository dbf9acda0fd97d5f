// Size-limit entry: the whole public client (no admin code).
import { createRazemClient } from '../../dist/index.js';

const razem = createRazemClient({ baseUrl: 'https://api.razem.example', publishableKey: 'rzm_pk_x' });
export const page = await razem.events.list();
