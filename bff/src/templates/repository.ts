import type { Knex } from 'knex';
import { containsPattern, insertReturningId, startsWith, toIso, type Conn, type Db } from '@casmooc/db';
import { pathsDownTo, type RoleGrant, type TemplateInput, type TemplateShareDto } from '@casmooc/domain';

/** A template as stored: its fields, whose it is, and whom it is shared with. */
export interface StoredTemplate extends TemplateInput {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  creatorId: number;
  creatorName: string;
  version: number;
  updatedAt: string;
  shares: TemplateShareDto[];
}

/** Whose templates a list shows: those of the orgs the viewer manages, and those shared with an org where they manage. */
export interface TemplateViewer {
  /** The subtrees the viewer's managing roles reach: owner side. */
  scopePaths: readonly string[];
  /** The viewer's managing grants: a share with one of their orgs or one above it reaches them. */
  grants: readonly RoleGrant[];
}

/* eslint-disable @typescript-eslint/no-explicit-any -- row mapping of one table */
const toTemplate = (r: any, shares: TemplateShareDto[] = []): StoredTemplate => ({
  id: r.id,
  orgId: r.org_id,
  orgName: r.org_name,
  orgPath: r.org_path,
  creatorId: r.creator_id,
  creatorName: r.creator_name,
  name: r.name,
  kind: r.kind,
  category: r.category,
  quarter: r.quarter ?? null,
  hours: r.hours === null ? null : Number(r.hours),
  days: r.days ?? null,
  headcount: r.headcount ?? null,
  budget: r.budget === null ? null : Number(r.budget),
  organiser: r.organiser,
  location: r.location,
  address: r.address,
  contactName: r.contact_name,
  contactPhone: r.contact_phone,
  materials: r.materials,
  version: r.version,
  updatedAt: toIso(r.updated_at)!,
  shares,
});
/* eslint-enable @typescript-eslint/no-explicit-any */

const inputColumns = (t: TemplateInput) => ({
  name: t.name,
  kind: t.kind,
  category: t.category,
  quarter: t.quarter,
  hours: t.hours,
  days: t.days,
  headcount: t.headcount,
  budget: t.budget,
  organiser: t.organiser,
  location: t.location,
  address: t.address,
  contact_name: t.contactName,
  contact_phone: t.contactPhone,
  materials: t.materials,
});

/** 计划模板 and their shares (M-1, M-2). */
export class TemplateRepository {
  constructor(private readonly db: Db) {}

  private templates(conn: Conn = this.db) {
    return conn('plan_templates as t')
      .join('orgs as o', 'o.id', 't.org_id')
      .join('users as u', 'u.id', 't.creator_id')
      .select('t.*', 'o.name as org_name', 'o.path as org_path', 'u.display_name as creator_name');
  }

  private async withShares(rows: unknown[]): Promise<StoredTemplate[]> {
    const ids = rows.map((r) => (r as { id: number }).id);
    const shares: Array<{ template_id: number; org_id: number; org_name: string }> = ids.length
      ? await this.db('plan_template_shares as s').join('orgs as o', 'o.id', 's.org_id').whereIn('s.template_id', ids).orderBy('o.path').select('s.template_id', 's.org_id', 'o.name as org_name')
      : [];
    return rows.map((r) => {
      const id = (r as { id: number }).id;
      return toTemplate(r, shares.filter((s) => s.template_id === id).map((s) => ({ orgId: s.org_id, orgName: s.org_name })));
    });
  }

  async findById(id: number): Promise<StoredTemplate | null> {
    const row = await this.templates().where('t.id', id).first();
    return row ? (await this.withShares([row]))[0] : null;
  }

  /** The orgs a template is shared with, as paths: who besides its owners may read it. */
  async sharePaths(id: number): Promise<string[]> {
    return this.db('plan_template_shares as s').join('orgs as o', 'o.id', 's.org_id').where('s.template_id', id).pluck('o.path');
  }

  /** M-1, M-2: the templates a viewer sees, their own org's and those shared with them, by name; newest first. */
  async list(viewer: TemplateViewer, name: string | undefined, page: number, pageSize: number): Promise<{ items: StoredTemplate[]; total: number }> {
    if (viewer.scopePaths.length === 0 && viewer.grants.length === 0) return { items: [], total: 0 };
    const sharedWith = [...new Set(viewer.grants.flatMap((g) => pathsDownTo(g.orgPath)))];
    const where = (q: Knex.QueryBuilder) => {
      q.where((visible) => {
        viewer.scopePaths.forEach((path) => visible.orWhere((p) => startsWith(p, 'o.path', path)));
        if (sharedWith.length) {
          visible.orWhereExists((s) => s.from('plan_template_shares as s').join('orgs as so', 'so.id', 's.org_id').whereRaw('s.template_id = t.id').whereIn('so.path', sharedWith));
        }
      });
      if (name) q.where('t.name', 'like', containsPattern(name));
      return q;
    };
    const [rows, [{ total }]] = await Promise.all([
      where(this.templates()).orderBy([{ column: 't.updated_at', order: 'desc' }, { column: 't.id', order: 'desc' }]).limit(pageSize).offset((page - 1) * pageSize),
      where(this.db('plan_templates as t').join('orgs as o', 'o.id', 't.org_id')).count({ total: '*' }),
    ]);
    return { items: await this.withShares(rows), total: Number(total) };
  }

  async insert(trx: Knex.Transaction, orgId: number, creatorId: number, input: TemplateInput): Promise<number> {
    const now = new Date();
    return insertReturningId(trx, 'plan_templates', { ...inputColumns(input), org_id: orgId, creator_id: creatorId, created_at: now, updated_at: now });
  }

  /** Writes a change only if the template is still at `version`; false: someone changed it first. */
  async update(trx: Knex.Transaction, id: number, version: number, input: TemplateInput): Promise<boolean> {
    return (await trx('plan_templates').where({ id, version }).update({ ...inputColumns(input), version: version + 1, updated_at: new Date() })) === 1;
  }

  async remove(trx: Knex.Transaction, id: number, version: number): Promise<boolean> {
    return (await trx('plan_templates').where({ id, version }).delete()) === 1;
  }

  /** Replaces whom a template is shared with; its version moves on. */
  async share(trx: Knex.Transaction, id: number, version: number, orgIds: readonly number[]): Promise<boolean> {
    if ((await trx('plan_templates').where({ id, version }).update({ version: version + 1, updated_at: new Date() })) !== 1) return false;
    await trx('plan_template_shares').where({ template_id: id }).delete();
    if (orgIds.length) await trx('plan_template_shares').insert(orgIds.map((orgId) => ({ template_id: id, org_id: orgId })));
    return true;
  }
}
