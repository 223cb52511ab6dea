import type { PlanDto } from './dto';
import { compareForExport, exportColumns, neutraliseCell, type ExportablePlan } from './export';
import { examplePlan } from './testing';

const row = (id: number, fundingRequested: boolean, fundingRank: number | null, month = '2027-05'): ExportablePlan => ({ id, fundingRequested, fundingRank, month });

describe('P-14: the annual-plan export', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const text of ['=SUM(A1:A9)', '+86 10 5881', '-1', '@cmd', '\t=1']) expect(neutraliseCell(text)).toBe(`'${text}`);
    expect(neutraliseCell('科学传播研修班')).toBe('科学传播研修班');
    expect(neutraliseCell('010-58812028')).toBe('010-58812028');
  });

  it('puts funded plans first in rank order, unranked funded ones after them, then the rest by month', () => {
    const plans = [row(1, false, null, '2027-03'), row(2, true, null), row(3, true, 2), row(4, false, null, '2027-01'), row(5, true, 1)];
    expect([...plans].sort(compareForExport).map((p) => p.id)).toEqual([5, 3, 2, 4, 1]);
  });

  it('has every field of the form and each state column; cells are written neutralised', () => {
    const columns = exportColumns('zh-CN');
    expect(columns.map((c) => c.header)).toEqual([
      '序号', '所属机构', '计划名称', '计划类型', '培训计划类型', '培训类别', '培训时间', '学时', '天数', '人数', '经费（元）', '主办单位',
      '培训地点', '详细地址', '联系人', '联系人电话', '是否申请院经费支持', '资助排序', '是否精品', '申请专项技术支持', '资助计划材料',
      '审批情况', '发布状态', '实施情况', '撤销情况',
    ]);
    const plan = {
      ...examplePlan({ name: '=HYPERLINK("http://x")', materials: '<p>方案<b>见表</b></p>' }),
      id: 1, orgName: '计算机网络信息中心', fundingRank: null, approval: 'pending', published: false, implemented: false, revoked: false,
      chain: [{ orgId: 2, orgName: '计算机网络信息中心', state: 'approved' }, { orgId: 1, orgName: '中国科学院', state: 'pending' }],
    } as unknown as PlanDto;
    const values = Object.fromEntries(columns.map((c) => [c.header, c.value(plan, 0)]));
    expect(values).toMatchObject({ 序号: 1, 计划名称: `'=HYPERLINK("http://x")`, 学时: 16, '经费（元）': 30000, 资助计划材料: '方案 见表', 审批情况: '计算机网络信息中心(审批通过) 中国科学院(已上报)', 资助排序: '' });
    expect(columns.filter((c) => c.sums).map((c) => c.sums)).toEqual(['hours', 'days', 'headcount', 'budget']);
  });
});
