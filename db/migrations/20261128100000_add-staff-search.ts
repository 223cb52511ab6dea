import type { Knex } from 'knex';
import { namePinyin } from '@casmooc/domain';

/**
 * Pinyin of each name (`zhangsan`, `zs`), kept beside the name so that a
 * prefix search stays on an index at academy scale; and indexes for the
 * other keys people search and import by.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasColumn('staff', 'name_pinyin')) return;
  await knex.schema.alterTable('staff', (t) => {
    t.string('name_pinyin', 96).notNullable().defaultTo('');
    t.string('name_initials', 24).notNullable().defaultTo('');
    t.index(['name_pinyin']);
    t.index(['name_initials']);
    t.index(['phone']);
    t.index(['email']);
  });
  const staff: { id: number; name: string }[] = await knex('staff').select('id', 'name');
  for (const { id, name } of staff) {
    const { full, initials } = namePinyin(name);
    await knex('staff').where({ id }).update({ name_pinyin: full, name_initials: initials });
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('staff', (t) => {
    t.dropIndex(['name_pinyin']);
    t.dropIndex(['name_initials']);
    t.dropIndex(['phone']);
    t.dropIndex(['email']);
    t.dropColumn('name_pinyin');
    t.dropColumn('name_initials');
  });
}
