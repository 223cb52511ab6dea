import { exampleStaff } from '../directory/testing';
import type { AttendeeDto, TrainingClassDto } from './dto';
import { CLASS_INPUT_FIELDS, type ClassInput } from './class-schema';

/** A person on an attendance list, for tests to vary one field at a time. Not exported from the package's index. */
export function exampleAttendee(id: number, overrides: Partial<AttendeeDto> = {}): AttendeeDto {
  return { ...exampleStaff(id), attended: false, confirmedHours: null, confirmedAt: null, ...overrides };
}

/** A training class as the API sends it, as planned and not yet implemented, for tests to vary. Not exported from the package's index. */
export function exampleClass(overrides: Partial<TrainingClassDto> = {}): TrainingClassDto {
  return {
    id: 7,
    planId: 41,
    orgId: 2,
    orgName: '计算机网络信息中心',
    name: '2026 网络安全意识培训',
    mode: 'offline',
    category: 'technical_short_course',
    year: 2026,
    month: '2026-09',
    startAt: '2026-09-01 09:00',
    endAt: '2026-09-01 17:00',
    hours: 8,
    days: 1,
    headcount: 60,
    researchCount: 0,
    managementCount: 0,
    supportCount: 0,
    externalCount: 0,
    staffCount: 0,
    budget: 20000,
    organiser: '计算机网络信息中心',
    contactName: '孙健英',
    contactPhone: '010-58812028',
    contactEmail: 'jysun@cnic.cn',
    visibility: 'private',
    registrationOpen: false,
    registrationApproval: false,
    registrationFrom: null,
    registrationTo: null,
    spent: null,
    hoursCategory: 'professional',
    generalHours: null,
    state: 'draft',
    approval: 'not_required',
    version: 3,
    createdAt: '2026-08-01T02:00:00Z',
    implementedAt: null,
    attendance: { added: 2, attended: 1, confirmed: 1 },
    plan: { id: 41, name: '2026 网络安全意识培训', month: '2026-09', budget: 20000, headcount: 60, days: 1, published: true, revoked: false, approval: 'not_required', fundingLevel: 'normal' },
    deviations: [],
    needsApproval: false,
    deviationChain: [{ orgId: 1, orgName: '中国科学院', state: 'waiting' }],
    chain: [],
    actions: { edit: { allowed: true }, implement: { allowed: true }, cancel: { allowed: true }, recordSpending: { allowed: false, rule: 'T-7', reason: '培训实施后才能登记实际支出 (T-7)' } },
    ...overrides,
  };
}

/** A class's form fields as the API sent them: what a test saves back with a few changed. Not exported from the package's index. */
export const classInputOf = (c: TrainingClassDto): ClassInput => Object.fromEntries(CLASS_INPUT_FIELDS.map((f) => [f, c[f]])) as ClassInput;
