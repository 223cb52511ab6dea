import type { RequestHandler } from 'express';
import { XLSX_MIME } from '@casmooc/domain';
import { ApiError } from './api-error';

/**
 * Writes must carry JSON, an upload (an Excel sheet, or an attachment's
 * raw bytes; only routes that declare one read it), or no body at all. A cross-site HTML form cannot
 * send `application/json` without a CORS preflight, which is what makes the
 * public login endpoint safe without a CSRF token.
 */
export const jsonOnlyWrites: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (req.method !== 'GET' && req.method !== 'HEAD' && hasBody && !req.is(['application/json', XLSX_MIME, 'application/octet-stream'])) {
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE');
  }
  next();
};
