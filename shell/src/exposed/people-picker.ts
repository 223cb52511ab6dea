/**
 * `shell/people-picker`: the one people picker, loaded at run time by every
 * remote so that a fix to it deploys once. `PeoplePicker` is the modal;
 * `PeoplePickerField` the compact form field (both take PeoplePickerProps);
 * `ContactPickButton` fills a form's contact from one person.
 */
export { PeoplePicker, type PeoplePickerProps, type PeoplePickerModalProps, type PickerSource } from '../people-picker/people-picker';
export { PeoplePickerField } from '../people-picker/people-picker-field';
export { ContactPickButton } from '../people-picker/contact-pick-button';
export type { StaffSummary as PickedPerson } from '@casmooc/domain';
