import { z } from 'zod';
import { ApiRouter } from '../http/api-router';
import { notFound } from '../http/api-error';
import type { CalendarService } from './calendar-service';

const ICS = 'text/calendar; charset=utf-8';

/**
 * 我的培训 in a calendar: the caller's classes as an .ics (all, or one with
 * `?class=`), and a private feed: turned on or renewed (the URL holds a
 * secret token), or revoked. The feed itself is read without a session,
 * by calendar apps, with the token alone.
 */
export function calendarRoutes(calendar: CalendarService): ApiRouter {
  return new ApiRouter()
    .get('/training/mine/calendar.ics', {
      access: 'signed-in',
      query: z.strictObject({ class: z.coerce.number().int().positive().optional() }),
      handle: async ({ actor, query, locale, res }) => {
        const body = await calendar.mine(actor, locale, query.class);
        res.type(ICS).attachment(query.class ? `class-${query.class}.ics` : 'my-classes.ics').send(body);
      },
    })
    .get('/me/calendar-feed', {
      access: 'signed-in',
      handle: ({ actor }) => calendar.status(actor),
    })
    .post('/me/calendar-feed', {
      access: 'signed-in',
      handle: ({ actor }) => calendar.renew(actor),
    })
    .delete('/me/calendar-feed', {
      access: 'signed-in',
      status: 204,
      handle: ({ actor }) => calendar.revoke(actor),
    })
    .get('/calendar/feeds/:token', {
      access: 'public',
      params: z.object({ token: z.string().regex(/^[\w-]{43}$/) }),
      handle: async ({ params, locale, res }) => {
        const body = await calendar.feed(params.token, locale);
        if (body === null) throw notFound();
        res.set('Cache-Control', 'private, max-age=300').type(ICS).send(body);
      },
    });
}
