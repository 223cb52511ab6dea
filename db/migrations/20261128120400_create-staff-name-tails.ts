import type { Knex } from 'knex';
import { writeNameTails } from '../src/name-tails';

/**
 * "Any part of a Chinese name" as an index range instead of a scan of
 * every name (MariaDB has no CJK full-text parser): each name's tails
 * after its first character, one row each (see nameTails in libs/domain).
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable('staff_name_tails')) return;
  await knex.schema.createTable('staff_name_tails', (t) => {
    t.integer('staff_id').unsigned().notNullable().references('id').inTable('staff').onDelete('CASCADE');
    t.string('tail', 50).notNullable();
    t.primary(['tail', 'staff_id']);
  });
  await writeNameTails(knex, await knex('staff').select('id', 'name'));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('staff_name_tails');
}
