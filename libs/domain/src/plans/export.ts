import { STEP_STATE_LABELS } from '../approvals/types';
import type { Label, Locale } from '../i18n/locale';
import { APPROVAL_STATE_LABELS, IMPLEMENTATION_LABELS, PUBLISH_LABELS, REVOCATION_LABELS } from './enums';
import type { PlanDto } from './dto';
import { PLAN_FIELD_LABELS, planFieldChoices, planFieldText } from './fields';
import type { PlanInput } from './schemas';

/**
 * P-14: a cell a spreadsheet would run as a formula (text starting with
 * = + - @, or a tab or carriage return before one) is written as text, with
 * a leading apostrophe.
 */
export function neutraliseCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** P-14: funded plans first, in the institute's rank order (unranked ones after the ranked), then the rest by month. */
export function compareForExport(a: ExportablePlan, b: ExportablePlan): number {
  if (a.fundingRequested !== b.fundingRequested) return a.fundingRequested ? -1 : 1;
  if (a.fundingRequested && a.fundingRank !== b.fundingRank) return (a.fundingRank ?? Infinity) - (b.fundingRank ?? Infinity);
  return a.month.localeCompare(b.month) || a.id - b.id;
}

/** A plan as the export reads it: what the API sends, less the actions. */
export type ExportedPlan = Omit<PlanDto, 'actions'>;

export type ExportablePlan = Pick<PlanDto, 'id' | 'month' | 'fundingRequested' | 'fundingRank'>;

/** Fields written as numbers, summed in the totals row. */
export const EXPORT_SUMMED: ReadonlyArray<keyof PlanInput> = ['hours', 'days', 'headcount', 'budget'];

const FIELDS = [
  'orgId', 'name', 'kind', 'planType', 'category', 'month', 'hours', 'days', 'headcount', 'budget', 'organiser',
  'location', 'address', 'contactName', 'contactPhone', 'fundingRequested', 'quality', 'techSupport', 'materials',
] as const satisfies ReadonlyArray<keyof PlanInput>;
type ExportedField = (typeof FIELDS)[number];

const EXTRA_HEADERS = {
  index: { 'zh-CN': '序号', 'en-US': 'No.' },
  rank: { 'zh-CN': '资助排序', 'en-US': 'Funding rank' },
  approval: { 'zh-CN': '审批情况', 'en-US': 'Approval' },
  published: { 'zh-CN': '发布状态', 'en-US': 'Published' },
  implemented: { 'zh-CN': '实施情况', 'en-US': 'Implemented' },
  revoked: { 'zh-CN': '撤销情况', 'en-US': 'Revoked' },
};

/** One column of the export: its header and how a plan fills it. */
export interface ExportColumn {
  header: string;
  /** In characters; together about 200, which fits an A4 landscape page at three quarters size (see `EXPORT_PRINT`). */
  width: number;
  /** The field summed in the totals row, if any. */
  sums?: keyof PlanInput;
  /** A spreadsheet number format (money with thousands separators). */
  numFmt?: string;
  value(plan: ExportedPlan, index: number): string | number;
}

/** Column widths of the fields (characters), for a printed page: long text wraps inside them. */
const FIELD_WIDTHS: Record<ExportedField, number> = {
  orgId: 10, name: 16, kind: 6, planType: 6, category: 8, month: 8, hours: 5, days: 5, headcount: 5, budget: 13, organiser: 10,
  location: 6, address: 10, contactName: 6, contactPhone: 11, fundingRequested: 6, quality: 6, techSupport: 6, materials: 20,
};

/**
 * A column's width, widened so no Latin word of its header or of a label
 * it can hold is broken across lines (English needs it; Chinese wraps
 * anywhere).
 */
function fitWords(width: number, texts: readonly string[]): number {
  const longest = Math.max(0, ...texts.flatMap((text) => text.match(/[A-Za-z]+/g) ?? []).map((word) => word.length));
  return Math.max(width, longest + 1);
}

const labelsOf = (labels: Record<string, Label>, locale: Locale) => Object.values(labels).map((label) => label[locale]);

