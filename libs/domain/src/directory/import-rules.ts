import type { Label } from '../i18n/locale';
import type { StaffSummary } from './types';

/** One data row of an uploaded sheet (`row` is its number in the sheet). */
export interface ImportRow {
  row: number;
  name: string;
  employeeNo: string;
  phone: string;
  email: string;
}

export const IMPORT_OUTCOMES = ['matched', 'unmatched', 'ambiguous', 'duplicate', 'out_of_scope', 'invalid'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

export const IMPORT_REASONS = {
  matched_by_employee_no: { 'zh-CN': '按工号匹配', 'en-US': 'Matched by employee number' },
  matched_by_phone: { 'zh-CN': '按手机号匹配', 'en-US': 'Matched by phone' },
  matched_by_email: { 'zh-CN': '按邮箱匹配', 'en-US': 'Matched by email' },
  matched_by_name: { 'zh-CN': '按姓名匹配（唯一）', 'en-US': 'Matched by name (unique)' },
  missing_name: { 'zh-CN': '缺少姓名', 'en-US': 'Name is missing' },
  employee_no_not_found: { 'zh-CN': '工号不存在', 'en-US': 'No one has this employee number' },
  phone_not_found: { 'zh-CN': '手机号不存在', 'en-US': 'No one has this phone number' },
  email_not_found: { 'zh-CN': '邮箱不存在', 'en-US': 'No one has this email' },
  name_not_found: { 'zh-CN': '未找到该姓名的人员', 'en-US': 'No one has this name' },
  name_mismatch: { 'zh-CN': '工号/手机/邮箱与姓名不符', 'en-US': 'The number, phone or email belongs to someone else' },
  same_name: { 'zh-CN': '存在多位同名人员，请补充工号、手机或邮箱', 'en-US': 'Several people have this name: add an employee number, phone or email' },
  same_contact: { 'zh-CN': '多位人员使用该手机或邮箱，请补充工号', 'en-US': 'Several people share this phone or email: add an employee number' },
  out_of_scope: { 'zh-CN': '该人员不在您的管理范围内', 'en-US': 'This person is outside your organisation' },
  duplicate: { 'zh-CN': '与前面的行是同一人', 'en-US': 'Same person as an earlier row' },
} satisfies Record<string, Label>;
export type ImportReason = keyof typeof IMPORT_REASONS;

export interface ImportCandidate extends StaffSummary {
  /** Inside the importing user's subtree. */
  inScope: boolean;
}

/** Every staff member the sheet's keys could mean, found by the BFF in one pass. */
export interface ImportLookup {
  byEmployeeNo: ReadonlyMap<string, ImportCandidate>;
  byPhone: ReadonlyMap<string, readonly ImportCandidate[]>;
  byEmail: ReadonlyMap<string, readonly ImportCandidate[]>;
  byName: ReadonlyMap<string, readonly ImportCandidate[]>;
}

export interface ImportRowResult {
  row: number;
  input: Omit<ImportRow, 'row'>;
  outcome: ImportOutcome;
  reason: ImportReason;
  staff?: StaffSummary;
  /** For a duplicate: the row that matched the same person first. */
  sameAsRow?: number;
  /** For an ambiguous row: how many people it could mean. */
  candidates?: number;
}

type Decision = Pick<ImportRowResult, 'outcome' | 'reason' | 'staff' | 'candidates'>;

const toStaff = ({ inScope: _inScope, ...staff }: ImportCandidate): StaffSummary => staff;

/** A key found exactly one person: are they who the row names, and may the user pick them? */
function byKey(row: ImportRow, found: readonly ImportCandidate[], matched: ImportReason, notFound: ImportReason): Decision {
  if (found.length === 0) return { outcome: 'unmatched', reason: notFound };
  const sameName = found.filter((c) => c.name === row.name);
  if (sameName.length === 0) return { outcome: 'unmatched', reason: 'name_mismatch' };
  if (sameName.length > 1) return { outcome: 'ambiguous', reason: 'same_contact', candidates: sameName.length };
  const [person] = sameName;
  return person.inScope ? { outcome: 'matched', reason: matched, staff: toStaff(person) } : { outcome: 'out_of_scope', reason: 'out_of_scope' };
}

function decide(row: ImportRow, lookup: ImportLookup): Decision {
  if (!row.name) return { outcome: 'invalid', reason: 'missing_name' };
  if (row.employeeNo) {
    const person = lookup.byEmployeeNo.get(row.employeeNo);
    return byKey(row, person ? [person] : [], 'matched_by_employee_no', 'employee_no_not_found');
  }
  if (row.phone) return byKey(row, lookup.byPhone.get(row.phone) ?? [], 'matched_by_phone', 'phone_not_found');
  if (row.email) return byKey(row, lookup.byEmail.get(row.email.toLowerCase()) ?? [], 'matched_by_email', 'email_not_found');

  const named = lookup.byName.get(row.name) ?? [];
  const inScope = named.filter((c) => c.inScope);
  if (inScope.length === 1) return { outcome: 'matched', reason: 'matched_by_name', staff: toStaff(inScope[0]) };
  if (inScope.length > 1) return { outcome: 'ambiguous', reason: 'same_name', candidates: inScope.length };
  return named.length ? { outcome: 'out_of_scope', reason: 'out_of_scope' } : { outcome: 'unmatched', reason: 'name_not_found' };
}

/**
 * SPEC §6 (c): each row is matched to a staff member by name and employee
 * number, or by name and phone or email (a name alone when it is unique in
 * the user's subtree); every row that is not a match says why.
 */
export function classifyImportRows(rows: readonly ImportRow[], lookup: ImportLookup): ImportRowResult[] {
  const firstRowOf = new Map<number, number>();
  return rows.map(({ row, ...input }) => {
    const decision = decide({ row, ...input }, lookup);
    const staffId = decision.staff?.id;
    if (decision.outcome === 'matched' && staffId !== undefined) {
      const first = firstRowOf.get(staffId);
      if (first !== undefined) return { row, input, outcome: 'duplicate', reason: 'duplicate', staff: decision.staff, sameAsRow: first };
      firstRowOf.set(staffId, row);
    }
    return { row, input, ...decision };
  });
}

export function countOutcomes(results: readonly ImportRowResult[]): Record<ImportOutcome, number> {
  const counts = Object.fromEntries(IMPORT_OUTCOMES.map((o) => [o, 0])) as Record<ImportOutcome, number>;
  results.forEach((r) => counts[r.outcome]++);
  return counts;
}
