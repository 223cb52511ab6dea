import { planInputSchema, type PlanInput } from './schemas';

const valid: PlanInput = {
  orgId: 5,
  name: '2024 年度新媒体技术系列讲座',
  kind: 'project',
  planType: 'annual',
  year: 2024,
  month: '2024-10',
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
};

const fieldsOf = (input: unknown) => {
  const result = planInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('plan input', () => {
  it('accepts a complete plan', () => {
    expect(fieldsOf(valid)).toEqual([]);
    expect(fieldsOf({ ...valid, contactPhone: '13912345678' })).toEqual([]);
  });

  it('names each wrong field: missing, wrong enum, negative numbers, bad phone', () => {
    expect(fieldsOf({ ...valid, name: '  ' })).toEqual(['name']);
    expect(fieldsOf({ ...valid, category: '培训' })).toEqual(['category']);
    expect(fieldsOf({ ...valid, hours: 0, days: -1, headcount: 2.5, budget: -1 })).toEqual(['hours', 'days', 'headcount', 'budget']);
    expect(fieldsOf({ ...valid, contactPhone: '12345' })).toEqual(['contactPhone']);
  });

  it('refuses a month outside the plan’s year', () => {
    expect(fieldsOf({ ...valid, month: '2023-10' })).toEqual(['month']);
    expect(fieldsOf({ ...valid, month: '2024-13' })).toEqual(['month']);
  });

  it('refuses unknown fields and oversized rich text', () => {
    expect(fieldsOf({ ...valid, published: true })).toEqual(['']);
    expect(fieldsOf({ ...valid, materials: 'x'.repeat(200_001) })).toEqual(['materials']);
  });
});
