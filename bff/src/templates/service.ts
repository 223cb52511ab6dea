import {
  holdersWithin,
  localiseDecision,
  MANAGER_ROLES,
  managersOf,
  quarterOfMonth,
  reachedByShare,
  shareTargetsAllowed,
  templateEditable,
  users,
  type Decision,
  type Locale,
  type PlanDto,
  type TemplateDto,
  type TemplateEventType,
  type TemplateInput,
  type TemplatePage,
} from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import type { EventLog, RecordEvent } from '../events/event-log';
import { ApiError, conflict, notFound, refused } from '../http/api-error';
import type { OrgRepository } from '../orgs/repository';
import { sanitizeMaterials } from '../plans/materials';
import type { StoredTemplate, TemplateRepository } from './repository';

export interface TemplatesDeps {
  templates: TemplateRepository;
  orgs: OrgRepository;
  eventLog: EventLog;
}

const UNKNOWN_ORG: Record<Locale, string> = { 'zh-CN': '机构不存在或不在您的管理范围内', 'en-US': 'The organisation does not exist or is outside yours' };

const must = (decision: Decision) => {
  if (!decision.allowed) throw refused(decision);
};

/**
 * 计划模板 (SPEC §5, M-1, M-2): managers of an org and those above it keep
 * its templates; an org it is shared with (and the orgs below it) reads and
 * uses them, never changes them; nobody outside the owner's subtree sees one.
 */
export class TemplatesService {
  constructor(private readonly deps: TemplatesDeps) {}

  /** The routes' scope: the owner org, and the orgs a template is shared with. */
  async ownerOf(id: number): Promise<{ orgPath: string; sharedWith: string[] } | null> {
    const found = await this.deps.templates.findById(id);
    return found && { orgPath: found.orgPath, sharedWith: await this.deps.templates.sharePaths(id) };
  }

  private owns(actor: Actor, t: StoredTemplate): boolean {
    return actor.reaches(t.orgPath, MANAGER_ROLES);
  }

  private view(actor: Actor, t: StoredTemplate, locale: Locale): TemplateDto {
    const owned = this.owns(actor, t);
    const editable = localiseDecision(templateEditable(owned, t.orgName), locale);
    const { orgPath: _orgPath, creatorId: _creatorId, ...fields } = t;
    return { ...fields, sharedBy: owned ? null : t.orgName, actions: { edit: editable, delete: editable, share: editable } };
  }

  /** A template the actor sees (their org's, or shared with them), or 404. */
  private async visible(actor: Actor, id: number): Promise<StoredTemplate> {
    const found = await this.deps.templates.findById(id);
    if (!found) throw notFound();
    if (!this.owns(actor, found) && !reachedByShare(actor.grants, await this.deps.templates.sharePaths(id), MANAGER_ROLES)) throw notFound();
    return found;
  }

  /** A template the actor may change: their own org's (M-2: a shared one is read-only, 409 with the reason). */
  private async editable(actor: Actor, id: number): Promise<StoredTemplate> {
    const found = await this.visible(actor, id);
    must(templateEditable(this.owns(actor, found), found.orgName));
    return found;
  }

  async list(actor: Actor, name: string | undefined, page: number, pageSize: number, locale: Locale): Promise<TemplatePage> {
    const grants = actor.grants.filter((g) => MANAGER_ROLES.includes(g.role));
    const { items, total } = await this.deps.templates.list({ scopePaths: actor.scopePaths(MANAGER_ROLES), grants }, name, page, pageSize);
    return { items: items.map((t) => this.view(actor, t, locale)), total, page, pageSize };
  }

  async get(actor: Actor, id: number, locale: Locale): Promise<TemplateDto> {
    return this.view(actor, await this.visible(actor, id), locale);
  }

  /** The template's fields as stored, for a plan made from it (M-3, M-4); 404 when the actor does not see it. */
  async fields(actor: Actor, id: number): Promise<TemplateInput> {
    return this.visible(actor, id);
  }

  /** A template's event: for the managers of its org and above, those of the orgs it is shared with, and its creator. */
  private record(record: RecordEvent, type: TemplateEventType, t: { id: number; name: string; orgPath: string; creatorId: number }, actor: Actor, sharePaths: readonly string[], extra: object = {}) {
    record({
      type,
      orgPath: t.orgPath,
      subject: `template:${t.id}`,
      payload: { id: t.id, name: t.name, ...extra },
      actorId: actor.id,
      audience: [managersOf(t.orgPath), ...sharePaths.map((path) => holdersWithin(path, MANAGER_ROLES)), ...users(t.creatorId)],
    });
  }

