import type { Knex } from 'knex';
import { lockRow, type Db } from '@casmooc/db';
import type { HoursRequirement } from '@casmooc/domain';

/** An org's own setting of the yearly requirement (SPEC §3a), with where it sits in the tree. */
export interface StoredRequirement extends HoursRequirement {
  orgId: number;
  orgPath: string;
  orgName: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- row mapping of one table */
const toRequirement = (r: any): StoredRequirement => ({
  orgId: r.org_id,
  orgPath: r.path,
  orgName: r.name,
  annualHours: Number(r.annual_hours),
  professionalShare: Number(r.professional_share),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The requirements orgs set for their subtrees: few rows (the Academy's, and each override). */
export class RequirementRepository {
  constructor(private readonly db: Db) {}

  async all(conn: Db | Knex.Transaction = this.db): Promise<StoredRequirement[]> {
    const rows = await conn('hours_requirements as r').join('orgs as o', 'o.id', 'r.org_id').where('r.in_force', true).select('r.*', 'o.path', 'o.name');
    return rows.map(toRequirement);
  }

  /** The version of an org's row, in force or withdrawn (0: it never had one): what a change must send back. */
  async versionAt(orgId: number): Promise<number> {
    const row = await this.db('hours_requirements').where({ org_id: orgId }).first('version');
    return row ? Number(row.version) : 0;
  }

  /**
   * The version of an org's row, in force or withdrawn (0: it never had
   * one), behind the org's row lock (a missing row cannot be locked, and
   * two first settings at once must go one after the other).
   */
  async versionOf(trx: Knex.Transaction, orgId: number): Promise<{ version: number; inForce: boolean }> {
    await lockRow(trx, 'orgs', orgId);
    const row = await trx('hours_requirements').where({ org_id: orgId }).first('version', 'in_force');
    return row ? { version: Number(row.version), inForce: Boolean(row.in_force) } : { version: 0, inForce: false };
  }

  /** Puts an org's requirement in force, its version moving on from `version` (read under the lock). */
  async save(trx: Knex.Transaction, orgId: number, requirement: HoursRequirement, version: number, updatedBy: number): Promise<void> {
    const values = { annual_hours: requirement.annualHours, professional_share: requirement.professionalShare, in_force: true, version: version + 1, updated_by: updatedBy, updated_at: new Date() };
    if (version === 0) await trx('hours_requirements').insert({ org_id: orgId, ...values });
    else await trx('hours_requirements').where({ org_id: orgId, version }).update(values);
  }

  /** Withdraws an org's own requirement (its subtree then follows the one above); its version moves on too. */
  async withdraw(trx: Knex.Transaction, orgId: number, version: number, updatedBy: number): Promise<void> {
    await trx('hours_requirements').where({ org_id: orgId, version }).update({ in_force: false, version: version + 1, updated_by: updatedBy, updated_at: new Date() });
  }
}
