import { toIso } from './connection';

describe('toIso', () => {
  it('reads every shape the two dialects return as UTC', () => {
    const iso = '2026-11-28T08:30:00.000Z';
    expect(toIso(new Date(iso))).toBe(iso);
    expect(toIso(Date.parse(iso))).toBe(iso);
    expect(toIso('2026-11-28 08:30:00')).toBe(iso);
    expect(toIso(null)).toBeNull();
  });
});
