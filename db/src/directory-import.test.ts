import ExcelJS from 'exceljs';
import { DirectoryImportRefused, importDirectory } from './directory-import';
import { readDirectorySheet } from './directory-sheet';
import { createTestDatabase, testDialects, type TestDatabase } from './testing';

type Rows = ReadonlyArray<ReadonlyArray<string>>;

/** A workbook as an operator makes it: sheet 机构 and/or sheet 人员, the header in the first row. */
async function workbook(sheets: { orgs?: Rows; staff?: Rows }): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  if (sheets.orgs) book.addWorksheet('机构').addRows([['机构'], ...sheets.orgs]);
  if (sheets.staff) book.addWorksheet('人员').addRows([['工号', '姓名', '机构', '岗位类型', '手机', '邮箱'], ...sheets.staff]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const ACADEMY = '中国科学院';
const INSTITUTE = `${ACADEMY}/数学与系统科学研究院`;
const orgs: Rows = [[INSTITUTE], [`${INSTITUTE}/人事处`], [`${INSTITUTE} / 应用数学研究所`]];
const staff: Rows = [
  ['M0001', '华罗庚', `${INSTITUTE}/应用数学研究所`, '科研岗', '13800000001', 'Hua@AMSS.ac.cn'],
  ['M0002', '陈景润', `${INSTITUTE}/应用数学研究所`, 'research', '', ''],
  ['M0003', '王主任', `${INSTITUTE}/人事处`, '管理岗', '010-62551234', ''],
];

const count = async (t: TestDatabase, table: string) => Number((await t.db(table).count({ n: '*' }).first())!.n);
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (err: unknown) => err as DirectoryImportRefused);
const load = async (t: TestDatabase, sheets: { orgs?: Rows; staff?: Rows }) => importDirectory(t.db, await readDirectorySheet(await workbook(sheets)));

