import crypto from 'node:crypto';
import { parse } from 'cookie';
import type { RequestHandler } from 'express';
import type { AuthService } from './service';

export const SESSION_COOKIE = 'casmooc_sid';

export function sessionTokenFrom(cookieHeader: string | undefined): string | undefined {
  return cookieHeader ? parse(cookieHeader)[SESSION_COOKIE] : undefined;
}

/** The Socket.IO room of one session's sockets (named by a hash: the token itself stays secret). */
export function sessionRoom(token: string): string {
  return `session:${crypto.createHash('sha256').update(token).digest('hex').slice(0, 32)}`;
}

/** Puts the request's actor (or null) on `req.actor`. */
export function sessionMiddleware(auth: AuthService): RequestHandler {
  return async (req, _res, next) => {
    req.actor = await auth.actorFor(sessionTokenFrom(req.headers.cookie));
    next();
  };
}
