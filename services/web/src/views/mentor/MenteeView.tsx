import { type Client, MenteeDetailDocument, MyWorkDocument } from '@mentorship/client';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { TrajectoryPanel } from '../growth/TrajectoryPanel';
import { ArchivePanel } from './ArchivePanel';
import { CategoriesPanel } from './CategoriesPanel';
import { CrisisPanel } from './CrisisPanel';
import { RecordForm } from './RecordForm';
import { Timeline } from './Timeline';

const Duty = ({ label, done }: { label: string; done: boolean }) => (
  <span className={done ? 'chip done' : 'chip pending'}>
    {label}
    {done ? ' ✓' : ' 未完成'}
  </span>
);

/**
 * One mentee, for their mentor only (the API refuses anyone else): 成长档案, attention categories,
 * a new record of any kind, the timeline of records (成长寄语 drafts published from there), and
 * crisis alerts. Everything on this page is personal data; every read is in the access log.
 */
export function MenteeView({ client, studentId }: { client: Client; studentId: string }) {
  const state = useQuery(client, MenteeDetailDocument, { studentId });
  const work = useQuery(client, MyWorkDocument, { first: 100 });
  if (state.status !== 'done')
    return (
      <section>
        <a href="#/mentor" className="back">
          ← 我的学生
        </a>
        <Status state={state} />
      </section>
    );
  const s = state.data.student;
  const mentees = work.status === 'done' ? work.data.me.mentees.nodes : [s];
  const reload = () => {
    state.reload();
    if (work.status === 'done') work.reload();
  };
  return (
    <section className="mentee">
      <header className="view-header">
        <a href="#/mentor" className="back">
          ← 我的学生
        </a>
        <h1 data-testid="mentee-name">{s.name}</h1>
        <p className="term">
          {s.classroom.grade.name} {s.classroom.name} · 学号 {s.studentNumber} · 导师{' '}
          {s.mentors.map((m) => `${m.mentor.name}${m.role === 'LEAD' ? '（主）' : ''}`).join('、')}
        </p>
        <p className="chips" data-testid="duties">
          <Duty label="家访" done={s.termDuties.homeVisit} />
          <Duty label="谈心谈话" done={s.termDuties.talk} />
          <Duty label="成长寄语" done={s.termDuties.writtenFeedback} />
        </p>
      </header>
      <h2>新记录</h2>
      <RecordForm
        client={client}
        mentees={mentees}
        studentId={s.id}
        optionalActions={state.data.schoolSettings.optionalActions}
        draftName={`record.student.${s.id}`}
        onSaved={reload}
      />
      <Timeline client={client} records={s.records} onChanged={reload} />
      <ArchivePanel client={client} studentId={s.id} archive={s.archive} onSaved={state.reload} />
      <CategoriesPanel client={client} studentId={s.id} flags={s.attentionCategories} onSaved={state.reload} />
      <CrisisPanel client={client} studentId={s.id} alerts={s.crisisAlerts} onRaised={state.reload} />
      <TrajectoryPanel client={client} studentId={s.id} />
    </section>
  );
}
