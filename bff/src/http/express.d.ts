import type { Actor } from '../auth/actor';

declare global {
  namespace Express {
    interface Request {
      /** Set by the session middleware when the request carries a valid session. */
      actor?: Actor | null;
    }
  }
}

export {};
