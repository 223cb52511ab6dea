import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { ACADEMY_TIME_ZONE, CERTIFICATE_KIND_LABELS, EXTERNAL_ACTIVITY_LABELS, LEDGER_ENTRY_KIND_LABELS, type HoursProgress, type LedgerEntryDto, type RequirementInForceDto } from '@casmooc/domain';
import type { StoredCertificate } from './certificate-repository';

/** Noto Sans SC, embedded (subset) in every PDF so that it renders the same everywhere; read once. */
const FONTS = {
  regular: () => fs.readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
  bold: () => fs.readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')),
};
let loaded: { regular: Buffer; bold: Buffer } | undefined;
const fonts = () => (loaded ??= { regular: FONTS.regular(), bold: FONTS.bold() });

/** A day as a certificate writes it: 2026年3月2日, in the Academy's time. */
const CHINESE_DATE = new Intl.DateTimeFormat('zh-CN', { timeZone: ACADEMY_TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' });
const dateText = (iso: string) => CHINESE_DATE.format(new Date(iso));

/** Where the QR code leads: the public page that says whether the serial is valid. */
export const verificationUrl = (origin: string, serial: string) => `${origin}/verify/${encodeURIComponent(serial)}`;

const hoursText = (h: { generalHours: number; professionalHours: number }) => {
  const total = Math.round((h.generalHours + h.professionalHours) * 10) / 10;
  return `${total} 学时（公需科目 ${h.generalHours} 学时，专业科目 ${h.professionalHours} 学时）`;
};

async function render(layout: 'landscape' | 'portrait', draw: (doc: PDFKit.PDFDocument) => Promise<void>): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout, margin: 56, info: { Title: 'CASMOOC', Producer: 'CASMOOC training portal' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const { regular, bold } = fonts();
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  await draw(doc);
  doc.end();
  return done;
}

/** The serial, the QR code to the verification page and the address written out, at the page's foot. */
async function verificationBlock(doc: PDFKit.PDFDocument, c: StoredCertificate, origin: string): Promise<void> {
  const url = verificationUrl(origin, c.serial);
  const qr = await QRCode.toBuffer(url, { margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const size = 92;
  const x = doc.page.width - doc.page.margins.right - size;
  const y = doc.page.height - doc.page.margins.bottom - size - 16;
  doc.image(qr, x, y, { width: size });
  // On screen the code is a link too.
  doc.link(x, y, size, size, url);
  doc.font('regular').fontSize(9).fillColor('#4e5969');
  doc.text(`证书编号 ${c.serial}`, doc.page.margins.left, y + 40, { width: x - doc.page.margins.left - 16 });
  doc.text(`扫描二维码或访问 ${url} 核验真伪`, { width: x - doc.page.margins.left - 16 });
  doc.fillColor('black');
}

/** H-3: 结业证书 of one class: who, which class, when, the hours by category, issuer, serial and QR code. */
export function classCertificatePdf(c: StoredCertificate, date: string, origin: string): Promise<Buffer> {
  return render('landscape', async (doc) => {
    const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    doc.rect(28, 28, doc.page.width - 56, doc.page.height - 56).lineWidth(2).strokeColor('#165dff').stroke();
    doc.moveDown(2);
    doc.font('bold').fontSize(34).text(CERTIFICATE_KIND_LABELS.class['zh-CN'], { align: 'center', characterSpacing: 8 });
    doc.moveDown(1.5);
    doc.font('regular').fontSize(16);
    doc.text(`${c.holder.name} 同志（工号 ${c.holder.employeeNo}，${c.holder.orgName}）：`, { width });
    doc.moveDown(0.6);
    doc.text(`于 ${dateText(`${date}T12:00:00+08:00`)} 完成 ${c.issuer} 举办的“${c.title}”，经确认，记继续教育 ${hoursText(c)}。`, { width, indent: 32, lineGap: 6 });
    doc.moveDown(0.6);
    doc.text('特发此证。', { width, indent: 32 });
    doc.moveDown(2);
    doc.text(c.issuer, { width, align: 'right' });
    doc.text(dateText(c.issuedAt), { width, align: 'right' });
    await verificationBlock(doc, c, origin);
  });
}

/** H-3: a person's annual record: the requirement in force, the year's figures and every entry behind them, issuer, serial and QR code. */
export function annualRecordPdf(c: StoredCertificate, entries: readonly LedgerEntryDto[], requirement: RequirementInForceDto, progress: HoursProgress, origin: string): Promise<Buffer> {
  return render('portrait', async (doc) => {
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    doc.font('bold').fontSize(22).text(`${c.year} ${CERTIFICATE_KIND_LABELS.annual['zh-CN']}`, { align: 'center' });
    doc.moveDown(1);
    doc.font('regular').fontSize(12);
    doc.text(`姓名：${c.holder.name}    工号：${c.holder.employeeNo}    单位：${c.holder.orgName}`, { width });
    doc.text(`${c.year} 年度共记继续教育 ${hoursText(c)}。`, { width });
    doc.text(`适用要求：每年不少于 ${requirement.annualHours} 学时，其中专业科目不少于 ${requirement.requiredProfessionalHours} 学时（${requirement.orgName ? `${requirement.orgName}设定` : '国家规定的默认要求'}）。`, { width });
    doc.text(progress.met ? '完成情况：已达到年度要求。' : `完成情况：截至出具之日尚未达到年度要求（尚缺 ${progress.missingHours} 学时，其中专业科目尚缺 ${progress.missingProfessionalHours} 学时）。`, { width });
    doc.moveDown(1);

    const columns = [
      { title: '日期', width: 72 },
      { title: '培训 / 活动', width: width - 72 - 96 - 56 - 56 - 60 },
      { title: '来源', width: 96 },
      { title: '公需', width: 56 },
      { title: '专业', width: 56 },
      { title: '类型', width: 60 },
    ];
    const row = (cells: string[], font: 'regular' | 'bold') => {
      doc.font(font).fontSize(9);
      const heights = cells.map((text, i) => doc.heightOfString(text, { width: columns[i].width - 6 }));
      const height = Math.max(...heights) + 8;
      if (doc.y + height > doc.page.height - doc.page.margins.bottom - 130) doc.addPage();
      const y = doc.y;
      let x = left;
      cells.forEach((text, i) => {
        doc.text(text, x + 3, y + 4, { width: columns[i].width - 6 });
        x += columns[i].width;
      });
      doc.moveTo(left, y + height).lineTo(left + width, y + height).lineWidth(0.5).strokeColor('#c9cdd4').stroke();
      doc.x = left;
      doc.y = y + height;
    };
    row(columns.map((col) => col.title), 'bold');
    for (const e of entries) {
      const source = e.source.type === 'class' ? '培训班' : EXTERNAL_ACTIVITY_LABELS[e.source.activity]['zh-CN'];
      row([e.date, e.reason ? `${e.title}（${e.reason}）` : e.title, source, String(e.generalHours), String(e.professionalHours), LEDGER_ENTRY_KIND_LABELS[e.kind]['zh-CN']], 'regular');
    }
    doc.moveDown(2);
    doc.font('regular').fontSize(12).text(c.issuer, { width, align: 'right' });
    doc.text(dateText(c.issuedAt), { width, align: 'right' });
    await verificationBlock(doc, c, origin);
  });
}
