import { dialectOf, type Db } from '@casmooc/db';
import { ApiRouter } from '../http/api-router';

export function healthRoutes(db: Db, version: string): ApiRouter {
  return new ApiRouter().get('/health', {
    access: 'public',
    async handle({ res }) {
      const dialect = dialectOf(db);
      try {
        await db.raw('select 1');
        return { status: 'ok', db: dialect, version };
      } catch {
        res.status(503);
        return { status: 'error', db: dialect, version };
      }
    },
  });
}
