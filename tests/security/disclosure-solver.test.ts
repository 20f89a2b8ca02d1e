import { IntegerModel } from '../support/disclosure-solver';

/**
 * The exact solver the disclosure audit stands on (issue 12; services/school/DISCLOSURE.md), on its own: it finds the
 * subtraction attack, a bound between measures, and proves a cell free with a witness.
 */
describe('the exact solver', () => {
  it('finds the subtraction attack: a grade of 11 with classrooms 5, 0, withheld, 5 pins the withheld one to 1', () => {
    const m = new IntegerModel();
    const rooms = [0, 1, 2, 3].map((i) => m.variable(`classroom ${i + 1}`, 0, 40));
    m.sum(rooms, 11, 11, 'grade: 11');
    m.sum([rooms[0]], 5, 5, 'classroom 1: 5');
    m.sum([rooms[1]], 0, 0, 'classroom 2: 0');
    m.sum([rooms[2]], 1, 4, 'classroom 3: <5');
    m.sum([rooms[3]], 5, 5, 'classroom 4: 5');
    expect(m.range([rooms[2]])).toEqual({ min: 1, max: 1 });
    expect(m.determinedCells([{ name: 'classroom 3', vars: [rooms[2]], truth: 1 }])).toEqual([
      { name: 'classroom 3', value: 1 },
    ]);
  });

  it(
    'finds a bound between measures: 6 attention students, 5 of them with a mentor, ' + 'one student without a mentor',
    () => {
      const m = new IntegerModel();
      const [a, w] = [m.variable('attention', 0, 30), m.variable('with mentor', 0, 29)];
      m.difference(w, a, Number.NEGATIVE_INFINITY, 0);
      m.difference(a, w, Number.NEGATIVE_INFINITY, 1); // 30 students, 29 with a lead mentor
      m.sum([a], 5, 9, 'band 5–9');
      m.sum([w], 0, 4, 'band 0–4');
      // Two bands published independently pin both: the unmentored student is flagged.
      expect(m.range([a])).toEqual({ min: 5, max: 5 });
      expect(m.range([w])).toEqual({ min: 4, max: 4 });
    },
  );

  it('proves a cell free with a witness: the same grade published as bands leaves every cell open', () => {
    const m = new IntegerModel();
    const rooms = [0, 1, 2, 3].map((i) => m.variable(`classroom ${i + 1}`, 0, 40));
    m.sum(rooms, 10, 14, 'grade: 10–14');
    const cells = rooms.map((v, i) => ({ name: `classroom ${i + 1}`, vars: [v], truth: [5, 0, 1, 5][i] }));
    expect(m.determinedCells(cells)).toEqual([]);
    expect(m.range([rooms[2]])).toEqual({ min: 0, max: 14 });
  });
});
