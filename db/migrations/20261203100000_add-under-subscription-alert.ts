import type { Knex } from 'knex';

/**
 * T-4: the closing time (registration_to) for which a class's managers
 * were last told that seats are still free as registration closes; a
 * closing time moved later arms the alert again. Null until one is sent.
 */
export async function up(knex: Knex): Promise<void> {
  if (await knex.schema.hasColumn('training_classes', 'under_subscribed_for')) return;
  await knex.schema.alterTable('training_classes', (t) => {
    t.string('under_subscribed_for', 16).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  if (!(await knex.schema.hasColumn('training_classes', 'under_subscribed_for'))) return;
  await knex.schema.alterTable('training_classes', (t) => t.dropColumn('under_subscribed_for'));
}
