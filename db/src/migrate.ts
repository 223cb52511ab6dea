import type { Knex } from 'knex';
import * as createOrgs from '../migrations/20261128090000_create-orgs';
import * as createStaff from '../migrations/20261128090100_create-staff';
import * as createUsers from '../migrations/20261128090200_create-users';
import * as createSessions from '../migrations/20261128090300_create-sessions';
import * as createEvents from '../migrations/20261128090400_create-events';
import * as createMfRegistry from '../migrations/20261128090500_create-mf-registry';
import * as addStaffSearch from '../migrations/20261128100000_add-staff-search';
import * as createAddressBook from '../migrations/20261128100100_create-address-book';
import * as createPlans from '../migrations/20261128110000_create-plans';
import * as createApprovals from '../migrations/20261128110100_create-approvals';
import * as createSettings from '../migrations/20261128110200_create-settings';
import * as createApprovalDecisions from '../migrations/20261128120000_create-approval-decisions';
import * as addFundingRank from '../migrations/20261128120100_add-funding-rank';
import * as addPlanListIndexes from '../migrations/20261128120200_add-plan-list-indexes';
import * as createPlanAttachments from '../migrations/20261128120300_create-plan-attachments';
import * as createStaffNameTails from '../migrations/20261128120400_create-staff-name-tails';
import * as createTrainingClasses from '../migrations/20261128130000_create-training-classes';
import * as createEventAudiences from '../migrations/20261201090000_create-event-audiences';
import * as addClassDetails from '../migrations/20261201100000_add-class-details';
import * as createPlanTemplates from '../migrations/20261201110000_create-plan-templates';
import * as createClassRegistrations from '../migrations/20261202090000_create-class-registrations';
import * as createCalendarFeeds from '../migrations/20261202100000_create-calendar-feeds';
import * as createClassNotices from '../migrations/20261202110000_create-class-notices';
import * as addAcademyFundingRank from '../migrations/20261202120000_add-academy-funding-rank';
import * as createNoticeAttachments from '../migrations/20261203090000_create-notice-attachments';
import * as addUnderSubscriptionAlert from '../migrations/20261203100000_add-under-subscription-alert';
import * as createHoursLedger from '../migrations/20261204090000_create-hours-ledger';
import * as addClassSpending from '../migrations/20261204100000_add-class-spending';
import * as createCertificates from '../migrations/20261204110000_create-certificates';
import * as createHoursEvidence from '../migrations/20261204120000_create-hours-evidence';
import * as addPlanNameIndex from '../migrations/20261204130000_add-plan-name-index';
import type { Db } from './connection';

/**
 * Migrations are listed here rather than discovered on disk, so the same
 * list runs under tsx, jest and a bundled build without a TS loader.
 * Append new ones; never edit or reorder a merged one.
 */
const MIGRATIONS: ReadonlyArray<readonly [string, Knex.Migration]> = [
  ['20261128090000_create-orgs', createOrgs],
  ['20261128090100_create-staff', createStaff],
  ['20261128090200_create-users', createUsers],
  ['20261128090300_create-sessions', createSessions],
  ['20261128090400_create-events', createEvents],
  ['20261128090500_create-mf-registry', createMfRegistry],
  ['20261128100000_add-staff-search', addStaffSearch],
  ['20261128100100_create-address-book', createAddressBook],
  ['20261128110000_create-plans', createPlans],
  ['20261128110100_create-approvals', createApprovals],
  ['20261128110200_create-settings', createSettings],
  ['20261128120000_create-approval-decisions', createApprovalDecisions],
  ['20261128120100_add-funding-rank', addFundingRank],
  ['20261128120200_add-plan-list-indexes', addPlanListIndexes],
  ['20261128120300_create-plan-attachments', createPlanAttachments],
  ['20261128120400_create-staff-name-tails', createStaffNameTails],
  ['20261128130000_create-training-classes', createTrainingClasses],
  ['20261201090000_create-event-audiences', createEventAudiences],
  ['20261201100000_add-class-details', addClassDetails],
  ['20261201110000_create-plan-templates', createPlanTemplates],
  ['20261202090000_create-class-registrations', createClassRegistrations],
  ['20261202100000_create-calendar-feeds', createCalendarFeeds],
  ['20261202110000_create-class-notices', createClassNotices],
  ['20261202120000_add-academy-funding-rank', addAcademyFundingRank],
  ['20261203090000_create-notice-attachments', createNoticeAttachments],
  ['20261203100000_add-under-subscription-alert', addUnderSubscriptionAlert],
  ['20261204090000_create-hours-ledger', createHoursLedger],
  ['20261204100000_add-class-spending', addClassSpending],
  ['20261204110000_create-certificates', createCertificates],
  ['20261204120000_create-hours-evidence', createHoursEvidence],
  ['20261204130000_add-plan-name-index', addPlanNameIndex],
];

/** The migrations in the order they run, by name. */
export const MIGRATION_NAMES: readonly string[] = MIGRATIONS.map(([name]) => name);

const migrationSource: Knex.MigrationSource<string> = {
  getMigrations: async () => [...MIGRATION_NAMES],
  getMigrationName: (name) => name,
  getMigration: async (name) => {
    const found = MIGRATIONS.find(([n]) => n === name);
    if (!found) throw new Error(`Unknown migration ${name}`);
    return found[1];
  },
};

/** Runs the migrations up to and including `name` (to test a later one against data written before it); returns those it ran. */
export async function migrateUpTo(db: Db, name: string): Promise<string[]> {
  if (!MIGRATION_NAMES.includes(name)) throw new Error(`Unknown migration ${name}`);
  const ran: string[] = [];
  while (!(await db.migrate.list({ migrationSource }))[0].some((done: string | { name: string }) => (typeof done === 'string' ? done : done.name) === name)) {
    const [, step] = (await db.migrate.up({ migrationSource })) as [number, string[]];
    if (!step.length) break;
    ran.push(...step);
  }
  return ran;
}

/** The migrations the database has not run yet, in order. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const [, pending] = (await db.migrate.list({ migrationSource })) as [unknown[], Array<string | { file: string; name?: string }>];
  return pending.map((m) => (typeof m === 'string' ? m : (m.name ?? m.file)));
}

/** Brings the schema up to date; returns the names of the migrations it ran. */
export async function migrateLatest(db: Db): Promise<string[]> {
  const [, ran] = (await db.migrate.latest({ migrationSource })) as [number, string[]];
  return ran;
}
