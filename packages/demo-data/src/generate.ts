import {
  DEFAULT_SCALE,
  type DemoDistrict,
  type DemoScale,
  type DemoSchoolRoster,
  type DemoSchoolSummary,
  type Stage,
} from './model';
import { type Gender, personName, phoneNumber } from './names';
import { Random, stableId } from './random';
import { GRADE_NAME, STAGE_CODE, STAGE_GRADES, STAGE_NAME, STAGE_SUBJECTS, stageOf } from './stages';

export const CURRENT_YEAR = '2026-2027';
const PREVIOUS_YEAR = '2025-2026';
const CAP = 15;

/** The district, its calendar, policy and school registry; the same scale always gives the same data. */
export function generateDistrict(scale: Partial<DemoScale> = {}): DemoDistrict {
  const { schools: schoolCount, students, seed } = { ...DEFAULT_SCALE, ...scale };
  if (schoolCount < 1 || students < schoolCount * 40)
    throw new Error('Demo scale needs at least one school and 40 students per school.');
  const rng = new Random(`${seed}/district`);
  const districtId = stableId(seed, 'district');
  const years = [PREVIOUS_YEAR, CURRENT_YEAR].map((name) => {
    const start = Number(name.slice(0, 4));
    return {
      id: stableId(seed, 'year', name),
      name,
      startsOn: `${start}-09-01`,
      endsOn: `${start + 1}-07-15`,
      terms: [
        {
          id: stableId(seed, 'term', name, '1'),
          number: 1 as const,
          startsOn: `${start}-09-01`,
          endsOn: `${start + 1}-01-20`,
        },
        {
          id: stableId(seed, 'term', name, '2'),
          number: 2 as const,
          startsOn: `${start + 1}-02-20`,
          endsOn: `${start + 1}-07-15`,
        },
      ],
    };
  });
  const weights = Array.from({ length: schoolCount }, () => 0.7 + rng.next() * 0.6);
  const total = weights.reduce((a, b) => a + b, 0);
  const perStage: Record<Stage, number> = { PRIMARY: 0, JUNIOR_SECONDARY: 0, SENIOR_SECONDARY: 0, VOCATIONAL: 0 };
  const schools: DemoSchoolSummary[] = weights.map((w, index) => {
    const stage = stageOf(index, schoolCount);
    const n = ++perStage[stage];
    return {
      id: stableId(seed, 'school', String(index)),
      index,
      stage,
      code: `BJ-${STAGE_CODE[stage]}${String(n).padStart(3, '0')}`,
      name: STAGE_NAME[stage](n),
      studentCount: Math.max(40, Math.round((students * w) / total)),
    };
  });
  return {
    seed,
    district: { id: districtId, name: '滨江区', code: 'BJ' },
    policy: { mentorStudentCap: CAP, smallGroupThreshold: 5 },
    academicYears: years,
    currentYear: years[1],
    schools,
  };
}

/**
 * One school's roster: grades, classes of about 40, teachers each teaching several classes,
 * and mentorships for most but not all students (capped at 15 per mentor), plus a few
 * ended mentorships from last year so history is visible.
 */
