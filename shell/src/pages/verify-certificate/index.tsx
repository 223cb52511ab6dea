import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, Descriptions, Input, Spin, Typography } from '@arco-design/web-react';
import { academyDateText, CERTIFICATE_KIND_LABELS, type CertificateVerificationDto, type Locale } from '@casmooc/domain';
import { isApiRequestError } from '@casmooc/ui';
import { shellState } from '../../state/shell-state';
import { useLocale, useT } from '../../exposed/locale';
import { PublicFrame } from '../../layout/public-frame';
import { verifyMessages, type VerifyKey } from './locale';

type Outcome = { state: 'checking' } | { state: 'found'; certificate: CertificateVerificationDto } | { state: 'not-found' } | { state: 'failed'; message: string };

/**
 * H-3: the page a certificate's QR code opens, without sign-in: valid or
 * revoked, and only what verifying needs (the name partly masked).
 */
export function VerifyCertificatePage() {
  const { http } = shellState();
  const t = useT(verifyMessages);
  const locale = useLocale();
  const navigate = useNavigate();
  const serial = useParams().serial ?? '';
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    if (!serial) return setOutcome(null);
    setOutcome({ state: 'checking' });
    let current = true;
    http.get<CertificateVerificationDto>(`/api/public/certificates/${encodeURIComponent(serial)}`).then(
      (certificate) => current && setOutcome({ state: 'found', certificate }),
      (e) => current && setOutcome(isApiRequestError(e) && e.status === 404 ? { state: 'not-found' } : { state: 'failed', message: (e as Error).message }),
    );
    return () => void (current = false);
  }, [http, serial]);

  return (
    <PublicFrame title={t('verify.title')}>
      <Typography.Paragraph type="secondary">{t('verify.hint')}</Typography.Paragraph>
      <Input.Search
        key={serial}
        defaultValue={serial}
        allowClear
        searchButton={t('verify.check')}
        placeholder={t('verify.placeholder')}
        aria-label={t('verify.serial')}
        style={{ maxWidth: 480, marginBottom: 16 }}
        onSearch={(value) => value.trim() && navigate(`/verify/${encodeURIComponent(value.trim().toUpperCase())}`)}
      />
      {outcome?.state === 'checking' && <Spin block />}
      {/* Said as it arrives: the result is announced to a screen reader. */}
      <div role="status">
        {outcome?.state === 'not-found' && <Alert type="warning" content={t('verify.notFound')} />}
        {outcome?.state === 'failed' && <Alert type="error" content={t('verify.failed', { message: outcome.message })} />}
        {outcome?.state === 'found' && <Verified certificate={outcome.certificate} t={t} locale={locale} />}
      </div>
    </PublicFrame>
  );
}

function Verified({ certificate: c, t, locale }: { certificate: CertificateVerificationDto; t: (key: VerifyKey, vars?: Record<string, string | number>) => string; locale: Locale }) {
  const valid = c.state === 'valid';
  return (
    <>
      <Alert
        type={valid ? 'success' : 'error'}
        title={valid ? t('verify.valid') : t('verify.revoked')}
        content={valid ? c.serial : `${c.serial} · ${t('verify.revokedAt', { at: academyDateText(c.revokedAt!) })}`}
        style={{ marginBottom: 16 }}
      />
      <Descriptions
        column={1}
        border
        data={[
          { label: t('verify.holder'), value: c.holder },
          { label: t('verify.kind'), value: CERTIFICATE_KIND_LABELS[c.kind][locale] },
          { label: t('verify.name'), value: c.title },
          { label: t('verify.hours'), value: t('verify.hoursValue', { total: c.totalHours, general: c.generalHours, professional: c.professionalHours }) },
          { label: t('verify.issuer'), value: c.issuer },
          { label: t('verify.issuedAt'), value: academyDateText(c.issuedAt) },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t('verify.privacy')}
      </Typography.Paragraph>
    </>
  );
}
