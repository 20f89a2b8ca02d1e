import fs from 'node:fs';

import PDFDocument from 'pdfkit';

/** One piece of a report, laid out top to bottom. */
export type PdfBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; headers: string[]; rows: (string | number | null)[][] }
  /** A horizontal bar chart drawn with vector rectangles; `value` is shown after each bar. */
  | { kind: 'bars'; bars: { label: string; value: number; max: number; text: string }[] }
  | { kind: 'centered'; text: string; size: number; gap?: number };

/** Debian's fonts (fonts-wqy-microhei, installed by ensure-pdf-tools.sh) unless PDF_FONT_PATH names another. */
const FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
];

export class PdfFontMissing extends Error {}

/** The CJK font every PDF embeds (subset), and the face to take from a collection. */
export function pdfFont(env: NodeJS.ProcessEnv = process.env): { path: string; family?: string } {
  const path = env.PDF_FONT_PATH || FONT_CANDIDATES.find((f) => fs.existsSync(f));
  if (!path || !fs.existsSync(path))
    throw new PdfFontMissing('No Chinese font for PDF exports: install fonts-wqy-microhei or set PDF_FONT_PATH.');
  if (path.includes('wqy-microhei')) return { path, family: 'WenQuanYiMicroHei' };
  if (path.includes('wqy-zenhei')) return { path, family: 'WenQuanYiZenHei' };
  if (path.endsWith('NotoSansCJK-Regular.ttc')) return { path, family: 'NotoSansCJKsc-Regular' };
  return { path };
}

const MARGIN = 50;

/** An A4 document in Chinese, text extractable (the font is embedded with its Unicode map). */
export function toPdf(
  meta: { title: string; author?: string },
  blocks: PdfBlock[],
  layout: 'portrait' | 'landscape' = 'portrait',
): Promise<Buffer> {
  const font = pdfFont();
  const doc = new PDFDocument({
    size: 'A4',
    layout,
    margin: MARGIN,
    info: { Title: meta.title, Author: meta.author ?? '全员导师制平台' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', font.path, font.family as string);
  doc.font('cjk');
  const width = doc.page.width - 2 * MARGIN;
  const room = (h: number) => {
    if (doc.y + h > doc.page.height - MARGIN) doc.addPage();
  };
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        doc.fontSize(18).text(block.text, { align: 'center' }).moveDown(0.8);
        break;
      case 'heading':
        room(60);
        doc.fontSize(13).text(block.text).moveDown(0.3);
        break;
      case 'paragraph':
        doc.fontSize(10).text(block.text, { width }).moveDown(0.5);
        break;
      case 'centered':
        doc
          .fontSize(block.size)
          .text(block.text, MARGIN, doc.y, { align: 'center', width })
          .moveDown(block.gap ?? 0.6);
        break;
      case 'table':
        table(doc, block.headers, block.rows, width, room);
        break;
      case 'bars':
        bars(doc, block.bars, width, room);
        break;
    }
  }
  doc.end();
  return done;
}

function table(
  doc: PDFKit.PDFDocument,
  headers: string[],
  rows: (string | number | null)[][],
  width: number,
  room: (h: number) => void,
): void {
  const col = width / headers.length;
  const line = (cells: (string | number | null)[], bold: boolean) => {
    room(18);
    const y = doc.y;
    doc.fontSize(9).fillColor(bold ? '#000' : '#222');
    cells.forEach((c, i) =>
      doc.text(c === null ? '—' : String(c), MARGIN + i * col, y, { width: col - 4, lineBreak: false, ellipsis: true }),
    );
    doc
      .moveTo(MARGIN, y + 14)
      .lineTo(MARGIN + width, y + 14)
      .strokeColor('#ccc')
      .lineWidth(0.5)
      .stroke();
    doc.x = MARGIN;
    doc.y = y + 17;
  };
  line(headers, true);
  rows.forEach((r) => line(r, false));
  doc.fillColor('#000').moveDown(0.6);
}

function bars(
  doc: PDFKit.PDFDocument,
  items: { label: string; value: number; max: number; text: string }[],
  width: number,
  room: (h: number) => void,
): void {
  const labelWidth = 110;
  const barWidth = width - labelWidth - 90;
  for (const bar of items) {
    room(18);
    const y = doc.y;
    doc
      .fontSize(9)
      .fillColor('#000')
      .text(bar.label, MARGIN, y, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
    doc
      .rect(MARGIN + labelWidth, y, barWidth, 10)
      .fillColor('#eee')
      .fill();
    const w = bar.max > 0 ? Math.max(0, Math.min(1, bar.value / bar.max)) * barWidth : 0;
    if (w > 0)
      doc
        .rect(MARGIN + labelWidth, y, w, 10)
        .fillColor('#3b7dd8')
        .fill();
    doc.fillColor('#000').text(bar.text, MARGIN + labelWidth + barWidth + 6, y, { width: 84, lineBreak: false });
    doc.x = MARGIN;
    doc.y = y + 16;
  }
  doc.moveDown(0.6);
}

export const PDF_CONTENT_TYPE = 'application/pdf';
