import { z } from 'zod';

/** `GET /api/events?after=<id>&limit=<n>`: what a client missed. */
export const eventsQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
