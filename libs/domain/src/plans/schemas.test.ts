import { planInputSchema } from './schemas';
import { examplePlan } from './testing';
import { PLAN_FIELD_LABELS, planFieldText } from './fields';

const valid = examplePlan({ year: 2024, month: '2024-10' });

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

describe('plan fields as people read them', () => {
  it('labels enums, flags and amounts; shows rich text as text', () => {
    expect(planFieldText('category', 'academic_forum', 'zh-CN')).toBe('学术讲坛');
    expect(planFieldText('fundingRequested', true, 'en-US')).toBe('Yes');
    expect(planFieldText('budget', 30000, 'zh-CN')).toBe('30,000');
    expect(planFieldText('materials', '<p>培训<b>方案</b></p>', 'zh-CN')).toBe('培训 方案');
    expect(planFieldText('address', '', 'zh-CN')).toBe('—');
    expect(PLAN_FIELD_LABELS.month['zh-CN']).toBe('培训时间');
  });
});
