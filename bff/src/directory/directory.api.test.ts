import request from 'supertest';
import ExcelJS from 'exceljs';
import { MAX_IMPORT_BYTES, namePinyin, XLSX_MIME, type DepartmentNode, type ImportRowResult, type StaffPage } from '@casmooc/domain';
import { testDialects } from '@casmooc/db/testing';
import { startTestBff, type SignedIn, type TestBff } from '../testing/test-bff';
import { binary, inflatingSheet, makeSheet } from '../testing/sheets';

describe.each(testDialects())('people directory on %s', (dialect) => {
  let h: TestBff;
  let cnic: SignedIn;
  let orgId: (name: string) => Promise<number>;

  /** Known people beside the seeded ones, so searches have certain answers. */
  const addStaff = async (name: string, employeeNo: string, orgName: string, extra: { phone?: string; email?: string; post_type?: string } = {}) => {
    const { full, initials } = namePinyin(name);
    await h.t.db('staff').insert({
      name,
      name_pinyin: full,
      name_initials: initials,
      employee_no: employeeNo,
      org_id: await orgId(orgName),
      post_type: extra.post_type ?? 'management',
      phone: extra.phone ?? null,
      email: extra.email ?? null,
    });
  };

  beforeAll(async () => {
    h = await startTestBff(dialect);
    orgId = async (name) => (await h.t.db('orgs').where({ name }).first()).id;
    await addStaff('张三', 'T000001', '党群办公室', { phone: '13912345678', email: 'zhangsan@cnic.cn' });
    await addStaff('张三', 'T000002', '综合处', { phone: '13912345679' }); // 物理研究所: another institute
    await addStaff('吕丽', 'T000003', '广州中心运维组', { post_type: 'support' });
    await addStaff('欧阳晓东', 'T000004', '新媒体技术与应用发展部');
    await addStaff('欧阳晓东', 'T000005', '党群办公室');
    cnic = await h.signIn('cnic_admin');
  });
  afterAll(() => h.close());

  const search = async (user: SignedIn, params: Record<string, string | number>) =>
    (await user.get(`/api/directory/staff?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`).expect(200))
      .body as StaffPage;
  const employeeNos = (page: StaffPage) => page.items.map((s) => s.employeeNo).sort();

  describe('search', () => {
    it('finds by part of a Chinese name, inside the caller’s subtree only', async () => {
      expect(employeeNos(await search(cnic, { q: '张三' }))).toEqual(['T000001']);
      const admin = await h.signIn('admin');
      expect(employeeNos(await search(admin, { q: '张三' }))).toEqual(['T000001', 'T000002']);
    });

    it('finds by full pinyin and by initials', async () => {
      expect(employeeNos(await search(cnic, { q: 'zhangsan' }))).toContain('T000001');
      expect(employeeNos(await search(cnic, { q: 'ZhangS' }))).toContain('T000001');
      expect(employeeNos(await search(cnic, { q: 'oyxd' }))).toEqual(['T000004', 'T000005']);
      expect(employeeNos(await search(cnic, { q: 'lvli' }))).toEqual(['T000003']);
    });

    it('finds by employee number, phone and email', async () => {
      expect(employeeNos(await search(cnic, { q: 'T000001' }))).toEqual(['T000001']);
      expect(employeeNos(await search(cnic, { q: '1391234567' }))).toEqual(['T000001']);
      expect(employeeNos(await search(cnic, { q: 'zhangsan@' }))).toEqual(['T000001']);
    });

    it('treats LIKE wildcards as plain text', async () => {
      expect((await search(cnic, { q: '%' })).total).toBe((await search(cnic, {})).total);
      expect((await search(cnic, { q: '_%_' })).total).toBe((await search(cnic, {})).total);
    });

    it('filters by department subtree and post type', async () => {
      const inGuangzhou = await search(cnic, { orgId: await orgId('广州中心'), q: 'lvli' });
      expect(employeeNos(inGuangzhou)).toEqual(['T000003']);
      expect((await search(cnic, { orgId: await orgId('广州中心'), q: 'lvli', postTypes: 'research' })).total).toBe(0);
      const support = await search(cnic, { postTypes: 'support', pageSize: 100 });
      expect(support.items.every((s) => s.postType === 'support')).toBe(true);
    });

    it('pages through results with a total', async () => {
      const first = await search(cnic, { page: 1, pageSize: 10 });
      const second = await search(cnic, { page: 2, pageSize: 10 });
      expect(first.items).toHaveLength(10);
      expect(first.total).toBe(second.total);
      expect(first.total).toBeGreaterThan(100);
      expect(new Set([...first.items, ...second.items].map((s) => s.id)).size).toBe(20);
    });

    it('answers 404 for a department of another institute and 400 for bad filters', async () => {
      await cnic.get(`/api/directory/staff?orgId=${await orgId('综合处')}`).expect(404);
      const res = await cnic.get('/api/directory/staff?postTypes=boss&pageSize=1000').expect(400);
      expect(Object.keys(res.body.error.fields).sort()).toEqual(['pageSize', 'postTypes.0']);
    });
  });

  it('gives the department tree with staff counts of each node and its subtree', async () => {
    const [root] = (await cnic.get('/api/directory/departments').expect(200)).body as DepartmentNode[];
    expect(root.name).toBe('计算机网络信息中心');
    const sum = (n: DepartmentNode): number => n.staffCount + n.children.reduce((t, c) => t + sum(c), 0);
    expect(root.totalCount).toBe(sum(root));
    const [{ count }] = await h.t.db('staff as s').join('orgs as o', 'o.id', 's.org_id').where('o.path', 'like', `${root.path}%`).count({ count: '*' });
    expect(root.totalCount).toBe(Number(count));
    const guangzhou = root.children.find((c) => c.name === '广州中心')!;
    expect(guangzhou.totalCount).toBeGreaterThan(guangzhou.staffCount);
  });

  it('lists a whole department and everything below it, for "select all"', async () => {
    const res = await cnic.get(`/api/directory/department-staff?orgId=${await orgId('广州中心')}`).expect(200);
    const orgs = new Set(res.body.map((s: { orgName: string }) => s.orgName));
    expect(orgs).toEqual(new Set(['广州中心', '广州中心运维组', '广州中心研发组']));
    await cnic.get(`/api/directory/department-staff?orgId=${await orgId('物理研究所')}`).expect(404);
  });

  describe('Excel import', () => {
    const upload = (user: SignedIn, file: Buffer, type = XLSX_MIME) =>
      request(h.bff.app).post('/api/directory/import').set('Cookie', user.cookie).set('x-csrf-token', user.me.csrfToken).set('Content-Type', type).send(file);

    it('classifies every row before anything is used', async () => {
      const seeded = await h.t.db('staff as s').join('orgs as o', 'o.id', 's.org_id').where('o.name', '新媒体技术与应用发展部').first('s.*');
      const file = await makeSheet([
        ['张三', 'T000001', '', ''], // matched by employee no.
        [seeded.name, '', seeded.phone, ''], // matched by phone
        ['欧阳晓东', '', '', ''], // two in scope: ambiguous
        ['张三', 'T000002', '', ''], // another institute: out of scope
        ['李四', 'T999999', '', ''], // unknown employee no.
        ['张三', '', '', 'ZHANGSAN@cnic.cn'], // the first row again: duplicate
        ['', 'T000003', '', ''], // no name: invalid
        [{ formula: 'HYPERLINK("http://x","吕丽")', result: '吕丽' }, '', '', ''], // a formula is text, not its result
      ]);
      const res = await upload(cnic, file).expect(200);
      const outcomes = (res.body.results as ImportRowResult[]).map((r) => [r.row, r.outcome, r.reason]);
      expect(outcomes).toEqual([
        [2, 'matched', 'matched_by_employee_no'],
        [3, 'matched', 'matched_by_phone'],
        [4, 'ambiguous', 'same_name'],
        [5, 'out_of_scope', 'out_of_scope'],
        [6, 'unmatched', 'employee_no_not_found'],
        [7, 'duplicate', 'duplicate'],
        [8, 'invalid', 'missing_name'],
        [9, 'unmatched', 'name_not_found'],
      ]);
      expect(res.body.results[7].input.name).toBe('=HYPERLINK("http://x","吕丽")');
      expect(res.body.results[0].staff).toMatchObject({ name: '张三', orgName: '党群办公室' });
      expect(res.body.counts).toEqual({ matched: 2, unmatched: 2, ambiguous: 1, duplicate: 1, out_of_scope: 1, invalid: 1 });
    });

    it('reads sheets with their own header names and order', async () => {
      const file = await makeSheet([['T000003', '吕丽']], ['职工号', '姓名']);
      const res = await upload(cnic, file).expect(200);
      expect(res.body.results[0]).toMatchObject({ outcome: 'matched', staff: { employeeNo: 'T000003' } });
    });

    it.each([
      ['a text file', Buffer.from('姓名,工号\n张三,T000001'), 'IMPORT_NOT_XLSX'],
      ['a damaged zip', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]), 'IMPORT_CORRUPT'],
      ['an empty body', Buffer.alloc(0), 'IMPORT_EMPTY'],
    ])('refuses %s with a clear reason', async (_label, file, code) => {
      const res = await upload(cnic, file).expect(400);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    });

    it.each([
      ['an .xls', 'application/vnd.ms-excel'],
      ['a .csv', 'text/csv'],
      ['a form', 'multipart/form-data; boundary=x'],
    ])('refuses %s sent with its own content type by naming .xlsx (415), not JSON', async (_label, type) => {
      const res = await upload(cnic, Buffer.from('姓名,工号\n张三,T000001'), type).expect(415);
      expect(res.body.error).toMatchObject({ code: 'IMPORT_NOT_XLSX', message: '请上传 .xlsx 格式的 Excel 文件（可先下载导入模板）' });
    });

    it('refuses a sheet without a header, or with only a header', async () => {
      expect((await upload(cnic, await makeSheet([['张三', 'T000001']], ['a', 'b'])).expect(400)).body.error.code).toBe('IMPORT_NO_HEADER');
      expect((await upload(cnic, await makeSheet([])).expect(400)).body.error.code).toBe('IMPORT_EMPTY');
    });

    it('refuses too many rows and too large a file', async () => {
      const many = await makeSheet(Array.from({ length: 5001 }, (_, i) => [`人${i}`, `X${i}`]));
      expect((await upload(cnic, many).expect(400)).body.error.code).toBe('IMPORT_TOO_MANY_ROWS');
      const big = Buffer.concat([Buffer.from('PK'), Buffer.alloc(2 * 1024 * 1024 + 10)]);
      const res = await upload(cnic, big).expect(400);
      expect(res.body.error).toMatchObject({ code: 'IMPORT_TOO_LARGE', message: '文件超过 2 MB，请拆分后分批导入' });
    });

    it('a small file that unpacks to a million rows is refused at once, and the portal keeps answering meanwhile', async () => {
      // A million empty rows (stopped while streaming), and half a million full ones (refused by what the archive says it unpacks to).
      for (const [bomb, limit] of [
        [await inflatingSheet(1_000_000), 'rows'],
        [await inflatingSheet(500_000, '欧阳晓东'.repeat(4)), 'size'],
      ] as const) {
        expect(bomb.length).toBeLessThan(MAX_IMPORT_BYTES);
        const started = Date.now();
        const [res, health] = await Promise.all([upload(cnic, bomb), request(h.bff.app).get('/api/health')]);
        expect([limit, res.status, res.body.error.code]).toEqual([limit, 400, 'IMPORT_TOO_MANY_ROWS']);
        expect(health.status).toBe(200);
        expect(Date.now() - started).toBeLessThan(3000);
      }
    }, 30_000);

    it('is a manager’s tool: staff get 403', async () => {
      const staff = await h.signIn('staff');
      expect((await upload(staff, await makeSheet([['张三', 'T000001']])).expect(403)).body.error.code).toBe('FORBIDDEN');
    });

    it('offers a template whose header the import reads', async () => {
      const res = await cnic.get('/api/directory/import-template').buffer(true).parse(binary);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toContain(XLSX_MIME);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body);
      expect(workbook.worksheets[0].getRow(1).values).toEqual([undefined, '姓名', '工号', '手机', '邮箱']);
      workbook.worksheets[0].addRow(['吕丽', 'T000003']);
      const filled = Buffer.from(await workbook.xlsx.writeBuffer());
      expect((await upload(cnic, filled).expect(200)).body.counts.matched).toBe(1);
    });
  });
});
