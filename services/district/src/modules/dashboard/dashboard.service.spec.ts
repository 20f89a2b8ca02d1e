import { DEFAULT_THRESHOLDS, flagsOf, shortfallOf, sumFigures, termElapsedOn } from './dashboard.service';
import type { SchoolFigures } from './metric-snapshot.entity';

const band = (atLeast: number, atMost: number) => ({ atLeast, atMost });
const school = (over: Partial<SchoolFigures> = {}): SchoolFigures => ({
  students: 100,
  studentsWithLeadMentor: 100,
  teachers: 10,
  teachersMentoring: 8,
  maxMenteesPerMentor: 15,
  mentorsAboveCap: 0,
  cap: 15,
  homeVisitDone: 60,
  talkDone: 60,
  writtenFeedbackDone: 0,
  allDutiesDone: 0,
  attentionStudents: band(0, 4),
  openCrisisAlerts: band(0, 4),
  hasOverdueCrisisAlert: false,
  evaluation: null,
  ...over,
});

describe('which schools the district dashboard flags', () => {
  it('a school on track mid-term is not flagged; 成长寄语 is not expected before the term’s end', () => {
    expect(flagsOf(school(), true, 0.6, DEFAULT_THRESHOLDS, 0.9)).toEqual([]);
  });

  it('flags each reason on its own', () => {
    expect(flagsOf(school({ studentsWithLeadMentor: 94 }), true, 0.5)).toEqual(['COVERAGE_BELOW_THRESHOLD']);
    expect(flagsOf(school({ mentorsAboveCap: 1 }), true, 0.5)).toEqual(['MENTOR_ABOVE_CAP']);
    expect(flagsOf(school({ talkDone: 30 }), true, 0.6)).toEqual(['DUTIES_LAGGING']);
    expect(flagsOf(school({ talkDone: 100, homeVisitDone: 100, writtenFeedbackDone: 10 }), true, 0.95)).toEqual([
      'DUTIES_LAGGING',
    ]);
    expect(flagsOf(school({ hasOverdueCrisisAlert: true }), true, 0.5)).toEqual(['CRISIS_OVERDUE']);
    expect(flagsOf(school(), false, 0.5)).toEqual(['PLAN_NOT_FILED']);
    expect(flagsOf(school(), true, 0.5, DEFAULT_THRESHOLDS, 0.5)).toEqual(['TRAINING_BELOW_RATE']);
    expect(flagsOf(null, true, 0.5)).toEqual(['NO_FIGURES']);
  });

  it('thresholds are the district’s: 94% coverage is fine at 90, flagged at 95; the shortfall says by how much', () => {
    const t = { ...DEFAULT_THRESHOLDS, coverage: 0.9 };
    expect(flagsOf(school({ studentsWithLeadMentor: 94 }), true, 0.5, t)).toEqual([]);
    expect(shortfallOf(school({ studentsWithLeadMentor: 94 }), 0.5, t, null)).toBe(0);
    expect(shortfallOf(school({ studentsWithLeadMentor: 94 }), 0.5, DEFAULT_THRESHOLDS, null)).toBe(1);
    expect(shortfallOf(school({ talkDone: 20 }), 0.6, DEFAULT_THRESHOLDS, 0.7)).toBe(20);
  });

  it('term progress counts China days: the first day is 0, the last 1', () => {
    expect(termElapsedOn('2026-09-01', '2026-09-01', '2027-01-20')).toBe(0);
    expect(termElapsedOn('2027-01-20', '2026-09-01', '2027-01-20')).toBe(1);
  });

  it('sums sensitive counts over schools as the sum of their bands, nothing sharper', () => {
    const totals = sumFigures([
      { figures: school({ attentionStudents: band(5, 9) }), planFiled: true, trained: 8, mentorsTrained: 6 },
      { figures: school({ attentionStudents: band(0, 4) }), planFiled: false, trained: 2, mentorsTrained: 2 },
      { figures: null, planFiled: false },
    ]);
    expect(totals).toMatchObject({
      schools: 3,
      schoolsReporting: 2,
      students: 200,
      attentionStudents: { atLeast: 5, atMost: 13 },
      plansFiled: 1,
      teachersTrained: 10,
      mentorsTrained: 8,
      trainingRate: 8 / 16,
    });
  });
});
