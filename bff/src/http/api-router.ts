import crypto from 'node:crypto';
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import type { ErrorCode, Locale, Role } from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import { ApiError, forbidden, unauthenticated } from './api-error';
import { requestLocale } from './locale';
import { parseInput } from './validate';

/**
 * Who may call a route. There is no default: every route states it, so an
 * endpoint without an authorisation step cannot be written by accident.
 */
export type Access = 'public' | 'signed-in' | { roles: readonly Role[] };

type ActorFor<A extends Access> = A extends 'public' ? Actor | null : Actor;

export interface RouteInput<A extends Access, P, Q, B> {
  actor: ActorFor<A>;
  params: P;
  query: Q;
  body: B;
  /** The uploaded file, on routes that declare `upload`. */
  file: Buffer;
  locale: Locale;
  req: Request;
  res: Response;
}

export interface RouteSpec<A extends Access, P, Q, B, R> {
  access: A;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  /** Runs before the flow, e.g. a rate limiter. */
  middleware?: RequestHandler[];
  /** The body is a file of this type, at most `maxBytes` long (a larger one is refused unread). */
  upload?: { type: string; maxBytes: number; tooLarge: ErrorCode };
  /** Status of a successful answer; 204 is sent when the handler returns nothing. */
  status?: number;
  handle(input: RouteInput<A, P, Q, B>): Promise<R> | R;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

function checkAccess(access: Access, actor: Actor | null): void {
  if (access === 'public') return;
  if (!actor) throw unauthenticated();
  if (access !== 'signed-in' && !actor.hasRole(access.roles)) throw forbidden();
}

/** Double-submit token: the session's token must come back in a header on writes. */
function checkCsrf(req: Request, actor: Actor | null): void {
  if (req.method === 'GET' || req.method === 'HEAD' || !actor) return;
  const sent = Buffer.from(String(req.headers['x-csrf-token'] ?? ''));
  const expected = Buffer.from(actor.csrfToken);
  if (sent.length !== expected.length || !crypto.timingSafeEqual(sent, expected)) {
    throw new ApiError(403, 'CSRF_FAILED');
  }
}

function uploadParsers(upload: RouteSpec<Access, unknown, unknown, unknown, unknown>['upload']): RequestHandler[] {
  if (!upload) return [];
  const refuseLarge: RequestHandler = (req, _res, next) => {
    if (Number(req.headers['content-length'] ?? 0) > upload.maxBytes) throw new ApiError(400, upload.tooLarge);
    next();
  };
  return [refuseLarge, express.raw({ type: upload.type, limit: upload.maxBytes })];
}

/**
 * An Express router whose routes go through the BFF's request flow:
 * authenticate → authorise → CSRF → validate (zod, from libs/domain) →
 * handle → serialise.
 */
export class ApiRouter {
  readonly router = Router();

  get<A extends Access, P, Q, R>(path: string, spec: RouteSpec<A, P, Q, undefined, R>) {
    return this.add('get', path, spec);
  }
  post<A extends Access, P, Q, B, R>(path: string, spec: RouteSpec<A, P, Q, B, R>) {
    return this.add('post', path, spec);
  }
  put<A extends Access, P, Q, B, R>(path: string, spec: RouteSpec<A, P, Q, B, R>) {
    return this.add('put', path, spec);
  }
  patch<A extends Access, P, Q, B, R>(path: string, spec: RouteSpec<A, P, Q, B, R>) {
    return this.add('patch', path, spec);
  }
  delete<A extends Access, P, Q, R>(path: string, spec: RouteSpec<A, P, Q, undefined, R>) {
    return this.add('delete', path, spec);
  }

  private add<A extends Access, P, Q, B, R>(method: Method, path: string, spec: RouteSpec<A, P, Q, B, R>): this {
    this.router[method](path, ...(spec.middleware ?? []), ...uploadParsers(spec.upload), async (req: Request, res: Response) => {
      const actor = req.actor ?? null;
      const locale = requestLocale(req);
      checkAccess(spec.access, actor);
      if (spec.access !== 'public') checkCsrf(req, actor);
      const input: RouteInput<A, P, Q, B> = {
        actor: actor as ActorFor<A>,
        params: spec.params ? parseInput(spec.params, req.params, locale) : (undefined as P),
        query: spec.query ? parseInput(spec.query, req.query, locale) : (undefined as Q),
        body: spec.body ? parseInput(spec.body, req.body ?? {}, locale) : (undefined as B),
        file: spec.upload && Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
        locale,
        req,
        res,
      };
      const result = await spec.handle(input);
      if (res.headersSent) return; // the handler streamed its own answer (a download)
      if (result === undefined) res.status(204).end();
      else res.status(spec.status ?? 200).json(result);
    });
    return this;
  }
}
