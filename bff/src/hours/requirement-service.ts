import type { Knex } from 'knex';
import {
  DEFAULT_HOURS_REQUIREMENT,
  holdersWithin,
  managersOf,
  requiredProfessionalHours,
  requirementInForce,
  ROLES,
  type HoursRequirement,
  type HoursRequirementInput,
  type RequirementAtOrgDto,
  type RequirementInForceDto,
} from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import type { EventLog } from '../events/event-log';
import { conflict, notFound } from '../http/api-error';
import type { OrgRepository } from '../orgs/repository';
import type { RequirementRepository, StoredRequirement } from './requirement-repository';

export interface RequirementDeps {
  requirements: RequirementRepository;
  orgs: OrgRepository;
  eventLog: EventLog;
}

/** The requirement in force at an org path, as the API shows it with every figure. */
export function inForce(orgPath: string, overrides: readonly StoredRequirement[]): RequirementInForceDto {
  const found = requirementInForce(orgPath, overrides);
  const requirement = found ?? DEFAULT_HOURS_REQUIREMENT;
  return {
    annualHours: requirement.annualHours,
    professionalShare: requirement.professionalShare,
    requiredProfessionalHours: requiredProfessionalHours(requirement),
    orgId: found?.orgId ?? null,
    orgName: found?.orgName ?? null,
  };
}

/** The yearly requirement of continuing education (SPEC §3a): the Academy's, and the orgs' overrides for their subtrees. */
export class RequirementService {
  constructor(private readonly deps: RequirementDeps) {}

  /** The requirement set at an org (its own, or the one it follows), for its admins' form. */
  async requirementAt(orgId: number): Promise<RequirementAtOrgDto> {
    const org = await this.deps.orgs.findById(orgId);
    if (!org) throw notFound();
    const [overrides, version] = await Promise.all([this.deps.requirements.all(), this.deps.requirements.versionAt(orgId)]);
    return { ...inForce(org.path, overrides), own: overrides.some((r) => r.orgId === orgId), version };
  }

  /**
   * SPEC §3a: an admin sets the requirement for their org's subtree (the
   * academy admin the Academy's, an institute's admin its override), or
   * withdraws it (the subtree then follows the one above). The version
   * read must still be current; everyone the change concerns is told.
   */
  async setRequirement(actor: Actor, orgId: number, input: HoursRequirementInput): Promise<RequirementAtOrgDto> {
    return this.changeRequirement(actor, orgId, input.version, input, (trx) => this.deps.requirements.save(trx, orgId, input, input.version, actor.id));
  }

  async withdrawRequirement(actor: Actor, orgId: number, version: number): Promise<RequirementAtOrgDto> {
    return this.changeRequirement(actor, orgId, version, null, async (trx, inForce) => {
      if (!inForce) throw notFound();
      await this.deps.requirements.withdraw(trx, orgId, version, actor.id);
    });
  }

  private async changeRequirement(actor: Actor, orgId: number, version: number, requirement: HoursRequirement | null, apply: (trx: Knex.Transaction, inForce: boolean) => Promise<void>): Promise<RequirementAtOrgDto> {
    const org = await this.deps.orgs.findById(orgId);
    if (!org) throw notFound();
    await this.deps.eventLog.transact(async (trx, record) => {
      const current = await this.deps.requirements.versionOf(trx, orgId);
      if (current.version !== version) throw conflict();
      await apply(trx, current.inForce);
      record({
        type: 'hours.requirement-changed',
        orgPath: org.path,
        subject: `org:${orgId}`,
        payload: { orgId, orgName: org.name, requirement: requirement && { annualHours: requirement.annualHours, professionalShare: requirement.professionalShare } },
        actorId: actor.id,
        audience: [managersOf(org.path), holdersWithin(org.path, ROLES)],
      });
    });
    return this.requirementAt(orgId);
  }
}
