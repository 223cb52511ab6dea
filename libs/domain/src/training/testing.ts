import { exampleStaff } from '../directory/testing';
import type { AttendeeDto } from './dto';

/** A person on an attendance list, for tests to vary one field at a time. Not exported from the package's index. */
export function exampleAttendee(id: number, overrides: Partial<AttendeeDto> = {}): AttendeeDto {
  return { ...exampleStaff(id), attended: false, confirmedHours: null, confirmedAt: null, ...overrides };
}
