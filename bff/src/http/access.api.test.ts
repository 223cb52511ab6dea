import { testDialects } from '@casmooc/db/testing';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';
import type { RouteInfo } from './api-router';

/** A route called with its path parameters filled in. */
const call = (who: SignedIn, route: RouteInfo, values: Record<string, string | number>) => {
  const url = `/api${route.path.replace(/:(\w+)/g, (_, name: string) => String(values[name] ?? 1))}`;
  if (route.method === 'get') return who.get(url);
  if (route.method === 'delete') return who.delete(url);
  return route.method === 'put' ? who.put(url, {}) : who.post(url, {});
};

/**
 * Walks every registered route. Objects of 计算机网络信息中心 (CNIC) are
 * asked for by an admin of a sibling institute (物理研究所) and must not
 * exist for them; every manager route refuses staff.
 */
describe.each(testDialects())('access is declared on every route, on %s', (dialect) => {
  let h: TestBff;
  let fixtures: Record<string, Record<string, string | number>>;
  let sibling: SignedIn;
  let owner: SignedIn;
  let staff: SignedIn;

  beforeAll(async () => {
    h = await startTestBff(dialect);
    const { db } = h.t;
    [sibling, owner, staff] = await Promise.all(['iphy_admin', 'cnic_admin', 'staff'].map((u) => h.signIn(u)));
    const cnic = await db('orgs').where({ name: '计算机网络信息中心' }).first('id', 'path');
    const submitted = await db('plans as p').join('approval_rounds as r', 'r.subject_id', 'p.id').join('orgs as o', 'o.id', 'p.org_id').where('o.path', 'like', `${cnic.path}%`).first('p.id');
    const attachmentId = (await db('plan_attachments').insert({ plan_id: submitted.id, name: 'a.pdf', mime: 'application/pdf', size: 4, content: Buffer.from('%PDF'), uploaded_by: owner.me.id }))[0];
    const trainingClass = await db('training_classes').where('org_id', 'in', db('orgs').where('path', 'like', `${cnic.path}%`).select('id')).first('id');
    const group = (await owner.post('/api/address-book/groups', { name: '访问测试' }).expect(201)).body;
    const staffId = (await db('staff').first('id')).id;
    const template = (await owner.post('/api/templates', { orgId: cnic.id, template: { name: '访问测试模板', category: 'other' } }).expect(201)).body;
    const plan = { id: submitted.id };
    const file = (await owner.upload(`/api/training/classes/${trainingClass.id}/notice-attachments?name=a.pdf`, Buffer.from('%PDF-1.7')).expect(201)).body;
    const unsent = (await owner.upload(`/api/training/classes/${trainingClass.id}/notice-attachments?name=b.pdf`, Buffer.from('%PDF-1.7')).expect(201)).body;
    const notice = (await owner.post(`/api/training/classes/${trainingClass.id}/notices`, { title: '访问测试通知', staffIds: [staff.me.staff!.id], attachmentIds: [file.id] }).expect(201)).body;
    const receiptId = (await db('notice_receipts').where({ notice_id: notice.id }).first('id')).id;
    const person = { staffId: staff.me.staff!.id };
    const entryId = (await db('hours_ledger').where({ staff_id: person.staffId }).first('id')).id;
    const certificateId = (await db('certificates').where({ staff_id: person.staffId }).first('id')).id;
    const externalId = (await db('hours_ledger').where({ staff_id: person.staffId }).whereNull('class_id').first('id')).id;
    const evidenceId = (await owner.upload(`/api/hours/entries/${externalId}/evidence?name=e.pdf`, Buffer.from('%PDF-1.7')).expect(201)).body.id;
    fixtures = {
      '/orgs/:id': { id: cnic.id },
      '/plans/:id': plan,
      '/plans/:id/history': plan,
      '/plans/:id/submit': plan,
      '/plans/:id/revoke': plan,
      '/plans/:id/publish': plan,
      '/plans/:id/unpublish': plan,
      '/plans/:id/implement': plan,
      '/plans/:id/copy': plan,
      '/plans/:id/compose': plan,
      '/plans/:id/template': plan,
      '/templates/:id': { id: template.id },
      '/templates/:id/shares': { id: template.id },
      '/plans/:id/attachments': plan,
      '/plans/:id/attachments/:attachmentId': { ...plan, attachmentId: Number(attachmentId) },
      '/approvals/:subject/:id/decision': { subject: 'plan', ...plan },
      '/approvals/:subject/:id/timeline': { subject: 'plan', ...plan },
      '/approvals/:subject/:id/diff': { subject: 'plan', ...plan },
      '/training/classes/:id': { id: trainingClass.id },
      '/training/classes/:id/history': { id: trainingClass.id },
      '/training/classes/:id/implement': { id: trainingClass.id },
      '/training/classes/:id/cancel': { id: trainingClass.id },
      '/training/classes/:id/attendees': { id: trainingClass.id },
      '/training/classes/:id/attendees/remove': { id: trainingClass.id },
      '/training/classes/:id/attendance': { id: trainingClass.id },
      '/training/classes/:id/confirm-hours': { id: trainingClass.id },
      '/training/classes/:id/spending': { id: trainingClass.id },
      '/training/classes/:id/report': { id: trainingClass.id },
      '/training/classes/:id/report.xlsx': { id: trainingClass.id },
      '/training/classes/:id/registrations': { id: trainingClass.id },
      '/training/classes/:id/registrations/decide': { id: trainingClass.id },
      // Not open to anyone (不公开): its own managers still reach it; a sibling institute not at all.
      '/training/open/:id': { id: trainingClass.id },
      '/training/open/:id/register': { id: trainingClass.id },
      '/training/open/:id/withdraw': { id: trainingClass.id },
      '/training/classes/:id/notices': { id: trainingClass.id },
      '/training/classes/:id/notice-attachments': { id: trainingClass.id },
      '/training/classes/:id/notice-attachments/:attachmentId': { id: trainingClass.id, attachmentId: unsent.id },
      '/training/notices/:noticeId/attachments/:attachmentId': { noticeId: notice.id, attachmentId: file.id },
      '/training/notices/:noticeId': { noticeId: notice.id },
      '/training/notices/:noticeId/receipts': { noticeId: notice.id },
      '/training/notices/:noticeId/receipts.xlsx': { noticeId: notice.id },
      '/training/notices/:noticeId/remind': { noticeId: notice.id },
      // A receipt is its recipient's own: nobody else reaches it, not even the sender.
      '/inbox/:receiptId/read': { receiptId },
      '/inbox/:receiptId/acknowledge': { receiptId },
      '/inbox/:receiptId/attachments/:attachmentId': { receiptId, attachmentId: file.id },
      '/hours/people/:staffId': person,
      '/hours/people/:staffId/entries': person,
      '/hours/entries/:entryId/reversal': { entryId },
      '/hours/entries/:entryId/evidence': { entryId },
      '/hours/entries/:entryId/evidence/:evidenceId': { entryId: externalId, evidenceId },
      '/hours/requirements/:orgId': { orgId: cnic.id },
      '/hours/people/:staffId/annual-record.pdf': person,
      // A certificate is its holder's and their managers': not a colleague's, not a sibling institute's.
      '/hours/certificates/:certificateId/certificate.pdf': { certificateId },
      '/training/classes/:id/certificates.zip': { id: trainingClass.id },
      '/address-book/groups/:id': { id: group.id },
      '/address-book/groups/:id/members': { id: group.id },
      '/address-book/groups/:id/members/:staffId': { id: group.id, staffId },
    };
  });
  afterAll(() => h.close());

  const scoped = () => h.bff.routes.filter((r) => r.scoped);

  it('every route that names an object declares how its org (or owner) is found, and the walk covers each', () => {
    const naming = h.bff.routes.filter((r) => /:\w*[iI]d\b/.test(r.path));
    expect(naming.length).toBeGreaterThan(20);
    expect(scoped()).toEqual(naming);
    expect(scoped().filter((r) => !fixtures[r.path]).map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('a user of a sibling institute gets 404 on each object route, whatever the body', async () => {
    const answers = await Promise.all(scoped().map(async (route) => [`${route.method} ${route.path}`, (await call(sibling, route, fixtures[route.path])).status] as const));
    expect(answers.filter(([, status]) => status !== 404)).toEqual([]);
  });

  it('the objects are real: their own institute (or, in an inbox, its recipient) reads each of them', async () => {
    const reads = scoped().filter((r) => r.method === 'get');
    const answers = await Promise.all(reads.map(async (route) => [route.path, (await call(route.path.startsWith('/inbox/') ? staff : owner, route, fixtures[route.path])).status] as const));
    expect(answers.filter(([, status]) => status !== 200)).toEqual([]);
    // Every read, the exports and the PDFs among them.
  }, 30_000);

  it('staff get 403 on each manager route', async () => {
    const managerRoutes = h.bff.routes.filter((r) => typeof r.access === 'object' && !r.access.roles.includes('staff'));
    expect(managerRoutes.length).toBeGreaterThan(30);
    const answers = await Promise.all(managerRoutes.map(async (route) => [`${route.method} ${route.path}`, (await call(staff, route, fixtures[route.path] ?? {})).status] as const));
    expect(answers.filter(([, status]) => status !== 403)).toEqual([]);
  });
});