const plainText = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

/** The export's columns in the caller's language: every field of the form, the rank and each state column. */
export function exportColumns(locale: Locale): ExportColumn[] {
  const field = (name: ExportedField): ExportColumn => ({
    header: PLAN_FIELD_LABELS[name][locale],
    width: fitWords(FIELD_WIDTHS[name], [PLAN_FIELD_LABELS[name][locale], ...planFieldChoices(name, locale)]),
    ...(EXPORT_SUMMED.includes(name) && { sums: name }),
    ...(name === 'budget' && { numFmt: '#,##0.00' }),
    value: (plan) => {
      if (name === 'orgId') return plan.orgName;
      if (EXPORT_SUMMED.includes(name)) return plan[name] as number;
      if (name === 'materials') return neutraliseCell(plainText(plan.materials));
      return neutraliseCell(planFieldText(name, plan[name], locale));
    },
  });
  const chain = (plan: ExportedPlan) =>
    plan.chain.length ? plan.chain.map((s) => `${s.orgName}(${STEP_STATE_LABELS[s.state][locale]})`).join(' ') : APPROVAL_STATE_LABELS[plan.approval][locale];
  const extra = (key: keyof typeof EXTRA_HEADERS, width: number, value: ExportColumn['value'], labels: Record<string, Label> = {}): ExportColumn => ({
    header: EXTRA_HEADERS[key][locale],
    width: fitWords(width, [EXTRA_HEADERS[key][locale], ...labelsOf(labels, locale)]),
    value,
  });
  return [
    extra('index', 4, (_, i) => i + 1),
    ...FIELDS.slice(0, 16).map(field),
    extra('rank', 5, (plan) => plan.fundingRank ?? ''),
    ...FIELDS.slice(16).map(field),
    extra('approval', 14, (plan) => neutraliseCell(chain(plan))),
    extra('published', 6, (plan) => PUBLISH_LABELS[plan.published ? 'published' : 'unpublished'][locale], PUBLISH_LABELS),
    extra('implemented', 6, (plan) => IMPLEMENTATION_LABELS[plan.implemented ? 'implemented' : 'not_implemented'][locale], IMPLEMENTATION_LABELS),
    extra('revoked', 6, (plan) => REVOCATION_LABELS[plan.revoked ? 'revoked' : 'active'][locale], REVOCATION_LABELS),
  ];
}

/**
 * P-14: how the workbook prints, as a document an institute stamps and
 * hands in: A4 (paper size 9) landscape, fitted to the page's width (as
 * many pages down as it takes), the header row repeated on every page.
 */
export const EXPORT_PRINT = {
  paperSize: 9,
  orientation: 'landscape',
  fitToWidth: 1,
  fitToHeight: 0,
  /** Rows: the title, the line under it, then the header (repeated on every printed page). */
  headerRow: 3,
} as const;

/** Two ideographic spaces: the gap between the parts of a Chinese line. */
const WIDE_GAP = '\u3000\u3000';

/** The words of the export around its table, in the caller's language. */
export function exportTexts(locale: Locale, { orgName, year }: { orgName: string; year: number }) {
  const zh = locale === 'zh-CN';
  return {
    title: zh ? `${orgName} ${year} 年度培训计划` : `${orgName} annual training plans ${year}`,
    subtitle: zh
      ? `填报单位：${orgName}${WIDE_GAP}年度：${year}${WIDE_GAP}（含已上报、已审批的年度计划，不含暂存计划）`
      : `Institute: ${orgName}    Year: ${year}    (annual plans reported or decided; drafts are not included)`,
    totals: (count: number) => (zh ? `合计（${count} 个计划）` : `Total (${count} ${count === 1 ? 'plan' : 'plans'})`),
    stamp: zh ? '单位（盖章）：' : 'Institute seal:',
    date: zh ? '日期：　　　　年　　月　　日' : 'Date:',
    /** Excel's header/footer codes: &P the page, &N the pages. */
    footer: zh ? '&C第 &P 页，共 &N 页' : '&CPage &P of &N',
  };
}
