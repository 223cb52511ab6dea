import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request id a proxy in front may have given: short and plain, or it is not taken. */
const GIVEN = /^[\w.-]{1,64}$/;

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * The id of a request: the one a proxy in front gave it (so its logs and
 * ours agree), else a new one. It is sent back as `X-Request-Id` on every
 * answer, errors included, and carried by every log line of the request,
 * so an operator can find a user's failed request. It stays out of the
 * error's body: answers that must be alike (an unknown user, a wrong
 * password) stay byte for byte alike.
 */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && GIVEN.test(given) ? given : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}
