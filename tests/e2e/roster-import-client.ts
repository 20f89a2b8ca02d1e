// Roster import and export as a school admin makes them through the gateway, and the school's students as
// the database holds them.

import { gatewayCalls, type TestPlatform } from '../support/platform';

export const PREVIEW =
  `mutation($i: PreviewRosterImportInput!) { previewRosterImport(input: $i) { preview { id status ` +
  `created updated unchanged canConfirm missing { studentNumber name } rowErrors { row column code ` +
  `message } } userErrors { field code message } } }`;
const CONFIRM =
  `mutation($id: ID!, $left: Boolean) { confirmRosterImport(importId: $id, markMissingAsLeft: $left) { ` +
  `preview { status created updated } markedLeft userErrors { field code } } }`;

export function rosterClient(platform: () => TestPlatform, adminToken: () => string, school: () => string) {
  const { gql, ok } = gatewayCalls(platform);
  const preview = async (
    kind: string,
    format: 'XLSX' | 'CSV',
    content: Buffer,
    extra: Record<string, unknown> = {},
    token = adminToken(),
  ) =>
    (await ok(token, PREVIEW, { i: { kind, format, fileBase64: content.toString('base64'), ...extra } }))
      .previewRosterImport;
  const confirm = async (id: string, left = false, token = adminToken()) =>
    (await ok(token, CONFIRM, { id, left })).confirmRosterImport;
  const students = () =>
    platform().school.query(
      `SELECT s.student_number, s.name, s.gender, c.name AS classroom, s.left_on FROM student s ` +
        `JOIN classroom c ON c.id = s.classroom_id WHERE s.school_id = $1 ORDER BY s.student_number`,
      [school()],
    );
  const exported = async (kind: string, format: 'XLSX' | 'CSV') =>
    Buffer.from(
      (
        await ok(
          adminToken(),
          'query($k: RosterExportKind!, $f: ExportFormat!) { rosterExport(kind: $k, format: $f) { base64 } }',
          { k: kind, f: format },
        )
      ).rosterExport.base64,
      'base64',
    );
  return { gql, ok, PREVIEW, preview, confirm, students, exported };
}
