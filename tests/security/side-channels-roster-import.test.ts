import { exportTable } from '@mentorship/spreadsheet';
import { errorCodes, execute, expectNoGraphQLErrors } from '@mentorship/testing';

import { comparable, startVictim, type Victim } from '../support/side-channel-victim';

/**
 * Side channels (issue 12, "No oracle"): each attack is performed for real, once with the hidden fact true and once
 * with it false, through the gateway and directly at the subgraph; the caller must get the same answer both times.
 * See services/school/SIDE-CHANNELS.md. Here: roster import (1): the school admin cannot test a student for an
 * attention category.
 */
describe('side channels: no answer depends on what the caller cannot read', () => {
  let p: Victim['p'];
  let victim: Victim['victim'];
  let admin: Victim['admin'];
  let setCategories: Victim['setCategories'];
  let categoriesOf: Victim['categoriesOf'];
  beforeAll(async () => {
    ({ p, victim, admin, setCategories, categoriesOf } = await startVictim());
  });
  afterAll(() => p?.stop());

  describe('roster import (1): the school admin cannot test a student for an attention category', () => {
    const PREVIEW =
      `mutation($i: PreviewRosterImportInput!) { previewRosterImport(input: $i) { ` +
      `preview { id created updated unchanged canConfirm missing { studentNumber ` +
      `} rowErrors { row column code message } } userErrors { field code message ` +
      `} } }`;
    const CONFIRM =
      'mutation($id: ID!) { confirmRosterImport(importId: $id) { preview { status created ' +
      'updated unchanged } userErrors { field code message } } }';
    const oneRow = async (category: string | null) => {
      const headers = ['学号', '姓名', '性别', '年级', '班级', ...(category === null ? [] : ['关注类别'])];
      const row = [
        victim.number,
        victim.name,
        victim.gender,
        victim.grade,
        victim.classroom,
        ...(category === null ? [] : [category]),
      ];
      return (await exportTable({ name: 'x', headers, rows: [row] }, 'CSV')).content.toString('base64');
    };
    const attempt = async (url: string, category: string | null) => {
      const preview = await execute(url, PREVIEW, {
        token: admin,
        variables: { i: { kind: 'STUDENTS', format: 'CSV', fileBase64: await oneRow(category) } },
      });
      const id = preview.data?.previewRosterImport?.preview?.id;
      const confirm = id ? await execute(url, CONFIRM, { token: admin, variables: { id } }) : null;
      return { preview, confirm };
    };

    it.each([['gateway'], ['school subgraph']])(
      'a one-row file with 关注类别 answers the same whether or not the student has the category (%s)',
      async (where) => {
        const url = where === 'gateway' ? p.gatewayUrl : p.schoolUrl;
        await setCategories(['PSYCHOLOGICAL']);
        const withFact = await attempt(url, '心理问题');
        expect(await categoriesOf()).toEqual(['PSYCHOLOGICAL']);
        await setCategories([]);
        const withoutFact = await attempt(url, '心理问题');
        // Nor can the import write a category the admin may not set.
        expect(await categoriesOf()).toEqual([]);
        expect(comparable(withFact.preview)).toEqual(comparable(withoutFact.preview));
        expect(comparable(withFact.confirm ?? withFact.preview)).toEqual(
          comparable(withoutFact.confirm ?? withoutFact.preview),
        );
        // The refusal says which column and why, and names no student.
        expect(errorCodes(withFact.preview)).toEqual(['BAD_USER_INPUT']);
        expect(withFact.preview.errors![0].extensions).toMatchObject({ field: 'fileBase64', column: '关注类别' });
        expect(withFact.preview.errors![0].message).toMatch(/关注类别.*mentor/);
        expect(JSON.stringify(withFact.preview)).not.toContain(victim.name);
      },
    );

    it('an empty 关注类别 cell is refused the same way (the column itself is not the admin’s)', async () => {
      await setCategories(['LEFT_BEHIND']);
      const empty = await attempt(p.gatewayUrl, '');
      await setCategories([]);
      const emptyWithout = await attempt(p.gatewayUrl, '');
      expect(comparable(empty.preview)).toEqual(comparable(emptyWithout.preview));
      expect(errorCodes(empty.preview)).toEqual(['BAD_USER_INPUT']);
    });

    it.each([['gateway'], ['school subgraph']])(
      'a file without the column previews and confirms the same whatever the student’s categories (%s)',
      async (where) => {
        const url = where === 'gateway' ? p.gatewayUrl : p.schoolUrl;
        await setCategories(['PSYCHOLOGICAL', 'LEFT_BEHIND']);
        const withFact = await attempt(url, null);
        expect(await categoriesOf()).toEqual(['LEFT_BEHIND', 'PSYCHOLOGICAL']);
        await setCategories([]);
        const withoutFact = await attempt(url, null);
        expect(comparable(withFact.preview)).toEqual(comparable(withoutFact.preview));
        expect(comparable(withFact.confirm!)).toEqual(comparable(withoutFact.confirm!));
        expect(expectNoGraphQLErrors(withFact.preview).previewRosterImport.preview).toMatchObject({
          created: 0,
          updated: 0,
          unchanged: 1,
        });
      },
    );

    it('the template and the student export carry no 关注类别 column', async () => {
      for (const url of [p.gatewayUrl, p.schoolUrl]) {
        const template = expectNoGraphQLErrors(
          await execute(url, '{ rosterTemplate(kind: STUDENTS, format: CSV) { base64 } }', { token: admin }),
        ).rosterTemplate.base64;
        const exported = expectNoGraphQLErrors(
          await execute(url, '{ rosterExport(kind: STUDENTS, format: CSV) { base64 } }', { token: admin }),
        ).rosterExport.base64;
        for (const file of [template, exported])
          expect(Buffer.from(file, 'base64').toString('utf8')).not.toContain('关注类别');
      }
    });
  });
});
