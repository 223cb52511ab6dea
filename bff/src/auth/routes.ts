import { loginSchema, preferencesSchema } from '@casmooc/domain';
import type { RequestHandler } from 'express';
import { ApiRouter } from '../http/api-router';
import type { AuthService } from './service';
import { SESSION_COOKIE, sessionTokenFrom } from './session-cookie';

export interface AuthRoutesOptions {
  secureCookies: boolean;
  loginLimiter: RequestHandler;
}

export function authRoutes(auth: AuthService, { secureCookies, loginLimiter }: AuthRoutesOptions): ApiRouter {
  const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, secure: secureCookies, path: '/' };
  return new ApiRouter()
    .post('/auth/login', {
      access: 'public',
      middleware: [loginLimiter],
      body: loginSchema,
      async handle({ body, res }) {
        const { token, actor, maxAgeMs } = await auth.login(body.username, body.password);
        res.cookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: maxAgeMs });
        return auth.me(actor);
      },
    })
    .post('/auth/logout', {
      access: 'signed-in',
      async handle({ req, res }) {
        await auth.logout(sessionTokenFrom(req.headers.cookie));
        res.clearCookie(SESSION_COOKIE, cookieOptions);
      },
    })
    .get('/me', {
      access: 'signed-in',
      handle: ({ actor }) => auth.me(actor),
    })
    .put('/me/preferences', {
      access: 'signed-in',
      body: preferencesSchema,
      handle: async ({ actor, body }) => auth.me(await auth.setLocale(actor, body.locale)),
    });
}
