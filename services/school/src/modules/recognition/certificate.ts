import { toPdf } from '@mentorship/spreadsheet';

import { termLabel } from '../term-close/term-report';
import type { Recognition, RecognizedEntry } from './recognition.entity';

const chineseDate = (d: Date) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;

/** 荣誉证书: one landscape page, printable, with the school's name and the term. */
export async function certificatePdf(recognition: Recognition, entry: RecognizedEntry) {
  const school = recognition.schoolName ?? '';
  const content = await toPdf(
    { title: `荣誉证书-${entry.name}` },
    [
      { kind: 'centered', text: '荣 誉 证 书', size: 36, gap: 1.2 },
      { kind: 'centered', text: `${entry.name} 老师：`, size: 20, gap: 0.8 },
      { kind: 'centered', text: `在${termLabel(recognition.term)}全员导师制工作中表现突出，`, size: 16, gap: 0.4 },
      { kind: 'centered', text: '被评为“优秀导师”。', size: 16, gap: 0.4 },
      { kind: 'centered', text: '特发此证，以资鼓励。', size: 16, gap: 2 },
      { kind: 'centered', text: school, size: 16, gap: 0.4 },
      { kind: 'centered', text: chineseDate(recognition.publishedAt ?? new Date()), size: 14 },
    ],
    'landscape',
  );
  return {
    filename: `荣誉证书-${school}-${recognition.term}-${entry.name}.pdf`,
    contentType: 'application/pdf',
    content,
  };
}
