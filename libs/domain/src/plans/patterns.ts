/** Field formats shared by the API schema and the forms (kept apart from zod, which the UI need not load). */

/** A mobile number (13912345678) or a landline with area code (010-58812020, 0755-12345678-801). */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;

/** Rich text of the funding materials: generous, but bounded (it is sanitised on the server). */
export const MAX_MATERIALS_LENGTH = 200_000;
