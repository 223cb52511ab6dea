import bcrypt from 'bcryptjs';
import { DEMO_ACCOUNTS, MIGRATION_NAMES, migrateLatest, migrateUpTo } from '@casmooc/db';
import { createTestDatabase, testDialects } from '@casmooc/db/testing';
import { prepareDatabase, StartupRefused } from './startup';

describe.each(testDialects())('starting a BFF on %s', (dialect) => {
  it('outside demo mode an empty database gets no demo data; in demo mode it does, once', async () => {
    const t = await createTestDatabase(dialect, { seed: false });
    try {
      expect(await prepareDatabase(t.db, { migrate: true, demo: false, production: false })).toEqual({ migrated: [], seeded: false });
      expect(Number((await t.db('users').count({ n: '*' }).first())!.n)).toBe(0);
      // The remotes are registered all the same: the portal works without demo data.
      expect(Number((await t.db('mf_registry').count({ n: '*' }).first())!.n)).toBeGreaterThan(0);
      expect((await prepareDatabase(t.db, { migrate: true, demo: true, production: false })).seeded).toBe(true);
      expect((await prepareDatabase(t.db, { migrate: true, demo: true, production: false })).seeded).toBe(false);
    } finally {
      await t.drop();
    }
  });

  it('a production start is refused while a demo account keeps the demo password, naming it; changed, it starts', async () => {
    const t = await createTestDatabase(dialect);
    try {
      const refusal = await prepareDatabase(t.db, { migrate: true, demo: false, production: true }).catch((e: Error) => e);
      expect(refusal).toBeInstanceOf(StartupRefused);
      expect((refusal as Error).message).toContain(`${DEMO_ACCOUNTS[0].username}, `);
      expect((refusal as Error).message).toContain('still have the demo password');

      const changed = await bcrypt.hash('An0ther-Secret-Phrase', 4);
      await t.db('users').whereIn('username', DEMO_ACCOUNTS.slice(1).map((a) => a.username)).update({ password_hash: changed });
      expect(((await prepareDatabase(t.db, { migrate: true, demo: false, production: true }).catch((e: Error) => e)) as Error).message).toContain(`account(s) ${DEMO_ACCOUNTS[0].username} still`);
      await t.db('users').where({ username: DEMO_ACCOUNTS[0].username }).update({ password_hash: changed });
      await expect(prepareDatabase(t.db, { migrate: true, demo: false, production: true })).resolves.toMatchObject({ seeded: false });
    } finally {
      await t.drop();
    }
  });

  it('an instance that does not migrate refuses a database behind the code, naming the first migration missing; an up-to-date one starts', async () => {
    const t = await createTestDatabase(dialect, { migrate: false });
    try {
      await migrateUpTo(t.db, MIGRATION_NAMES[MIGRATION_NAMES.length - 2]);
      const refusal = await prepareDatabase(t.db, { migrate: false, demo: false, production: false }).catch((e: Error) => e);
      expect(refusal).toBeInstanceOf(StartupRefused);
      expect((refusal as Error).message).toBe(`Refusing to start: the database is 1 migration(s) behind (first: ${MIGRATION_NAMES.at(-1)}). Run \`npm run migrate\` first, or set MIGRATE_ON_START=true.`);
      await migrateLatest(t.db);
      await expect(prepareDatabase(t.db, { migrate: false, demo: false, production: false })).resolves.toEqual({ migrated: [], seeded: false });
    } finally {
      await t.drop();
    }
  });
});
