import type { Label } from '../i18n/locale';

/** H-3: a certificate of one class (结业证书), or a person's record of a year (年度学时证明). */
export const CERTIFICATE_KINDS = ['class', 'annual'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
export const CERTIFICATE_KIND_LABELS: Record<CertificateKind, Label> = {
  class: { 'zh-CN': '结业证书', 'en-US': 'Certificate of completion' },
  annual: { 'zh-CN': '年度继续教育学时证明', 'en-US': 'Annual continuing-education record' },
};

/**
 * H-3: the verification page shows only what verifying needs: the name
 * partly masked (唐安莉 → 唐*莉, 王五 → 王*), every character but the first
 * and, for names of three or more, the last.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

/** A serial as printed: CAS-2026-C-7K3M-9QX2-H4TB (year, kind, twelve random characters that are not 0/O or 1/I). */
export const SERIAL_PATTERN = /^CAS-\d{4}-[CA]-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
export const SERIAL_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function formatSerial(year: number, kind: CertificateKind, random: readonly number[]): string {
  const chars = random.slice(0, 12).map((n) => SERIAL_ALPHABET[n % SERIAL_ALPHABET.length]);
  return `CAS-${year}-${kind === 'class' ? 'C' : 'A'}-${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8, 12).join('')}`;
}

/** What the public verification page says of a serial (H-3): nothing more than verifying needs. */
export interface CertificateVerificationDto {
  serial: string;
  kind: CertificateKind;
  state: 'valid' | 'revoked';
  holder: string;
  title: string;
  year: number;
  generalHours: number;
  professionalHours: number;
  totalHours: number;
  issuer: string;
  issuedAt: string;
  revokedAt: string | null;
}

/** A certificate as its holder's record lists it. */
export interface CertificateRefDto {
  id: number;
  serial: string;
  revoked: boolean;
}