export function generateSchoolRoster(district: DemoDistrict, school: DemoSchoolSummary): DemoSchoolRoster {
  const { seed } = district;
  const rng = new Random(`${seed}/school/${school.index}`);
  const id = (...parts: string[]) => stableId(seed, school.id, ...parts);
  const gender = (): Gender => (rng.chance(0.5) ? 'MALE' : 'FEMALE');
  const levels = STAGE_GRADES[school.stage];
  const subjects = STAGE_SUBJECTS[school.stage];

  const grades = levels.map((level) => ({ id: id('grade', String(level)), level, name: GRADE_NAME[level] }));
  const perGrade = Math.ceil(school.studentCount / grades.length);
  const classroomsByGrade = grades.map((g) =>
    Array.from({ length: Math.max(1, Math.round(perGrade / 40)) }, (_, i) => ({
      id: id('classroom', String(g.level), String(i + 1)),
      gradeId: g.id,
      name: `${g.name}(${i + 1})班`,
      headTeacherId: '',
    })),
  );
  const classrooms = classroomsByGrade.flat();

  // About one teacher per 12 students keeps room under the cap of 15 for everyone.
  const teacherCount = Math.max(classrooms.length, Math.ceil(school.studentCount / 12));
  const teachers = Array.from({ length: teacherCount }, (_, i) => {
    const g = gender();
    return {
      id: id('teacher', String(i)),
      staffNumber: `T${school.code.slice(3)}${String(i + 1).padStart(4, '0')}`,
      name: personName(rng, g),
      gender: g,
      phone: phoneNumber(rng),
      mentorStatus: 'CERTIFIED' as DemoSchoolRoster['teachers'][number]['mentorStatus'],
    };
  });

  // Each teacher belongs to one grade and teaches one subject in two or three of its classes.
  const teachersByGrade = grades.map(() => [] as typeof teachers);
  teachers.forEach((t, i) => teachersByGrade[i % grades.length].push(t));
  const teachingAssignments: DemoSchoolRoster['teachingAssignments'] = [];
  const teachesClassroom = new Map<string, string[]>();
  grades.forEach((_, gi) => {
    const rooms = classroomsByGrade[gi];
    teachersByGrade[gi].forEach((t, ti) => {
      const subject = subjects[ti % subjects.length];
      const count = Math.min(rooms.length, rng.int(2, 3));
      const start = rng.int(0, rooms.length - 1);
      for (let k = 0; k < count; k++) {
        const room = rooms[(start + k) % rooms.length];
        teachingAssignments.push({
          id: id('assignment', t.id, room.id, subject),
          teacherId: t.id,
          classroomId: room.id,
          subject,
        });
        teachesClassroom.set(room.id, [...(teachesClassroom.get(room.id) ?? []), t.id]);
      }
    });
    rooms.forEach((room, ri) => {
      const inGrade = teachersByGrade[gi];
      room.headTeacherId = (inGrade[ri % inGrade.length] ?? teachers[ri % teachers.length]).id;
    });
  });

  const students: DemoSchoolRoster['students'] = [];
  let serial = 0;
  grades.forEach((g, gi) => {
    const rooms = classroomsByGrade[gi];
    const count =
      gi === grades.length - 1
        ? school.studentCount - students.length
        : Math.min(perGrade, school.studentCount - students.length);
    for (let k = 0; k < count; k++) {
      const sg = gender();
      serial += 1;
      students.push({
        id: id('student', String(serial)),
        classroomId: rooms[k % rooms.length].id,
        studentNumber: school.code.slice(3) + String(2026 - (g.level - levels[0])) + String(serial).padStart(5, '0'),
        name: personName(rng, sg),
        gender: sg,
      });
    }
  });

  // Some teachers do not mentor yet (new, or not yet suitable); the rest take students up to the cap.
  const load = new Map<string, number>();
  const mentoring = new Set(teachers.filter(() => rng.chance(0.9)).map((t) => t.id));
  // Those not mentoring are new (试用期) or, a few, not yet suitable (暂时不适合).
  for (const t of teachers) if (!mentoring.has(t.id)) t.mentorStatus = rng.chance(0.7) ? 'TRAINEE' : 'NOT_SUITABLE';
  const hasRoom = (t: string) => mentoring.has(t) && (load.get(t) ?? 0) < CAP;
  const mentorships: DemoSchoolRoster['mentorships'] = [];
  const byGradeOfClassroom = new Map(classrooms.map((c) => [c.id, grades.findIndex((g) => g.id === c.gradeId)]));
  for (const s of students) {
    if (rng.chance(0.03)) {
      // Last year's pairing, ended when the year closed.
      mentorships.push({
        id: id('mentorship', s.id, PREVIOUS_YEAR),
        studentId: s.id,
        mentorId: rng.pick(teachers).id,
        role: 'LEAD',
        academicYear: PREVIOUS_YEAR,
        startedOn: '2025-09-10',
        endedOn: '2026-07-15',
        endReason: 'YEAR_ENDED',
      });
    }
    if (rng.chance(0.07)) continue; // not yet matched: coverage is "most but not all"
    const candidates = (teachesClassroom.get(s.classroomId) ?? []).filter(hasRoom);
    const fallback = teachersByGrade[byGradeOfClassroom.get(s.classroomId)!].map((t) => t.id).filter(hasRoom);
    const mentor = candidates.length
      ? rng.pick(candidates)
      : fallback.length
        ? rng.pick(fallback)
        : teachers.map((t) => t.id).find(hasRoom);
    if (!mentor) continue;
    load.set(mentor, (load.get(mentor) ?? 0) + 1);
    mentorships.push({
      id: id('mentorship', s.id, CURRENT_YEAR, 'LEAD'),
      studentId: s.id,
      mentorId: mentor,
      role: 'LEAD',
      academicYear: CURRENT_YEAR,
      startedOn: '2026-09-10',
      endedOn: null,
      endReason: null,
    });
    if (rng.chance(0.01)) {
      const helper = (teachesClassroom.get(s.classroomId) ?? []).find((t) => t !== mentor && hasRoom(t));
      if (helper) {
        load.set(helper, (load.get(helper) ?? 0) + 1);
        mentorships.push({
          id: id('mentorship', s.id, CURRENT_YEAR, 'SUPPORTING'),
          studentId: s.id,
          mentorId: helper,
          role: 'SUPPORTING',
          academicYear: CURRENT_YEAR,
          startedOn: '2026-09-10',
          endedOn: null,
          endReason: null,
        });
      }
    }
  }
  return {
    schoolId: school.id,
    districtId: district.district.id,
    grades,
    classrooms,
    teachers,
    students,
    teachingAssignments,
    mentorships,
  };
}
