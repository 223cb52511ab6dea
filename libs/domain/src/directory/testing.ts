import type { StaffSummary } from './types';

/** A staff member as lists and the picker show them, for tests to vary one field at a time. Not exported from the package's index. */
export function exampleStaff(id: number, overrides: Partial<StaffSummary> = {}): StaffSummary {
  return {
    id,
    name: `人员${id}`,
    employeeNo: `E${id}`,
    orgId: 3,
    orgName: '党群办公室',
    postType: 'research',
    phone: null,
    email: null,
    ...overrides,
  };
}
