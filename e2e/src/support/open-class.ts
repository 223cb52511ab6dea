import type { Db } from '@casmooc/db';
import { signIn } from '@casmooc/bff/testing';
import { academyYear, CLASS_INPUT_FIELDS, type ClassInput, type TrainingClassDto } from '@casmooc/domain';
import { examplePlan } from '@casmooc/domain/src/plans/testing';

/**
 * A class of 计算机网络信息中心 taking registrations now (T-4): an added
 * plan of its admin, published and implemented, its class saved open to
 * the institute until late this year, with `settings` over that.
 */
export async function classOpenForRegistration(app: Parameters<typeof signIn>[0], db: Db, name: string, settings: Partial<ClassInput> = {}): Promise<TrainingClassDto> {
  const year = academyYear();
  const admin = await signIn(app, 'cnic_admin');
  const orgId = (await db('orgs').where({ name: '计算机网络信息中心' }).first()).id;
  const headcount = settings.headcount ?? 40;
  const plan = examplePlan({ orgId, name, planType: 'added', year, month: `${year}-12`, headcount, days: 1, hours: 6 });
  const created = (await admin.post('/api/plans', { plan, submit: true }).expect(201)).body;
  const published = (await admin.post(`/api/plans/${created.id}/publish`, { version: created.version }).expect(200)).body;
  await admin.post(`/api/plans/${created.id}/implement`, { version: published.version }).expect(200);
  const c: TrainingClassDto = (await admin.get(`/api/training/classes?name=${encodeURIComponent(name)}`).expect(200)).body.items[0];
  const input = Object.fromEntries(CLASS_INPUT_FIELDS.map((f) => [f, c[f]])) as ClassInput;
  const open: Partial<ClassInput> = {
    startAt: `${year}-12-31 09:00`,
    endAt: `${year}-12-31 17:00`,
    researchCount: 0,
    managementCount: 0,
    supportCount: 0,
    externalCount: 0,
    contactEmail: 'wangxia@cnic.cn',
    visibility: 'institute',
    registrationOpen: true,
    registrationApproval: false,
    registrationFrom: `${year}-01-01 00:00`,
    registrationTo: `${year}-12-30 18:00`,
  };
  return (await admin.put(`/api/training/classes/${c.id}`, { version: c.version, class: { ...input, ...open, ...settings } }).expect(200)).body;
}
