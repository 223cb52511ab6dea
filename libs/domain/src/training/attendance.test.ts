import { attendanceChange, attendeeIdsSchema, confirmationOf, confirmHoursSchema, summariseConfirmation } from '.';

const listed = { attended: false, confirmedHours: null };
const attending = { attended: true, confirmedHours: null };
const confirmed = { attended: true, confirmedHours: 16 };

describe('T-6: attendance and 学时确认', () => {
  it('people may be unticked or removed until their hours are confirmed', () => {
    expect(attendanceChange(listed)).toEqual({ allowed: true });
    expect(attendanceChange(attending)).toEqual({ allowed: true });
    expect(attendanceChange(confirmed)).toMatchObject({ allowed: false, rule: 'T-6', reason: { 'zh-CN': '学时已确认，不能取消参会或移除 (T-6)' } });
  });

  it('only people ticked as attending get hours, and only once', () => {
    expect(confirmationOf(attending)).toBe('confirmed');
    expect(confirmationOf(confirmed)).toBe('already_confirmed');
    expect(confirmationOf(listed)).toBe('not_attended');
    expect(confirmationOf(undefined)).toBe('not_added');
  });

  it('a confirmation answers with how many people each outcome concerned', () => {
    expect(summariseConfirmation([attending, attending, confirmed, listed, undefined])).toEqual({
      confirmed: 2,
      already_confirmed: 1,
      not_attended: 1,
      not_added: 1,
    });
  });
});

describe('attendance requests', () => {
  it('name at least one person, each once an id', () => {
    expect(attendeeIdsSchema.safeParse({ staffIds: [] }).success).toBe(false);
    expect(attendeeIdsSchema.safeParse({ staffIds: [0] }).success).toBe(false);
    expect(attendeeIdsSchema.safeParse({ staffIds: [3, 4] }).success).toBe(true);
  });

  it('学时确认 without names means everyone ticked', () => {
    expect(confirmHoursSchema.parse({})).toEqual({});
    expect(confirmHoursSchema.safeParse({ staffIds: [] }).success).toBe(false);
  });
});
