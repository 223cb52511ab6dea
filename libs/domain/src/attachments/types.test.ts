import { attachmentType } from './types';

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p)] : p)));

describe('P-9: attachments are typed by content, not by name', () => {
  it('recognises the allowed types', () => {
    expect(attachmentType(bytes('%PDF-1.7\n...'), '培训方案.pdf')?.mime).toBe('application/pdf');
    expect(attachmentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest'), 'a.PNG')?.mime).toBe('image/png');
    expect(attachmentType(bytes([0xff, 0xd8, 0xff, 0xe0]), 'photo.jpeg')?.mime).toBe('image/jpeg');
    expect(attachmentType(bytes('PK\x03\x04', '....word/document.xml'), '经费预算.docx')?.mime).toContain('wordprocessingml');
    expect(attachmentType(bytes('PK\x03\x04', '....xl/workbook.xml'), '经费预算.xlsx')?.mime).toContain('spreadsheetml');
    expect(attachmentType(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xls')?.mime).toBe('application/vnd.ms-excel');
  });

  it('refuses a disguised file: a program named .pdf, a PNG named .docx, a workbook named .docx', () => {
    expect(attachmentType(bytes('MZ\x90\x00 this program'), '培训方案.pdf')).toBeNull();
    expect(attachmentType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'plan.docx')).toBeNull();
    expect(attachmentType(bytes('PK\x03\x04', '....xl/workbook.xml'), 'plan.docx')).toBeNull();
    expect(attachmentType(bytes('<script>alert(1)</script>'), 'page.html')).toBeNull();
    expect(attachmentType(bytes('%PDF-1.4'), 'no-extension')).toBeNull();
  });
});
