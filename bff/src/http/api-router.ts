import crypto from 'node:crypto';
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { z } from 'zod';
import { reachedByShare, type ErrorCode, type Locale, type Role } from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import { ApiError, forbidden, notFound, unauthenticated } from './api-error';
import { requestLocale } from './locale';
import { parseInput } from './validate';

/**
 * Who may call a route. There is no default: every route states it, so an
 * endpoint without an authorisation step cannot be written by accident.
 */
export type Access = 'public' | 'signed-in' | { roles: readonly Role[] };

type ActorFor<A extends Access> = A extends 'public' ? Actor | null : Actor;

/**
 * Whose an object is: an org's (reached by the access rule of SPEC §1),
 * maybe shared with orgs below it (whose holders, and those below them,
 * reach it too: a shared template), or one user's own.
 */
export type Owner = { orgPath: string; sharedWith?: readonly string[] } | { userId: number };

/** An answer whose status the handler decides (a health check that fails is 503, not an error). */
export class Reply<T> {
  constructor(
    readonly status: number,
    readonly body: T,
  ) {}
}

/** A route as registered, for the tests that walk every route and the API's description. */
export interface RouteInfo {
  method: Method;
  path: string;
  access: Access;
  /** The route names an object and the router checks whose it is before the handler runs. */
  scoped: boolean;
  /** What it validates, as declared: the description is made from these. */
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The type of the file it takes instead of a JSON body. */
  upload?: string;
  status?: number;
}

/** A scope from an object's org path, found by its id: null (no such object) answers 404. */
export const orgScope =
  (pathOf: (id: number) => Promise<string | null>) =>
  async ({ id }: { id: number }): Promise<Owner | null> => {
    const orgPath = await pathOf(id);
    return orgPath === null ? null : { orgPath };
  };

/** A path parameter that names an object (`:id`, `:attachmentId`): such a route must declare its scope. */
const OBJECT_PARAM = /:(\w*[iI]d)\b/;

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
  /**
   * How the object the route reads or changes is found from its params,
   * and whose it is. The router checks it before the query, the body or
   * the handler are looked at: an object that does not exist, or lies
   * outside what the caller's roles reach, answers 404 (never 403, so ids
   * cannot be probed). Required on every route with an object parameter.
   * The caller is passed for an object whose reach depends on them (a
   * class stays theirs who registered for it).
   */
  scope?: (params: P, actor: ActorFor<A>) => Promise<Owner | null>;
  /** Runs before the flow, e.g. a rate limiter. */
  middleware?: RequestHandler[];
  /**
   * The body is a file of this type, at most `maxBytes` long (a larger one
   * is refused unread); a body of any other type is answered with
   * `wrongType`, which tells the user what file to send.
   */
  upload?: { type: string; maxBytes: number; tooLarge: ErrorCode; wrongType: ErrorCode };
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

function checkScope(access: Access, actor: Actor | null, owner: Owner | null): void {
  if (!owner || !actor) throw notFound();
  if ('userId' in owner) {
    if (owner.userId !== actor.id) throw notFound();
    return;
  }
  const roles = access === 'public' || access === 'signed-in' ? undefined : access.roles;
  if (!actor.reaches(owner.orgPath, roles) && !reachedByShare(actor.grants, owner.sharedWith ?? [], roles)) throw notFound();
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

type Upload = RouteSpec<Access, unknown, unknown, unknown, unknown>['upload'];

/**
 * What a write may carry: JSON, or on a route that takes a file, that file's
 * type; or no body at all. A cross-site HTML form cannot send JSON (or a
 * file type) without a CORS preflight, which is what makes the public
 * login endpoint safe without a CSRF token. A file of the wrong kind is
 * told what to send (an .xls where an .xlsx is read), not that JSON was due.
 */
function checkBodyType(req: Request, upload: Upload): void {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (req.method === 'GET' || req.method === 'HEAD' || !hasBody) return;
  if (upload && !req.is(upload.type)) throw new ApiError(415, upload.wrongType);
  if (!upload && !req.is('application/json')) throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE');
}

function uploadParsers(upload: Upload): RequestHandler[] {
  if (!upload) return [];
  const refuseLarge: RequestHandler = (req, _res, next) => {
    if (Number(req.headers['content-length'] ?? 0) > upload.maxBytes) throw new ApiError(400, upload.tooLarge);
    next();
  };
  return [refuseLarge, express.raw({ type: upload.type, limit: upload.maxBytes })];
}

/**
 * An Express router whose routes go through the BFF's request flow:
 * authenticate → authorise (roles) → CSRF → the object's scope (org
 * subtree or owner) → the body's type → validate (zod, from libs/domain)
 * → handle → serialise.
 */
export class ApiRouter {
  readonly router = Router();
  readonly routes: RouteInfo[] = [];

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
    if (OBJECT_PARAM.test(path) && !spec.scope) throw new Error(`${method.toUpperCase()} ${path} names an object but declares no scope`);
    this.routes.push({ method, path, access: spec.access, scoped: Boolean(spec.scope), params: spec.params, query: spec.query, body: spec.body, upload: spec.upload?.type, status: spec.status });
    this.router[method](path, ...(spec.middleware ?? []), ...uploadParsers(spec.upload), async (req: Request, res: Response) => {
      // The route as registered (ids not filled in): what the metrics count by, even when it ends in an error.
      res.locals.route = `${req.baseUrl}${path}`;
      const actor = req.actor ?? null;
      const locale = requestLocale(req);
      checkAccess(spec.access, actor);
      if (spec.access !== 'public') checkCsrf(req, actor);
      const params = spec.params ? parseInput(spec.params, req.params, locale) : (undefined as P);
      if (spec.scope) checkScope(spec.access, actor, await spec.scope(params, actor as ActorFor<A>));
      checkBodyType(req, spec.upload);
      const input: RouteInput<A, P, Q, B> = {
        actor: actor as ActorFor<A>,
        params,
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
      else if (result instanceof Reply) res.status(result.status).json(result.body);
      else res.status(spec.status ?? 200).json(result);
    });
    return this;
  }
}
