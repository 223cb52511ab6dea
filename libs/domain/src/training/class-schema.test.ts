import { classInputSchema, spannedDays, type ClassInput } from './class-schema';

const valid: ClassInput = {
  name: '2027 新媒体技术系列讲座',
  mode: 'blended',
  category: 'lecture_series',
  startAt: '2027-04-12 09:00',
  endAt: '2027-04-13 17:00',
  hours: 16,
  days: 2,
  headcount: 60,
  researchCount: 30,
  managementCount: 10,
  supportCount: 10,
  externalCount: 5,
  staffCount: 4,
  budget: 30000,
  organiser: '计算机网络信息中心',
  contactName: '孙健英',
  contactPhone: '010-58812028',
  contactEmail: 'jysun@cnic.cn',
  visibility: 'institute',
  registrationOpen: true,
  registrationApproval: false,
  registrationFrom: '2027-03-20 09:00',
  registrationTo: '2027-04-10 17:00',
  hoursCategory: 'professional',
  generalHours: null,
};
const wrong = (overrides: Partial<ClassInput>) => {
  const result = classInputSchema.safeParse({ ...valid, ...overrides });
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('the class form’s validation', () => {
  it('takes a complete, consistent class', () => {
    expect(wrong({})).toEqual([]);
  });
  it('the end is not before the start; days fit between them; hours fit the days', () => {
    expect(wrong({ endAt: '2027-04-11 17:00' })).toEqual(['endAt']);
    expect(wrong({ days: 3 })).toEqual(['days']);
    expect(wrong({ hours: 25 })).toEqual(['hours']);
    expect(spannedDays('2027-04-30 09:00', '2027-05-02 12:00')).toBe(3);
  });
  it('post-type places do not add up to more than the planned headcount', () => {
    expect(wrong({ researchCount: 50 })).toEqual(['headcount']);
  });
  it('registration opens and closes, in that order, before the class starts, and only for a class open to someone', () => {
    expect(wrong({ registrationTo: '2027-04-12 10:00' })).toEqual(['registrationTo']);
    expect(wrong({ registrationFrom: '2027-04-11 09:00', registrationTo: '2027-04-10 09:00' })).toEqual(['registrationTo']);
    expect(wrong({ registrationFrom: null })).toEqual(['registrationFrom']);
    expect(wrong({ visibility: 'private' })).toEqual(['visibility']);
    expect(wrong({ registrationOpen: false, registrationFrom: null, registrationTo: null, visibility: 'private' })).toEqual([]);
  });
  it('phone and email are checked; times are the manual’s YYYY-MM-DD HH:mm', () => {
    expect(wrong({ contactPhone: '12345' })).toEqual(['contactPhone']);
    expect(wrong({ contactEmail: 'jysun' })).toEqual(['contactEmail']);
    expect(wrong({ startAt: '2027-04-12' })).toEqual(['startAt']);
  });
  it('T-8: a split of the hours names its general part, fewer than the total', () => {
    expect(wrong({ hoursCategory: 'split' })).toEqual(['generalHours']);
    expect(wrong({ hoursCategory: 'split', generalHours: 16 })).toEqual(['generalHours']);
    expect(wrong({ hoursCategory: 'split', generalHours: 4 })).toEqual([]);
  });
});
