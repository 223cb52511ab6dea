import type { Knex } from 'knex';
import { academyYear, ADMIN_ROLES, approvalChain, PLAN_INPUT_FIELDS, planFundingLevel } from '@casmooc/domain';
import { insertReturningId } from '../src/connection';
import { insertClassFromPlan } from '../src/class-from-plan';
import { seedDemoHours } from './demo-hours';

interface DemoPlan {
  org: string;
  creator: string;
  name: string;
  planType: 'annual' | 'added';
  month: number;
  category: string;
  kind?: 'project' | 'other';
  state: 'draft' | 'pending' | 'published' | 'implemented' | 'revoked';
  funding?: boolean;
}

/** Plans in every state the list shows, for this year (added) and next year (annual). */
const PLANS: DemoPlan[] = [
  { org: '计算机网络信息中心', creator: 'cnic_admin', name: '保密知识培训', planType: 'added', month: 3, category: 'management_training', state: 'implemented' },
  { org: '计算机网络信息中心', creator: 'cnic_admin', name: '科技云平台运维技术系列讲座', planType: 'added', month: 9, category: 'lecture_series', state: 'published' },
  { org: '计算机网络信息中心', creator: 'cnic_admin', name: '网络安全攻防演练', planType: 'added', month: 11, category: 'technical_short_course', state: 'revoked' },
  { org: '计算机网络信息中心', creator: 'cnic_admin', name: '新入职职工上岗培训', planType: 'added', month: 12, category: 'induction', state: 'draft' },
  { org: '新媒体技术与应用发展部', creator: 'xmt_manager', name: '科学传播与新媒体写作研修班', planType: 'annual', month: 5, category: 'professional_seminar', state: 'pending', funding: true },
  { org: '新媒体技术与应用发展部', creator: 'xmt_manager', name: '融媒体产品设计专题研修', planType: 'annual', month: 9, category: 'professional_seminar', state: 'pending' },
  { org: '新媒体技术与应用发展部', creator: 'xmt_manager', name: '科研数据可视化专题研修班', planType: 'annual', month: 10, category: 'professional_seminar', state: 'pending', funding: true },
  { org: '科技云运行与技术发展部', creator: 'cnic_admin', name: '云原生运维技术短期培训班', planType: 'annual', month: 6, category: 'technical_short_course', state: 'pending', funding: true },
  { org: '党群办公室', creator: 'cnic_admin', name: '基层党务工作者能力提升培训', planType: 'annual', month: 4, category: 'management_training', state: 'pending' },
  { org: '新媒体技术与应用发展部', creator: 'xmt_manager', name: '短视频制作技能实训', planType: 'annual', month: 7, category: 'management_practice', state: 'draft' },
  { org: '党群办公室', creator: 'cnic_admin', name: '学习贯彻党的理论专题讲座', planType: 'added', month: 6, kind: 'other', category: 'other', state: 'published' },
];

/** The row written, as the submission snapshot the approval engine keeps (the form's fields, camelCase). */
const snapshotOf = (row: Record<string, unknown>) =>
  Object.fromEntries(PLAN_INPUT_FIELDS.map((field) => [field, row[field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]]));

export async function seedDemoPlans(trx: Knex.Transaction, now: Date): Promise<void> {
  const year = academyYear(now);
  const orgOf = async (name: string) => trx('orgs').where({ name }).first('id', 'path');
  const userOf = async (username: string) => (await trx('users').where({ username }).first('id')).id as number;
  for (const plan of PLANS) {
    const org = await orgOf(plan.org);
    const planYear = plan.planType === 'annual' ? year + 1 : year;
    const approval = plan.state === 'draft' ? 'unsubmitted' : plan.state === 'pending' ? 'pending' : 'not_required';
    const row = {
      org_id: org.id,
      creator_id: await userOf(plan.creator),
      name: `${planYear} 年${plan.name}`,
      kind: plan.kind ?? 'project',
      plan_type: plan.planType,
      year: planYear,
      month: `${planYear}-${String(plan.month).padStart(2, '0')}`,
      category: plan.category,
      hours: 16,
      days: 2,
      headcount: 60,
      budget: plan.funding ? 80000 : 20000,
      organiser: '计算机网络信息中心',
      location: 'local',
      address: '北京市海淀区中关村南四街4号',
      contact_name: '孙健英',
      contact_phone: '010-58812028',
      funding_requested: Boolean(plan.funding),
      quality: plan.funding ? 'premium' : 'standard',
      tech_support: false,
      materials: plan.funding ? '<p>培训方案、师资与经费预算见附件。</p>' : '',
      edit_state: plan.state === 'draft' ? 'draft' : 'submitted',
      approval_state: approval,
      published: ['published', 'implemented'].includes(plan.state),
      implemented: plan.state === 'implemented',
      revoked: plan.state === 'revoked',
      revoke_reason: plan.state === 'revoked' ? '合作单位调整计划，本年度不再举办' : null,
    };
    const id = await insertReturningId(trx, 'plans', row);
    if (plan.state === 'implemented' && row.kind === 'project') await seedDemoClass(trx, id, org, row, now);
    if (plan.state === 'pending') {
      const creatorAdminPaths = await trx('role_grants as g')
        .join('orgs as o', 'o.id', 'g.org_id')
        .where('g.user_id', row.creator_id)
        .whereIn('g.role', ADMIN_ROLES)
        .pluck('o.path');
      const chain = approvalChain({ orgPath: org.path, planType: plan.planType, fundingRequested: row.funding_requested, creatorAdminPaths });
      await trx('approval_rounds').insert({
        subject_type: 'plan',
        subject_id: id,
        round: 1,
        chain: JSON.stringify(chain),
        step: 0,
        state: 'pending',
        current_org_id: chain[0],
        subject_org_id: org.id,
        creator_id: row.creator_id,
        submitted_by: row.creator_id,
        title: row.name,
        year: planYear,
        subject_kind: plan.planType,
        subject_when: row.month,
        subject_contact: row.contact_name,
        funding_level: planFundingLevel({ fundingRequested: row.funding_requested, quality: row.quality }),
        snapshot: JSON.stringify(snapshotOf(row)),
        created_at: now,
      });
    }
  }
}

/** P-10, T-1: an implemented project plan has its class; this one has its attendance under way (T-6). */
async function seedDemoClass(trx: Knex.Transaction, planId: number, org: { id: number; path: string }, plan: { creator_id: number; hours: number }, now: Date): Promise<void> {
  const classId = await insertClassFromPlan(trx, planId, plan.creator_id, now);
  // 保密知识培训 counts as 公需科目 (T-8).
  await trx('training_classes').where({ id: classId }).update({ hours_category: 'general' });
  const people: number[] = (await trx('staff as s').join('orgs as o', 'o.id', 's.org_id').where('o.path', 'like', `${org.path}%`).orderBy('s.employee_no').limit(12).pluck('s.id')).map(Number);
  // The demo's staff account attended too, so that 我的学时 has something to show.
  const demoStaff = await trx('users').where({ username: 'staff' }).first('staff_id');
  if (demoStaff) people.splice(0, 0, Number(demoStaff.staff_id));
  await trx('class_attendees').insert(
    people.map((staffId, i) => ({
      class_id: classId,
      staff_id: staffId,
      attended: i < 8,
      confirmed_hours: i < 5 ? plan.hours : null,
      confirmed_at: i < 5 ? now : null,
      confirmed_by: i < 5 ? plan.creator_id : null,
      added_by: plan.creator_id,
      added_at: now,
    })),
  );
  await seedDemoHours(trx, classId, people.slice(0, 5), plan.creator_id, now);
}
