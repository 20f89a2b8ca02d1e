import { type Client, HeadTeacherClassroomsDocument, MyClassroomDocument } from '@mentorship/client';
import { useState } from 'react';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDate, formatInteger, formatPercent, share } from '../../format';
import { ConsultationForm } from './ConsultationForm';
import { TasksPanel } from './TasksPanel';

/** 班主任: the class (or classes) I am head teacher of, found in the school's directory. */
export function ClassView({ client }: { client: Client }) {
  const state = useQuery(client, HeadTeacherClassroomsDocument, {});
  // A consultation saved with a task for me shows in my task list at once.
  const [saves, setSaves] = useState(0);
  if (state.status !== 'done') return <Status state={state} />;
  const me = state.data.me.teacher?.id;
  const mine = state.data.schools.nodes
    .flatMap((s) => s.grades.flatMap((g) => g.classrooms))
    .filter((c) => c.headTeacher?.id === me);
  if (mine.length === 0)
    return (
      <p className="status" data-testid="no-class">
        您目前没有担任班主任的班级。
      </p>
    );
  return (
    <>
      {mine.map((c) => (
        <OneClass key={c.id} client={client} classroomId={c.id} onSaved={() => setSaves((n) => n + 1)} />
      ))}
      <TasksPanel key={saves} client={client} />
    </>
  );
}

/** One class: live figures, its 学情会商 (record one; read past ones), follow-up tasks I own. */
function OneClass({ client, classroomId, onSaved }: { client: Client; classroomId: string; onSaved: () => void }) {
  const state = useQuery(client, MyClassroomDocument, { classroomId });
  if (state.status !== 'done') return <Status state={state} />;
  const { classroom, me } = state.data;
  const consultations = state.data.caseConsultations;
  const m = classroom.metrics;
  const rate = (n: number) => (m ? formatPercent(share(n, m.students)) : '—');
  const mentors = new Map<string, string>();
  for (const s of classroom.students.nodes) for (const x of s.mentors) mentors.set(x.mentor.id, x.mentor.name);
  return (
    <section>
      <header className="view-header">
        <h1 data-testid="class-name">
          {classroom.grade.name} {classroom.name}
        </h1>
        <p className="term">
          {m ? `${m.term} 学期` : ''} · 学生 {formatInteger(classroom.students.totalCount)} 名
        </p>
      </header>
      {m ? (
        <div className="cards" data-testid="class-figures">
          <div className="card">
            <span>有主导师</span>
            <strong data-figure="coverage">{formatPercent(m.coverage)}</strong>
            <small>
              {formatInteger(m.studentsWithLeadMentor)} / {formatInteger(m.students)} 名
            </small>
          </div>
          <div className="card">
            <span>家访</span>
            <strong data-figure="homeVisit">{rate(m.homeVisitDone)}</strong>
            <small>{formatInteger(m.homeVisitDone)} 名</small>
          </div>
          <div className="card">
            <span>谈心谈话</span>
            <strong data-figure="talk">{rate(m.talkDone)}</strong>
            <small>{formatInteger(m.talkDone)} 名</small>
          </div>
          <div className="card">
            <span>成长寄语</span>
            <strong data-figure="writtenFeedback">{rate(m.writtenFeedbackDone)}</strong>
            <small>{formatInteger(m.writtenFeedbackDone)} 名</small>
          </div>
          <div className="card">
            <span>“三个一”全部完成</span>
            <strong data-figure="allDuties">{rate(m.allDutiesDone)}</strong>
            <small>{formatInteger(m.allDutiesDone)} 名</small>
          </div>
        </div>
      ) : (
        <p className="status">本学期还没有数据。</p>
      )}

      <h2>记录学情会商</h2>
      <ConsultationForm
        client={client}
        classroomId={classroom.id}
        students={classroom.students.nodes}
        mentors={[...mentors].map(([id, name]) => ({ id, name }))}
        me={me.teacher ?? null}
        onSaved={() => (state.reload(), onSaved())}
      />

      <h2>本班会商记录</h2>
      {consultations.nodes.length === 0 ? (
        <p className="status" data-testid="no-consultations">
          还没有会商记录。
        </p>
      ) : (
        <ol className="timeline" data-testid="consultations">
          {consultations.nodes.map((c) => (
            <li key={c.id} data-consultation={c.id}>
              <p className="meta">
                <strong>{formatDate(c.heldOn)}</strong> · 参加：{c.attendees.map((a) => a.name).join('、') || '—'}
              </p>
              <ul>
                {c.decisions.map((d, i) => (
                  <li key={i} data-field="decision">
                    {d.student?.name ?? '学生'}：{d.decision}
                  </li>
                ))}
              </ul>
              {c.tasks.length > 0 && (
                <ul className="note">
                  {c.tasks.map((t) => (
                    <li key={t.id} data-field="task">
                      跟进：{t.description}（{t.owner?.name ?? ''}
                      {t.dueOn ? `，${formatDate(t.dueOn)}前` : ''}）{t.doneAt ? ' ✓ 已完成' : ''}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {consultations.totalCount > consultations.nodes.length && (
        <p className="note">仅显示最近 {consultations.nodes.length} 次会商。</p>
      )}
    </section>
  );
}
