import { useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Alert, Button, Link, Space, Spin, Table, Tag, Typography, Upload } from '@arco-design/web-react';
import { IconDownload, IconUpload } from '@arco-design/web-react/icon';
import { errorMessage, IMPORT_OUTCOMES, IMPORT_REASONS, isXlsxFileName, MAX_IMPORT_BYTES, type ImportOutcome, type ImportRowResult, type StaffSummary } from '@casmooc/domain';
import type { DirectoryClient, ImportPreview } from '../api/directory-client';
import { useLocale, useT } from '../exposed/locale';
import { pickerMessages } from './locale';

const OUTCOME_COLORS: Record<ImportOutcome, string> = {
  matched: 'green',
  unmatched: 'red',
  ambiguous: 'orange',
  duplicate: 'gray',
  out_of_scope: 'purple',
  invalid: 'red',
};

interface Props {
  client: DirectoryClient;
  add(people: readonly StaffSummary[]): number;
}

/** 从Excel导入: upload, see every row's match and reason, then add the matched people. */
export const ImportTab = observer(function ImportTab({ client, add }: Props) {
  const t = useT(pickerMessages);
  const locale = useLocale();
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<number | null>(null);

  const read = async (file: File) => {
    setError(null);
    setAdded(null);
    // An .xls or .csv is named, not dropped without a word (Upload's own accept filter would drop it).
    if (!isXlsxFileName(file.name)) return setError(`${file.name}: ${errorMessage('IMPORT_NOT_XLSX', locale)}`);
    if (file.size > MAX_IMPORT_BYTES) return setError(t('picker.import.tooLarge'));
    setReading(true);
    try {
      setPreview(await client.importSheet(file));
    } catch (e) {
      setPreview(null);
      setError((e as Error).message);
    } finally {
      setReading(false);
    }
  };

  const matched = preview?.results.filter((r) => r.outcome === 'matched' && r.staff).map((r) => r.staff!) ?? [];
  const reason = (r: ImportRowResult) =>
    r.outcome === 'duplicate' && r.sameAsRow
      ? t('picker.import.sameAsRow', { row: r.sameAsRow })
      : IMPORT_REASONS[r.reason][locale] + (r.candidates ? ` ${t('picker.import.candidates', { count: r.candidates })}` : '');

  return (
    <div className="picker__import">
      <Space direction="vertical" size="medium" style={{ width: '100%' }}>
        <Space>
          <Link href={client.templateUrl} icon={<IconDownload />} download>
            {t('picker.import.template')}
          </Link>
          <Typography.Text type="secondary">{t('picker.import.help')}</Typography.Text>
        </Space>
        {error && <Alert type="error" content={error} />}
        {!preview && (
          <Spin loading={reading} tip={t('picker.import.reading')} block>
            <Upload
              drag
              accept={{ type: '.xlsx', strict: false }}
              showUploadList={false}
              customRequest={({ file }) => void read(file as File)}
              tip={t('picker.import.hint')}
              aria-label={t('picker.tab.import')}
            />
          </Spin>
        )}
        {preview && (
          <>
            <Space wrap>
              {IMPORT_OUTCOMES.filter((o) => preview.counts[o] > 0).map((o) => (
                <Tag key={o} color={OUTCOME_COLORS[o]} data-outcome={o}>
                  {t(`outcome.${o}`)} {preview.counts[o]}
                </Tag>
              ))}
            </Space>
            <Table
              size="small"
              rowKey="row"
              data={preview.results}
              pagination={{ pageSize: 6, size: 'small' }}
              columns={[
                { title: t('picker.import.col.row'), dataIndex: 'row', width: 64 },
                { title: t('picker.import.col.name'), render: (_: unknown, r: ImportRowResult) => r.input.name },
                { title: t('picker.import.col.employeeNo'), render: (_: unknown, r: ImportRowResult) => r.input.employeeNo },
                { title: t('picker.import.col.contact'), render: (_: unknown, r: ImportRowResult) => r.input.phone || r.input.email },
                {
                  title: t('picker.import.col.outcome'),
                  width: 96,
                  render: (_: unknown, r: ImportRowResult) => <Tag color={OUTCOME_COLORS[r.outcome]}>{t(`outcome.${r.outcome}`)}</Tag>,
                },
                { title: t('picker.import.col.reason'), render: (_: unknown, r: ImportRowResult) => reason(r) },
              ]}
            />
            <Space>
              <Button type="primary" disabled={matched.length === 0} onClick={() => setAdded(add(matched))}>
                {t('picker.import.addMatched', { count: matched.length })}
              </Button>
              <Button icon={<IconUpload />} onClick={() => setPreview(null)}>
                {t('picker.import.again')}
              </Button>
              {added !== null && <Typography.Text type="success">{t('picker.import.added', { count: added })}</Typography.Text>}
            </Space>
          </>
        )}
      </Space>
    </div>
  );
});