  private async ownOrg(actor: Actor, orgId: number, locale: Locale) {
    const org = await this.deps.orgs.findById(orgId);
    if (!org || !actor.reaches(org.path, MANAGER_ROLES)) throw new ApiError(400, 'VALIDATION_FAILED', { orgId: UNKNOWN_ORG[locale] });
    return org;
  }

  async create(actor: Actor, orgId: number, input: TemplateInput, locale: Locale): Promise<TemplateDto> {
    const org = await this.ownOrg(actor, orgId, locale);
    const clean = { ...input, materials: sanitizeMaterials(input.materials) };
    const id = await this.deps.eventLog.transact(async (trx, record) => {
      const id = await this.deps.templates.insert(trx, org.id, actor.id, clean);
      this.record(record, 'template.created', { id, name: clean.name, orgPath: org.path, creatorId: actor.id }, actor, []);
      return id;
    });
    return this.get(actor, id, locale);
  }

  async update(actor: Actor, id: number, version: number, input: TemplateInput, locale: Locale): Promise<TemplateDto> {
    const found = await this.editable(actor, id);
    const clean = { ...input, materials: sanitizeMaterials(input.materials) };
    const shares = await this.deps.templates.sharePaths(id);
    await this.deps.eventLog.transact(async (trx, record) => {
      if (!(await this.deps.templates.update(trx, id, version, clean))) throw conflict();
      this.record(record, 'template.updated', { ...found, name: clean.name }, actor, shares);
    });
    return this.get(actor, id, locale);
  }

  /** 删除 and 批量删除: all of them or none (every one the actor's own, each at the version they saw). */
  async remove(actor: Actor, items: ReadonlyArray<{ id: number; version: number }>): Promise<{ deleted: number }> {
    const found = await Promise.all(items.map(({ id }) => this.editable(actor, id)));
    const shares = await Promise.all(items.map(({ id }) => this.deps.templates.sharePaths(id)));
    await this.deps.eventLog.transact(async (trx, record) => {
      for (const [i, { id, version }] of items.entries()) {
        if (!(await this.deps.templates.remove(trx, id, version))) throw conflict();
        this.record(record, 'template.deleted', found[i], actor, shares[i]);
      }
    });
    return { deleted: items.length };
  }

  /** M-2 共享: with orgs below the template's own, or its whole subtree (its own org); an empty list stops sharing. */
  async share(actor: Actor, id: number, version: number, orgIds: readonly number[], locale: Locale): Promise<TemplateDto> {
    const found = await this.editable(actor, id);
    const targets = await this.deps.orgs.byIds([...new Set(orgIds)]);
    if (targets.length < new Set(orgIds).size) throw new ApiError(400, 'VALIDATION_FAILED', { orgIds: UNKNOWN_ORG[locale] });
    const allowed = shareTargetsAllowed(found.orgPath, targets.map((o) => o.path));
    if (!allowed.allowed) throw new ApiError(400, 'VALIDATION_FAILED', { orgIds: allowed.reason[locale] }, undefined, allowed.rule);
    const before = await this.deps.templates.sharePaths(id);
    await this.deps.eventLog.transact(async (trx, record) => {
      if (!(await this.deps.templates.share(trx, id, version, targets.map((o) => o.id)))) throw conflict();
      // Told to those it is shared with now, and to those it no longer is (it leaves their lists).
      this.record(record, 'template.shared', found, actor, [...new Set([...before, ...targets.map((o) => o.path)])], { orgIds: targets.map((o) => o.id) });
    });
    return this.get(actor, id, locale);
  }

  /** M-3 生成计划模板: a plan saved as a template of its org, under a name of the user's. */
  async fromPlan(actor: Actor, plan: PlanDto, name: string, locale: Locale): Promise<TemplateDto> {
    const input: TemplateInput = {
      name,
      kind: plan.kind,
      category: plan.category,
      quarter: quarterOfMonth(plan.month),
      hours: plan.hours,
      days: plan.days,
      headcount: plan.headcount,
      budget: plan.budget,
      organiser: plan.organiser,
      location: plan.location,
      address: plan.address,
      contactName: plan.contactName,
      contactPhone: plan.contactPhone,
      materials: plan.materials,
    };
    return this.create(actor, plan.orgId, input, locale);
  }
}
