import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import checksums from './migration-checksums.json';
import { MIGRATION_NAMES } from './migrate';

const DIR = path.join(__dirname, '../migrations');
const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
const sourceOf = (name: string) => readFileSync(path.join(DIR, `${name}.ts`), 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Merged before the rule; frozen as they are (editing them now would break the first rule). */
const IMPORTS_LIVE_CODE = new Set(['20261128100000_add-staff-search', '20261128120400_create-staff-name-tails']);

describe('migrations once merged', () => {
  it('every file is run, in the order of its name, and none is missing', () => {
    expect([...MIGRATION_NAMES]).toEqual(files.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it('are never edited: each matches the checksum recorded when it was added', () => {
    const recorded = checksums as Record<string, string>;
    const unrecorded = MIGRATION_NAMES.filter((name) => !recorded[name]).map((name) => `"${name}": "${sha256(sourceOf(name))}" (add it to migration-checksums.json with the migration)`);
    expect(unrecorded).toEqual([]);
    const changed = MIGRATION_NAMES.filter((name) => recorded[name] !== sha256(sourceOf(name)));
    expect(changed).toEqual([]);
  });

  it('import nothing but knex’s types: live code changes, a migration must not', () => {
    const imports = MIGRATION_NAMES.filter((name) => !IMPORTS_LIVE_CODE.has(name)).flatMap((name) =>
      [...sourceOf(name).matchAll(/^import\s.*from\s+'([^']+)'/gm)].filter((m) => !/^import type \{ Knex \} from 'knex'$/.test(m[0].trim())).map((m) => `${name}: ${m[0]}`),
    );
    expect(imports).toEqual([]);
  });
});
