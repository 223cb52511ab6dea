import { classifyImportRows, countOutcomes, type ImportCandidate, type ImportLookup, type ImportRow } from './import-rules';
import { exampleStaff } from './testing';

const person = (id: number, name: string, extra: Partial<ImportCandidate> = {}): ImportCandidate => ({
  ...exampleStaff(id, { name, phone: `1380000000${id}`, email: `u${id}@cnic.cn` }),
  inScope: true,
  ...extra,
});

const lookupOf = (people: ImportCandidate[]): ImportLookup => {
  const group = (key: (p: ImportCandidate) => string | null) => {
    const map = new Map<string, ImportCandidate[]>();
    people.forEach((p) => {
      const k = key(p);
      if (k) map.set(k, [...(map.get(k) ?? []), p]);
    });
    return map;
  };
  return {
    byEmployeeNo: new Map(people.map((p) => [p.employeeNo, p])),
    byPhone: group((p) => p.phone),
    byEmail: group((p) => p.email),
    byName: group((p) => p.name),
  };
};

const row = (n: number, fields: Partial<ImportRow>): ImportRow => ({ row: n, name: '', employeeNo: '', phone: '', email: '', ...fields });

describe('classifyImportRows (SPEC §6 c)', () => {
  const zhang = person(1, '张伟');
  const zhang2 = person(2, '张伟');
  const li = person(3, '李娜');
  const outsider = person(4, '王芳', { inScope: false });
  const lookup = lookupOf([zhang, zhang2, li, outsider]);
  const classify = (...rows: ImportRow[]) => classifyImportRows(rows, lookup);

  it('matches by name and employee number, phone or email', () => {
    const results = classify(
      row(2, { name: '李娜', employeeNo: 'E3' }),
      row(3, { name: '张伟', phone: '13800000001' }),
      row(4, { name: '张伟', email: 'U2@cnic.cn' }),
    );
    expect(results.map((r) => [r.outcome, r.reason, r.staff?.id])).toEqual([
      ['matched', 'matched_by_employee_no', 3],
      ['matched', 'matched_by_phone', 1],
      ['matched', 'matched_by_email', 2],
    ]);
  });

  it('matches a name alone only when it is unique in scope', () => {
    expect(classify(row(2, { name: '李娜' }))[0]).toMatchObject({ outcome: 'matched', reason: 'matched_by_name' });
    expect(classify(row(2, { name: '张伟' }))[0]).toMatchObject({ outcome: 'ambiguous', reason: 'same_name', candidates: 2 });
  });

  it('says why a row does not match', () => {
    const results = classify(
      row(2, { name: '李娜', employeeNo: 'E999' }),
      row(3, { name: '李娜', employeeNo: 'E1' }),
      row(4, { name: '赵六' }),
      row(5, { name: '', employeeNo: 'E3' }),
      row(6, { name: '李娜', phone: '10000000000' }),
    );
    expect(results.map((r) => [r.outcome, r.reason])).toEqual([
      ['unmatched', 'employee_no_not_found'],
      ['unmatched', 'name_mismatch'],
      ['unmatched', 'name_not_found'],
      ['invalid', 'missing_name'],
      ['unmatched', 'phone_not_found'],
    ]);
  });

  it('never picks someone outside the user’s subtree', () => {
    const results = classify(row(2, { name: '王芳', employeeNo: 'E4' }), row(3, { name: '王芳' }));
    expect(results.map((r) => [r.outcome, r.staff])).toEqual([
      ['out_of_scope', undefined],
      ['out_of_scope', undefined],
    ]);
  });

  it('marks the second row of the same person as a duplicate of the first', () => {
    const results = classify(row(2, { name: '李娜', employeeNo: 'E3' }), row(7, { name: '李娜', phone: '13800000003' }));
    expect(results[1]).toMatchObject({ outcome: 'duplicate', sameAsRow: 2 });
    expect(countOutcomes(results)).toMatchObject({ matched: 1, duplicate: 1 });
  });
});
