import type { FundingRankingDto, PlanDto, PlanInput } from '@casmooc/domain';
import { XLSX_MIME } from '@casmooc/domain';
import { examplePlan } from '@casmooc/domain/src/plans/testing';
import { testDialects } from '@casmooc/db/testing';
import { binary, readSheet } from '../testing/sheets';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';

/** Mid-June 2026 in Beijing: annual plans are for 2027. */
const NOW = new Date('2026-06-15T10:00:00+08:00');

describe.each(testDialects())('资助计划筛选 and the export (P-14) on %s', (dialect) => {
  let h: TestBff;
  let cnic: SignedIn;
  let manager: SignedIn;
  let cnicId: number;

  const plan = async (overrides: Partial<PlanInput>) => {
    const orgId = (await h.t.db('orgs').where({ name: '新媒体技术与应用发展部' }).first()).id;
    const res = await manager.post('/api/plans', { plan: examplePlan({ orgId, ...overrides }), submit: true }).expect(201);
    return res.body as PlanDto;
  };
  const funded = { fundingRequested: true, materials: '<p>方案</p>' };

  beforeAll(async () => {
    h = await startTestBff(dialect, {}, () => NOW);
    [cnic, manager] = await Promise.all([h.signIn('cnic_admin'), h.signIn('xmt_manager')]);
    cnicId = (await h.t.db('orgs').where({ name: '计算机网络信息中心' }).first()).id;
    await plan({ ...funded, name: '2027 年度资助计划甲', month: '2027-03' });
    await plan({ ...funded, name: '2027 年度资助计划乙', month: '2027-04' });
    await plan({ name: '=1+1 公式注入测试', organiser: '@计算机网络信息中心', month: '2027-02', hours: 10, budget: 5000 });
    const orgId = (await h.t.db('orgs').where({ name: '新媒体技术与应用发展部' }).first()).id;
    await manager.post('/api/plans', { plan: examplePlan({ orgId, name: '2027 年度暂存计划', month: '2027-08' }), submit: false }).expect(201);
  });
  afterAll(() => h.close());

  const ranking = async () => (await cnic.get('/api/plans/funding-ranking?year=2027').expect(200)).body as { items: PlanDto[] };

  it('the institute admin ranks its funded plans; the order is kept; a stale list gets 409', async () => {
    const before = await ranking();
    const ids = before.items.map((p) => p.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(before.items.every((p) => p.fundingRequested)).toBe(true);

    const reversed = [...ids].reverse();
    const saved = (await cnic.put('/api/plans/funding-ranking', { year: 2027, ids: reversed }).expect(200)).body;
    expect(saved.items.map((p: PlanDto) => [p.id, p.fundingRank])).toEqual(reversed.map((id, i) => [id, i + 1]));
    expect((await ranking()).items.map((p) => p.id)).toEqual(reversed);

    const stale = await cnic.put('/api/plans/funding-ranking', { year: 2027, ids: reversed.slice(1) }).expect(409);
    expect(stale.body.error.message).toContain('资助计划已有变化');
    await cnic.put('/api/plans/funding-ranking', { year: 2027, ids: [...reversed, reversed[0]] }).expect(409);
    expect(await h.t.db('events').where({ type: 'plan.ranked' })).toHaveLength(1);
  });

  it('only admins rank, and only inside their subtree', async () => {
    await manager.get('/api/plans/funding-ranking?year=2027').expect(403);
    await (await h.signIn('iphy_admin')).get(`/api/plans/funding-ranking?year=2027&orgId=${cnicId}`).expect(404);
  });

  it('P-14: the export has the title, every annual plan with funded ones first in rank order, a totals row and neutralised cells', async () => {
    const res = await cnic.get('/api/plans/export?year=2027').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toContain(XLSX_MIME);
    expect(decodeURIComponent(res.headers['content-disposition'])).toContain('计算机网络信息中心 2027 年度培训计划.xlsx');
    const sheet = await readSheet(res.body);
    expect(sheet.getCell('A1').value).toBe('计算机网络信息中心 2027 年度培训计划');
    expect(sheet.getCell('A2').value).toContain('不含暂存计划');
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['序号', '所属机构', '计划名称']);
    const col = (name: string) => header.indexOf(name) + 1;

    // Drafts (暂存) are not handed in.
    const stored = await h.t.db('plans as p').join('orgs as o', 'o.id', 'p.org_id').where('o.path', 'like', `%/${cnicId}/%`).where({ 'p.year': 2027, 'p.plan_type': 'annual' }).whereNot('p.edit_state', 'draft');
    expect(await h.t.db('plans').where({ name: '2027 年度暂存计划', edit_state: 'draft' })).toHaveLength(1);
    expect(Number(res.headers['x-export-rows'])).toBe(stored.length);
    const rows = Array.from({ length: stored.length }, (_, i) => sheet.getRow(4 + i));
    const names = rows.map((r) => r.getCell(col('计划名称')).value);
    expect(names).not.toContain('2027 年度暂存计划');
    const rankedNames = (await ranking()).items.map((p) => p.name);
    expect(names.slice(0, rankedNames.length)).toEqual(rankedNames);
    expect(rows.map((r) => r.getCell(col('序号')).value)).toEqual(stored.map((_, i) => i + 1));

    // Formulas never reach the sheet: text that would run is written as text.
    expect(names).toContain(`'=1+1 公式注入测试`);
    const injected = rows.find((r) => r.getCell(col('计划名称')).value === `'=1+1 公式注入测试`)!;
    expect(injected.getCell(col('主办单位')).value).toBe('\'@计算机网络信息中心');
    rows.forEach((r) => r.eachCell((cell) => expect(cell.formula).toBeUndefined()));

    const totals = sheet.getRow(4 + stored.length);
    expect(totals.getCell(1).value).toBe(`合计（${stored.length} 个计划）`);
    expect(totals.getCell(col('学时')).value).toBe(stored.reduce((sum, p) => sum + Number(p.hours), 0));
    expect(totals.getCell(col('经费（元）')).value).toBe(stored.reduce((sum, p) => sum + Number(p.budget), 0));
    expect(sheet.getRow(5 + stored.length).hasValues).toBe(false);
    expect(sheet.getRow(6 + stored.length).getCell(1).value).toBe('单位（盖章）：');
  });

  it('P-14: the workbook prints as a document to stamp: A4 landscape, one page wide, the header on every page, bordered and wrapped', async () => {
    const sheet = await readSheet((await cnic.get('/api/plans/export?year=2027').buffer(true).parse(binary).expect(200)).body);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect(sheet.headerFooter.oddFooter).toBe('&C第 &P 页，共 &N 页');
    expect(sheet.getCell('A1').isMerged).toBe(true);
    const width = sheet.columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
    // Fitted to an A4 landscape width, the text stays at least about half size.
    expect(width).toBeLessThan(300);
    const body = sheet.getRow(4);
    body.eachCell((cell) => {
      expect(cell.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
      expect(cell.alignment.wrapText).toBe(true);
    });
    expect(sheet.getRow(3).getCell(1).border.top).toEqual({ style: 'thin' });
  });

  it('P-14: only the caller’s subtree, in their language', async () => {
    const iphy = await h.signIn('iphy_admin');
    const res = await iphy.get('/api/plans/export?year=2027').set('Accept-Language', 'en').buffer(true).parse(binary).expect(200);
    const sheet = await readSheet(res.body);
    expect(sheet.getCell('A1').value).toBe('物理研究所 annual training plans 2027');
    expect(res.headers['x-export-rows']).toBe('0');
    expect(sheet.getRow(4).getCell(1).value).toBe('Total (0 plans)');
    await iphy.get(`/api/plans/export?year=2027&orgId=${cnicId}`).expect(404);
    await (await h.signIn('staff')).get('/api/plans/export?year=2027').expect(403);
  });
  it('P-6: the Academy ranks its own priority across institutes and never changes an institute’s order', async () => {
    const [admin, iphy] = await Promise.all([h.signIn('admin'), h.signIn('iphy_admin')]);
    const iphyId = (await h.t.db('orgs').where({ name: '物理研究所' }).first()).id;
    await iphy.post('/api/plans', { plan: examplePlan({ orgId: iphyId, ...funded, name: '2027 年度物理所资助计划', month: '2027-05' }), submit: true }).expect(201);
    const institute = (await ranking()).items.map((p) => p.id);
    const exported = async () => {
      const sheet = await readSheet((await cnic.get('/api/plans/export?year=2027').buffer(true).parse(binary).expect(200)).body);
      return institute.map((_, i) => sheet.getRow(4 + i).getCell(3).value);
    };
    const exportedBefore = await exported();

    const academy = (await admin.get('/api/plans/funding-ranking?year=2027').expect(200)).body as FundingRankingDto;
    expect(academy).toMatchObject({ scope: 'academy', editable: { allowed: true } });
    expect(academy.institutes.map((i) => i.orgName)).toEqual(['计算机网络信息中心', '物理研究所']);
    expect(academy.institutes[0].items.map((p) => p.id)).toEqual(institute);
    const priority = academy.items.map((p) => p.id).reverse();

    const saved = (await admin.put('/api/plans/funding-ranking', { year: 2027, ids: priority }).expect(200)).body as FundingRankingDto;
    expect(saved.items.map((p) => p.id)).toEqual(priority);
    // Each plan keeps its institute's rank beside the Academy's priority.
    const rankOf = new Map(saved.items.map((p) => [p.id, p.fundingRank]));
    expect(institute.map((id) => rankOf.get(id))).toEqual(institute.map((_, i) => i + 1));
    expect((await admin.get('/api/plans/funding-ranking?year=2027').expect(200)).body.items.map((p: PlanDto) => p.id)).toEqual(priority);
    expect((await ranking()).items.map((p) => p.id)).toEqual(institute);
    expect(await exported()).toEqual(exportedBefore);
    // The Academy's own export lists the funded plans in its priority.
    const nameOf = new Map(saved.items.map((p) => [p.id, p.name]));
    const academySheet = await readSheet((await admin.get('/api/plans/export?year=2027').buffer(true).parse(binary).expect(200)).body);
    expect(priority.map((_, i) => academySheet.getRow(4 + i).getCell(3).value)).toEqual(priority.map((id) => nameOf.get(id)));

    // The Academy sees an institute's order, and may not save it.
    const theirs = (await admin.get(`/api/plans/funding-ranking?year=2027&orgId=${cnicId}`).expect(200)).body as FundingRankingDto;
    expect(theirs).toMatchObject({ scope: 'institute', orgName: '计算机网络信息中心', editable: { allowed: false, rule: 'P-6' } });
    expect(theirs.items.map((p) => p.id)).toEqual(institute);
    const refused = await admin.put('/api/plans/funding-ranking', { year: 2027, ids: [...institute].reverse(), orgId: cnicId }).expect(403);
    expect(refused.body.error.rule).toBe('P-6');
    expect((await ranking()).items.map((p) => p.id)).toEqual(institute);

    // The institute re-ranks: the Academy's priority stays as it saved it.
    await cnic.put('/api/plans/funding-ranking', { year: 2027, ids: [...institute].reverse() }).expect(200);
    expect((await admin.get('/api/plans/funding-ranking?year=2027').expect(200)).body.items.map((p: PlanDto) => p.id)).toEqual(priority);
  });
  it('P-6 at once: the institute and the Academy saving together each keep their own order; five Academy saves leave one whole order', async () => {
    const admin = await h.signIn('admin');
    const institute = (await ranking()).items.map((p) => p.id);
    const academy = ((await admin.get('/api/plans/funding-ranking?year=2027').expect(200)).body as FundingRankingDto).items.map((p) => p.id);
    const instituteOrder = [...institute].reverse();
    const orders = Array.from({ length: 5 }, (_, i) => [...academy.slice(i % academy.length), ...academy.slice(0, i % academy.length)]);
    const answers = await Promise.all([
      cnic.put('/api/plans/funding-ranking', { year: 2027, ids: instituteOrder }),
      ...orders.map((ids) => admin.put('/api/plans/funding-ranking', { year: 2027, ids })),
    ]);
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    expect((await ranking()).items.map((p) => p.id)).toEqual(instituteOrder);
    const saved = ((await admin.get('/api/plans/funding-ranking?year=2027').expect(200)).body as FundingRankingDto).items.map((p) => p.id);
    // One of the five, whole: never a mix of two saves.
    expect(orders.map((o) => o.join(','))).toContain(saved.join(','));
  });
});
