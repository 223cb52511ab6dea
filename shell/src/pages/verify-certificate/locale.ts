import type { Messages } from '@casmooc/ui';

/** H-3: the public verification of a certificate's serial. */
export const verifyMessages = {
  'zh-CN': {
    'verify.title': '证书核验',
    'verify.hint': '输入证书上的编号，或扫描证书上的二维码，核验结业证书和年度学时证明的真伪。',
    'verify.serial': '证书编号',
    'verify.placeholder': '如 CAS-2026-C-7K3M-9QX2-H4TB',
    'verify.check': '核验',
    'verify.valid': '证书有效',
    'verify.revoked': '证书已作废',
    'verify.revokedAt': '该证书已于 {at} 作废（学时记录经更正），请以更正后重新出具的证书为准。',
    'verify.notFound': '未找到该编号的证书，请核对编号是否正确。',
    'verify.failed': '核验失败：{message}',
    'verify.holder': '持证人',
    'verify.kind': '证书类型',
    'verify.name': '培训 / 年度',
    'verify.hours': '学时',
    'verify.hoursValue': '{total} 学时（公需科目 {general}，专业科目 {professional}）',
    'verify.issuer': '出具单位',
    'verify.issuedAt': '出具日期',
    'verify.privacy': '为保护个人信息，姓名已部分隐去。',
  },
  'en-US': {
    'verify.title': 'Verify a certificate',
    'verify.hint': 'Enter the number printed on a certificate, or scan its QR code, to check a certificate of completion or an annual record.',
    'verify.serial': 'Certificate number',
    'verify.placeholder': 'e.g. CAS-2026-C-7K3M-9QX2-H4TB',
    'verify.check': 'Verify',
    'verify.valid': 'Valid certificate',
    'verify.revoked': 'Revoked certificate',
    'verify.revokedAt': 'This certificate was revoked on {at} (its hours were corrected): the certificate issued after the correction holds.',
    'verify.notFound': 'No certificate has this number: please check it.',
    'verify.failed': 'Could not verify: {message}',
    'verify.holder': 'Holder',
    'verify.kind': 'Kind',
    'verify.name': 'Class / year',
    'verify.hours': 'Hours',
    'verify.hoursValue': '{total} hours ({general} general, {professional} professional)',
    'verify.issuer': 'Issued by',
    'verify.issuedAt': 'Issued on',
    'verify.privacy': 'The name is partly hidden to protect personal data.',
  },
} satisfies Messages;

export type VerifyKey = keyof (typeof verifyMessages)['zh-CN'];
