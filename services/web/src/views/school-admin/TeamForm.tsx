import {
  ClassroomStudentsDocument,
  type Client,
  FormMentorTeamDocument,
  SchoolGradesDocument,
  type SchoolTeachersQuery,
} from '@mentorship/client';
import { useState } from 'react';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { useAction } from './kit';

type Teacher = SchoolTeachersQuery['school']['teachers']['nodes'][number];

/** 导师团: a student's lead mentor and supporting mentors (多对一), chosen from a classroom's students. */
export function TeamForm({ client, schoolId, teachers }: { client: Client; schoolId: string; teachers: Teacher[] }) {
  const grades = useQuery(client, SchoolGradesDocument, { schoolId });
  const [classroomId, setClassroom] = useState('');
  const students = useQuery(client, ClassroomStudentsDocument, { schoolId, classroomId }, { skip: !classroomId });
  const { act, busy, note } = useAction();
  const [form, setForm] = useState({
    studentId: '',
    lead: '',
    supporting: [] as string[],
    academicYear: '2026-2027',
  });
  const mentors = teachers.filter((t) => t.mentorStatus === 'CERTIFIED' || t.mentorStatus === 'TRAINEE');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const ok = await act(
      async () =>
        (
          await client.request(FormMentorTeamDocument, {
            input: {
              studentId: form.studentId,
              leadMentorId: form.lead,
              supportingMentorIds: form.supporting,
              academicYear: form.academicYear,
            },
          })
        ).formMentorTeam.userErrors,
      '导师团已组建。',
    );
    if (ok) students.reload();
  }
  const list = students.status === 'done' ? students.data.school.students.nodes : [];
  const current = list.find((s) => s.id === form.studentId);
  return (
    <div className="panel">
      <h3>组建导师团（一名主导师，可加协助导师）</h3>
      <Status state={grades} />
      <form className="admin" onSubmit={(e) => void submit(e)} data-testid="mentor-team">
        <label>
          班级
          <select
            value={classroomId}
            onChange={(e) => {
              setClassroom(e.target.value);
              setForm({ ...form, studentId: '' });
            }}
            required
          >
            <option value="">请选择</option>
            {grades.status === 'done' &&
              grades.data.school.grades.flatMap((g) =>
                g.classrooms.map((c) => (
                  <option key={c.id} value={c.id}>
                    {g.name}
                    {c.name}
                  </option>
                )),
              )}
          </select>
        </label>
        <label>
          学生
          <select
            value={form.studentId}
            onChange={(e) => setForm({ ...form, studentId: e.target.value })}
            required
            disabled={!classroomId}
          >
            <option value="">{students.status === 'loading' && classroomId ? '加载中…' : '请选择'}</option>
            {list.map((s) => (
              <option key={s.id} value={s.id}>
                {s.studentNumber} {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          主导师
          <select value={form.lead} onChange={(e) => setForm({ ...form, lead: e.target.value })} required>
            <option value="">请选择</option>
            {mentors.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          协助导师（可多选）
          <select
            multiple
            value={form.supporting}
            onChange={(e) => setForm({ ...form, supporting: [...e.target.selectedOptions].map((o) => o.value) })}
          >
            {mentors
              .filter((t) => t.id !== form.lead)
              .map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
          </select>
        </label>
        <label>
          学年
          <input
            value={form.academicYear}
            onChange={(e) => setForm({ ...form, academicYear: e.target.value })}
            pattern="\d{4}-\d{4}"
            required
          />
        </label>
        {current && (
          <p className="note wide">
            现任导师：
            {current.mentors.map((m) => `${m.mentor.name}（${m.role === 'LEAD' ? '主导师' : '协助'}）`).join('、') ||
              '无'}
          </p>
        )}
        <div className="wide actions">
          <button type="submit" disabled={busy}>
            保存导师团
          </button>
          {note}
        </div>
      </form>
    </div>
  );
}
