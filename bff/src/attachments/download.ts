import type { Response } from 'express';

/** An attachment sent to the browser: always a download, never rendered in the portal's origin, with its stored type (not a guess). */
export function sendAttachment(res: Response, file: { name: string; mime: string; content: Buffer }): void {
  res.attachment(file.name).type(file.mime).set('X-Content-Type-Options', 'nosniff').send(file.content);
}
