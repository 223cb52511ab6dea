import { attachmentType, managersOf, MAX_ATTACHMENTS, users, type AttachmentDto } from '@casmooc/domain';
import type { Actor } from '../auth/actor';
import { ApiError, notFound, refused } from '../http/api-error';
import type { EventLog } from '../events/event-log';
import type { AttachmentRepository } from './attachment-repository';
import type { StoredPlan } from './repository';
import type { PlansService } from './service';

/**
 * A plan's attachments (P-9): anyone who can see the plan lists and
 * downloads them; adding or removing one is editing the plan, so the
 * plan's edit rule decides (P-4, P-5). Types are read from the bytes.
 */
export class PlanAttachments {
  constructor(
    private readonly plans: PlansService,
    private readonly attachments: AttachmentRepository,
    private readonly eventLog: EventLog,
  ) {}

  /** The plan if the actor may edit it (404 outside their subtree, 409 with the rule when editing is refused). */
  private async editable(actor: Actor, planId: number) {
    const { plan, actions } = await this.plans.withActions(actor, planId);
    if (!actions.edit.allowed) throw refused(actions.edit);
    return plan;
  }

  /** Attachments are part of the plan: their events go to the plan's audience. */
  private event(type: string, plan: StoredPlan, actor: Actor, extra: object = {}) {
    return { type, orgPath: plan.orgPath, subject: `plan:${plan.id}`, payload: { id: plan.id, name: plan.name, ...extra }, actorId: actor.id, audience: [managersOf(plan.orgPath), ...users(plan.creatorId)] };
  }

  async list(actor: Actor, planId: number): Promise<AttachmentDto[]> {
    await this.plans.withActions(actor, planId);
    return this.attachments.list(planId);
  }

  async add(actor: Actor, planId: number, name: string, content: Buffer): Promise<AttachmentDto> {
    const plan = await this.editable(actor, planId);
    const type = attachmentType(content, name);
    if (!type) throw new ApiError(400, 'ATTACHMENT_TYPE');
    const id = await this.eventLog.transact(async (trx, record) => {
      // Counted behind the plan's lock, so concurrent uploads cannot pass the limit together.
      if ((await this.attachments.countLocked(trx, planId)) >= MAX_ATTACHMENTS) throw new ApiError(409, 'ATTACHMENT_LIMIT');
      const id = await this.attachments.insert(trx, { planId, name, mime: type.mime, content, uploadedBy: actor.id });
      record(this.event('plan.attachment-added', plan, actor, { file: name }));
      return id;
    });
    return (await this.attachments.list(planId)).find((a) => a.id === id)!;
  }

  async download(actor: Actor, planId: number, id: number) {
    await this.plans.withActions(actor, planId);
    const found = await this.attachments.find(planId, id);
    if (!found) throw notFound();
    return found;
  }

  async remove(actor: Actor, planId: number, id: number): Promise<void> {
    const plan = await this.editable(actor, planId);
    await this.eventLog.transact(async (trx, record) => {
      if (!(await this.attachments.remove(trx, planId, id))) throw notFound();
      record(this.event('plan.attachment-removed', plan, actor));
    });
  }
}
