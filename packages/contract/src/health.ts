import * as z from 'zod/mini';

/** `GET /health`: the process is up. `GET /ready`: it can reach its database. */
export const Health = /* @__PURE__ */ z.object({
  status: z.enum(['ok', 'unavailable']),
  version: z.string(),
  checks: z.optional(z.record(z.string(), z.enum(['ok', 'failing']))),
});
export type Health = z.infer<typeof Health>;
