import type { PlanInput } from './schemas';

/** A complete, valid annual plan for 2027, for tests to vary one field at a time. Not exported from the package's index. */
export function examplePlan(overrides: Partial<PlanInput> = {}): PlanInput {
  return {
    orgId: 5,
    name: '2027 年度新媒体技术系列讲座',
    kind: 'project',
    planType: 'annual',
    year: 2027,
    month: '2027-04',
    category: 'lecture_series',
    hours: 16,
    days: 2,
    headcount: 60,
    budget: 30000,
    organiser: '计算机网络信息中心',
    location: 'local',
    address: '北京市海淀区中关村南四街4号',
    contactName: '孙健英',
    contactPhone: '010-58812028',
    fundingRequested: false,
    quality: 'standard',
    techSupport: false,
    materials: '',
    ...overrides,
  };
}
