import type { AttendeeDto } from './dto';

/** A person on an attendance list, for tests to vary one field at a time. Not exported from the package's index. */
export function exampleAttendee(id: number, overrides: Partial<AttendeeDto> = {}): AttendeeDto {
  return {
    id,
    name: `学员${id}`,
    employeeNo: `T00000${id}`,
    orgId: 5,
    orgName: '新媒体技术与应用发展部',
    postType: 'research',
    phone: null,
    email: null,
    attended: false,
    confirmedHours: null,
    confirmedAt: null,
    ...overrides,
  };
}
