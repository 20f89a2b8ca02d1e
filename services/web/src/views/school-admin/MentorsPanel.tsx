import {
  CertifyMentorDocument,
  type Client,
  type MentorStatus,
  SchoolTeachersDocument,
  type SchoolTeachersQuery,
  StartMentorTrialDocument,
} from '@mentorship/client';
import { useState } from 'react';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDate } from '../../format';
import { Empty, useAction } from './kit';
import { HandOverForm, TakeOutForm } from './SuccessionForms';
import { TeamForm } from './TeamForm';

export const MENTOR_STATUS: Record<MentorStatus, string> = {
  TRAINEE: '试用期',
  CERTIFIED: '已聘任',
  SUSPENDED: '已暂停',
  NOT_SUITABLE: '暂不适合',
};
type Teacher = SchoolTeachersQuery['school']['teachers']['nodes'][number];

/** 导师聘任 and 继任: trial, certify, not suitable, suspend with a successor; hand mentees over. */
export function MentorsPanel({ client, schoolId }: { client: Client; schoolId: string }) {
  const state = useQuery(client, SchoolTeachersDocument, { schoolId, after: null });
  const { act, busy, note } = useAction();
  const [takeOut, setTakeOut] = useState<{ teacher: Teacher; how: 'suspend' | 'notSuitable' } | null>(null);
  if (state.status !== 'done') return <Status state={state} />;
  const teachers = state.data.school.teachers.nodes;
  const simple = (step: 'trial' | 'certify', teacherId: string, done: string) =>
    act(
      async () =>
        step === 'trial'
          ? (await client.request(StartMentorTrialDocument, { teacherId })).startMentorTrial.userErrors
          : (await client.request(CertifyMentorDocument, { teacherId })).certifyMentor.userErrors,
      done,
    ).then((ok) => ok && state.reload());
  return (
    <section data-testid="mentors-panel">
      <div className="panel">
        <h3>导师聘任</h3>
        <p className="note">
          聘任须完成区定必修培训并度过试用期；暂停或认定暂不适合时，其受导学生移交给继任导师。共 {teachers.length}{' '}
          名教师{state.data.school.teachers.pageInfo.hasNextPage ? '（仅显示前 100 名）' : ''}。
        </p>
        {note}
        {teachers.length === 0 ? (
          <Empty>本校还没有教师，请先在“名册”中导入教师。</Empty>
        ) : (
          <div className="scroll-x" tabIndex={0} role="region" aria-label="表格（可左右滚动）">
            <table className="data compact" data-testid="teachers">
              <thead>
                <tr>
                  <th>教师</th>
                  <th>工号</th>
                  <th>状态</th>
                  <th>试用开始</th>
                  <th>聘任日期</th>
                  <th>必修培训</th>
                  <th>操作</th>
                </tr>
              </thead>
              <tbody>
                {teachers.map((t) => (
                  <tr key={t.id} data-teacher={t.id}>
                    <td>{t.name}</td>
                    <td>{t.staffNumber}</td>
                    <td>{MENTOR_STATUS[t.mentorStatus]}</td>
                    <td>{t.trialStartedOn ? formatDate(t.trialStartedOn) : '—'}</td>
                    <td>{t.certifiedOn ? formatDate(t.certifiedOn) : '—'}</td>
                    <td>
                      {t.training
                        ? `${t.training.requiredCoursesDone}/${t.training.requiredCoursesTotal}` +
                          (t.training.complete ? ' 已完成' : '')
                        : '—'}
                    </td>
                    <td className="actions">
                      {t.mentorStatus !== 'CERTIFIED' && (
                        <button
                          type="button"
                          className="secondary"
                          disabled={busy}
                          onClick={() => void simple('trial', t.id, `${t.name} 已开始试用期。`)}
                        >
                          开始试用
                        </button>
                      )}
                      {t.mentorStatus === 'TRAINEE' && (
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => void simple('certify', t.id, `${t.name} 已聘任。`)}
                        >
                          聘任
                        </button>
                      )}
                      {(t.mentorStatus === 'TRAINEE' || t.mentorStatus === 'CERTIFIED') && (
                        <>
                          <button
                            type="button"
                            className="secondary"
                            onClick={() => setTakeOut({ teacher: t, how: 'notSuitable' })}
                          >
                            暂不适合
                          </button>
                          <button
                            type="button"
                            className="secondary"
                            onClick={() => setTakeOut({ teacher: t, how: 'suspend' })}
                          >
                            暂停
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      {takeOut && (
        <TakeOutForm
          client={client}
          {...takeOut}
          teachers={teachers}
          onDone={() => {
            setTakeOut(null);
            state.reload();
          }}
        />
      )}
      <TeamForm client={client} schoolId={schoolId} teachers={teachers} />
      <HandOverForm client={client} teachers={teachers} onDone={state.reload} />
    </section>
  );
}