describe.each(testDialects())('importing the org tree and staff on %s', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(dialect, { seed: false });
  });
  afterEach(() => t.drop());

  it('into an empty deployment: the tree from its root down, with paths and levels, and the staff findable by name and pinyin', async () => {
    expect(await load(t, { orgs, staff })).toEqual({ orgsAdded: 4, staffAdded: 3, staffUpdated: 0, staffUnchanged: 0 });
    const root = await t.db('orgs').whereNull('parent_id').first();
    const institute = await t.db('orgs').where({ name: '数学与系统科学研究院' }).first();
    const department = await t.db('orgs').where({ name: '应用数学研究所' }).first();
    expect(root).toMatchObject({ name: ACADEMY, level: 0, path: `/${root.id}/` });
    expect(institute).toMatchObject({ parent_id: root.id, level: 1, path: `/${root.id}/${institute.id}/` });
    expect(department).toMatchObject({ parent_id: institute.id, level: 2, path: `${institute.path}${department.id}/` });

    const hua = await t.db('staff').where({ employee_no: 'M0001' }).first();
    expect(hua).toMatchObject({ name: '华罗庚', org_id: department.id, post_type: 'research', phone: '13800000001', email: 'hua@amss.ac.cn', name_pinyin: 'hualuogeng', name_initials: 'hlg' });
    expect(await t.db('staff').where({ employee_no: 'M0002' }).first('phone', 'email')).toEqual({ phone: null, email: null });
    // The name-search index knows them (a search by the end of a name finds them).
    expect(await t.db('staff_name_tails').where({ staff_id: hua.id }).pluck('tail')).toEqual(expect.arrayContaining(['罗庚']));
  });

  it('again, the same sheet changes nothing; a moved or renamed person is updated, and new ones added', async () => {
    await load(t, { orgs, staff });
    expect(await load(t, { orgs, staff })).toEqual({ orgsAdded: 0, staffAdded: 0, staffUpdated: 0, staffUnchanged: 3 });

    const moved: Rows = [['M0002', '陈景潤', `${INSTITUTE}/人事处`, '支撑岗', '13900000002', ''], ['M0004', '新同事', INSTITUTE, '管理岗', '', '']];
    expect(await load(t, { staff: moved })).toEqual({ orgsAdded: 0, staffAdded: 1, staffUpdated: 1, staffUnchanged: 0 });
    const chen = await t.db('staff').where({ employee_no: 'M0002' }).first();
    const office = await t.db('orgs').where({ name: '人事处' }).first();
    expect(chen).toMatchObject({ name: '陈景潤', org_id: office.id, post_type: 'support', phone: '13900000002' });
    expect(await t.db('staff_name_tails').where({ staff_id: chen.id }).pluck('tail')).toEqual(expect.arrayContaining(['景潤']));
    expect(await t.db('staff_name_tails').where({ staff_id: chen.id }).pluck('tail')).not.toContain('景润');
    // Nobody is removed: someone left out of a later sheet keeps their record.
    expect(await count(t, 'staff')).toBe(4);
  });

  it('refuses the whole import, naming every problem by sheet and row, and writes nothing', async () => {
    const err = await refusal(
      load(t, {
        orgs: [...orgs, ['北京大学/数学学院']],
        staff: [
          ...staff,
          ['M0001', '重复者', INSTITUTE, '科研岗', '', ''],
          ['M0009', '', INSTITUTE, '教师', '12345', 'not-an-email'],
          ['M0010', '无处', `${INSTITUTE}/不存在的处`, '科研岗', '', ''],
        ],
      }),
    );
    expect(err).toBeInstanceOf(DirectoryImportRefused);
    expect(err!.problems).toEqual([
      { sheet: '机构', row: 5, message: '机构须从“中国科学院”写起（机构树只有一个根），这里是“北京大学”' },
      { sheet: '人员', row: 5, message: '工号 M0001 与第 2 行重复' },
      { sheet: '人员', row: 6, message: '缺少姓名；岗位类型“教师”应为 科研岗、管理岗、支撑岗 之一；手机号码格式不正确；邮箱格式不正确' },
      { sheet: '人员', row: 7, message: `机构“${INSTITUTE}/不存在的处”不存在（请先写在“机构”表中）` },
    ]);
    // The orgs the sheet's good rows made are rolled back with the rest.
    expect(await count(t, 'orgs')).toBe(0);
    expect(await count(t, 'staff')).toBe(0);
  });

  it('refuses a workbook without the sheets or their columns, and a file that is no workbook', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1').addRow(['x']);
    expect((await readDirectorySheet(Buffer.from(await book.xlsx.writeBuffer()))).problems).toEqual([{ sheet: '', row: 0, message: '工作簿中没有名为“机构”或“人员”的工作表' }]);
    const noColumns = new ExcelJS.Workbook();
    noColumns.addWorksheet('人员').addRow(['姓名', '手机']);
    expect((await readDirectorySheet(Buffer.from(await noColumns.xlsx.writeBuffer()))).problems).toEqual([{ sheet: '人员', row: 1, message: '第一行缺少列：工号、机构、岗位类型' }]);
    expect((await readDirectorySheet(Buffer.from('name,phone\n'))).problems).toEqual([{ sheet: '', row: 0, message: '文件不是可读的 .xlsx 工作簿' }]);
  });
});

describe.each(testDialects())('importing into a deployment that has a tree on %s', (dialect) => {
  it('adds below the existing root and refuses another root', async () => {
    const t = await createTestDatabase(dialect);
    try {
      const before = await count(t, 'orgs');
      expect((await load(t, { orgs: [[`${ACADEMY}/计算机网络信息中心/新部门`]] })).orgsAdded).toBe(1);
      const cnic = await t.db('orgs').where({ name: '计算机网络信息中心' }).first();
      expect(await t.db('orgs').where({ name: '新部门' }).first()).toMatchObject({ parent_id: cnic.id, level: cnic.level + 1 });
      expect(await count(t, 'orgs')).toBe(before + 1);
      const other = await refusal(load(t, { orgs: [['另一个院/所']] }));
      expect(other!.problems[0].message).toBe('机构须从“中国科学院”写起（机构树只有一个根），这里是“另一个院”');
    } finally {
      await t.drop();
    }
  });
});

describe.each(testDialects())('two imports of one sheet at once on %s', (dialect) => {
  it('make each org and person once: the second waits for the first and finds what it made', async () => {
    const t = await createTestDatabase(dialect, { seed: false });
    try {
      const sheet = await readDirectorySheet(await workbook({ orgs, staff }));
      const results = await Promise.all([importDirectory(t.db, sheet), importDirectory(t.db, sheet)]);
      expect(results.map((r) => r.orgsAdded).sort()).toEqual([0, 4]);
      expect(results.map((r) => r.staffAdded).sort()).toEqual([0, 3]);
      expect(await count(t, 'orgs')).toBe(4);
      expect(await count(t, 'staff')).toBe(3);
    } finally {
      await t.drop();
    }
  });
});
