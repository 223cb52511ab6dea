import { academyDate, academyDayStart, academyMinute, academyTimeText, academyYear, yearChoices } from './academy-time';

describe('the Academy’s calendar (China time, whatever the machine’s zone)', () => {
  const newYearsEveUtc = new Date('2026-12-31T17:00:00Z');

  it('it is already the next year in Beijing when it is still the old one in UTC', () => {
    expect(academyYear(newYearsEveUtc)).toBe(2027);
    expect(academyDate(newYearsEveUtc)).toBe('2027-01-01');
    expect(academyYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
  });

  it('year pickers offer next year, this year and the years before, from the Academy’s year', () => {
    expect(yearChoices(1, newYearsEveUtc)).toEqual([2028, 2027, 2026]);
    expect(yearChoices(2, new Date('2026-06-15T00:00:00Z'))).toEqual([2027, 2026, 2025, 2024]);
  });

  it('a day begins at midnight Beijing time', () => {
    expect(academyDayStart('2026-11-28').toISOString()).toBe('2026-11-27T16:00:00.000Z');
    expect(academyTimeText('2026-11-27T16:30:00Z')).toBe('2026/11/28 00:30');
  });
});

describe('academyMinute', () => {
  it('writes the moment in China time, as class times are written', () => {
    expect(academyMinute(new Date('2026-12-31T16:05:00Z'))).toBe('2027-01-01 00:05');
    expect(academyMinute(new Date('2026-06-01T03:30:59Z'))).toBe('2026-06-01 11:30');
  });
});
