import { planInputSchema } from './schemas';
import { examplePlan } from './testing';

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
