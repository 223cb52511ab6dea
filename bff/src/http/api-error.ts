import type { ErrorCode, Label } from '@casmooc/domain';

/**
 * A failure the client should see: a stable code, an HTTP status and,
 * for bad input, what is wrong with each field. The message is looked up
 * from the code in the caller's language when the error is sent.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly fields?: Record<string, string>,
    /** Overrides the code's standard message: one text, or one per locale. */
    readonly detail?: string | Label,
    /** The SPEC rule behind a refusal. */
    readonly rule?: string,
  ) {
    super(typeof detail === 'string' ? detail : (detail?.['en-US'] ?? code));
  }
}

/** A rule refused the action: 409 NOT_ALLOWED with the rule id and its sentence (P-13). */
export const refused = (decision: { rule: string; reason: Label }) => new ApiError(409, 'NOT_ALLOWED', undefined, decision.reason, decision.rule);

export const notFound = () => new ApiError(404, 'NOT_FOUND');
export const forbidden = () => new ApiError(403, 'FORBIDDEN');
export const unauthenticated = () => new ApiError(401, 'UNAUTHENTICATED');
export const conflict = (detail?: string) => new ApiError(409, 'CONFLICT', undefined, detail);
