import { parse } from 'cookie';
import type { RequestHandler } from 'express';
import type { AuthService } from './service';

export const SESSION_COOKIE = 'casmooc_sid';

export function sessionTokenFrom(cookieHeader: string | undefined): string | undefined {
  return cookieHeader ? parse(cookieHeader)[SESSION_COOKIE] : undefined;
}

/** Puts the request's actor (or null) on `req.actor`. */
export function sessionMiddleware(auth: AuthService): RequestHandler {
  return async (req, _res, next) => {
    req.actor = await auth.actorFor(sessionTokenFrom(req.headers.cookie));
    next();
  };
}
