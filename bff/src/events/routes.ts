import { eventsQuerySchema } from '@casmooc/domain';
import { ApiRouter } from '../http/api-router';
import type { EventRepository } from './repository';

/** What a client missed while offline: the events addressed to it after the last id it saw. */
export function eventRoutes(events: EventRepository): ApiRouter {
  return new ApiRouter().get('/events', {
    access: 'signed-in',
    query: eventsQuerySchema,
    handle: ({ actor, query }) => events.listVisible(actor.viewer, query.after, query.limit),
  });
}
