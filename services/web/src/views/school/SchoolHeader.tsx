import type { GradeComparisonQuery } from '@mentorship/client';

import { formatInteger, formatPercent, share, STAGE_LABELS } from '../../format';

type Stats = GradeComparisonQuery['school']['stats'];

/** The school's name, stage and code; `back` links to the district dashboard. */
export function SchoolHeader({
  school,
  back,
}: {
  school: { name: string; stage: keyof typeof STAGE_LABELS; code: string };
  back?: boolean;
}) {
  return (
    <header className="view-header">
      {back && (
        <a href="#/district" className="back">
          ← 返回全区
        </a>
      )}
      <h1 data-testid="school-name">{school.name}</h1>
      <p className="term">
        {STAGE_LABELS[school.stage]} · 学校代码 {school.code}
      </p>
    </header>
  );
}

/** The school's live headline figures: students, coverage, participation, the largest mentee count. */
export function StatsCards({ stats }: { stats: Stats }) {
  return (
    <div className="cards">
      <div className="card">
        <span>在籍学生</span>
        <strong data-figure="students">{formatInteger(stats.students)}</strong>
      </div>
      <div className="card">
        <span>学生覆盖率</span>
        <strong data-figure="coverage">{formatPercent(share(stats.studentsWithLeadMentor, stats.students))}</strong>
        <small>{formatInteger(stats.studentsWithLeadMentor)} 名学生有主导师</small>
      </div>
      <div className="card">
        <span>教师参与率</span>
        <strong data-figure="participation">{formatPercent(share(stats.teachersMentoring, stats.teachers))}</strong>
        <small>
          {formatInteger(stats.teachersMentoring)} / {formatInteger(stats.teachers)} 名教师担任导师
        </small>
      </div>
      <div className="card">
        <span>最多带教</span>
        <strong data-figure="maxMentees">{formatInteger(stats.maxMenteesPerMentor)}</strong>
        <small>人 / 导师</small>
      </div>
    </div>
  );
}
