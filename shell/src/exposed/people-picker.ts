/**
 * `shell/people-picker`: the one people picker, loaded at run time by every
 * remote so that a fix to it deploys once. `PeoplePicker` is the modal;
 * `PeoplePickerField` the compact form field. Both take PeoplePickerProps.
 */
export { PeoplePicker, type PeoplePickerProps, type PeoplePickerModalProps, type PickerSource } from '../people-picker/people-picker';
export { PeoplePickerField } from '../people-picker/people-picker-field';
export type { StaffSummary as PickedPerson } from '@casmooc/domain';
