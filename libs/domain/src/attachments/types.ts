/** Attachments (P-9 funding materials, T-5 notices): what may be attached and how much. */
export const MAX_ATTACHMENT_MEGABYTES = 10;
export const MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MEGABYTES * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;

export interface AttachmentType {
  mime: string;
  /** The names a file of this type may carry. */
  extensions: readonly string[];
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const startsWithBytes = (bytes: Uint8Array, signature: readonly number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);
/** An OOXML (zip) package holds its main part under a folder named for its kind. */
const zipHolds = (bytes: Uint8Array, folder: string) => new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024)).includes(folder);

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What may be attached, recognised by content (magic numbers), never by name. */
const TYPES: ReadonlyArray<AttachmentType & { matches(bytes: Uint8Array): boolean }> = [
  { mime: 'application/pdf', extensions: ['pdf'], matches: (b) => startsWithBytes(b, ascii('%PDF-')) },
  { mime: 'image/png', extensions: ['png'], matches: (b) => startsWithBytes(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], matches: (b) => startsWithBytes(b, [0xff, 0xd8, 0xff]) },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    matches: (b) => startsWithBytes(b, ZIP) && zipHolds(b, 'word/'),
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    matches: (b) => startsWithBytes(b, ZIP) && zipHolds(b, 'xl/'),
  },
  {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    matches: (b) => startsWithBytes(b, ZIP) && zipHolds(b, 'ppt/'),
  },
  // The old binary Office formats share one container; the name says which.
  { mime: 'application/msword', extensions: ['doc'], matches: (b) => startsWithBytes(b, OLE) },
  { mime: 'application/vnd.ms-excel', extensions: ['xls'], matches: (b) => startsWithBytes(b, OLE) },
  { mime: 'application/vnd.ms-powerpoint', extensions: ['ppt'], matches: (b) => startsWithBytes(b, OLE) },
];

export const ATTACHMENT_EXTENSIONS = TYPES.flatMap((t) => t.extensions);

/**
 * P-9: the type of an attachment, read from its bytes. A file whose
 * content is not an allowed type, or whose name claims another type than
 * its content (a disguised file), has none.
 */
export function attachmentType(bytes: Uint8Array, fileName: string): AttachmentType | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  const found = TYPES.find((t) => t.matches(bytes) && t.extensions.includes(extension));
  return found ? { mime: found.mime, extensions: found.extensions } : null;
}

/** An attachment as the API lists it. */
export interface AttachmentDto {
  id: number;
  name: string;
  mime: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
}
