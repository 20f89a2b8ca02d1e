import {
  AddTrainingCourseDocument,
  type Client,
  ImportTrainingCompletionsDocument,
  type ImportTrainingCompletionsMutation,
  TrainingCoursesDocument,
  type TrainingTopic,
} from '@mentorship/client';
import { useState } from 'react';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDecimal, formatInteger, STAGE_LABELS } from '../../format';
import { Empty, FilePicker, readFile, RowErrors, useAction } from '../school-admin/kit';

export const TOPIC_LABELS: Record<TrainingTopic, string> = {
  POLICY_AND_PLAN: '政策与方案',
  TEACHER_STUDENT_RELATIONSHIP: '师生关系',
  MENTAL_HEALTH: '心理健康教育',
  ADOLESCENCE: '青春期教育',
  HOME_SCHOOL_COMMUNICATION: '家校沟通与家庭教育指导',
  CAREER_GUIDANCE: '生涯指导',
  MENTOR_WELLBEING: '导师积极心理',
};
type ImportResult = ImportTrainingCompletionsMutation['importTrainingCompletions'];

/** 培训: the catalogue, a new course, and completions from a file (check first, then record). */
export function TrainingPanel({ client }: { client: Client }) {
  const courses = useQuery(client, TrainingCoursesDocument, {});
  const add = useAction();
  const [course, setCourse] = useState({
    title: '',
    topic: 'POLICY_AND_PLAN' as TrainingTopic,
    hours: 2,
    required: true,
  });
  async function addCourse(e: React.FormEvent) {
    e.preventDefault();
    const ok = await add.act(
      async () =>
        (await client.request(AddTrainingCourseDocument, { input: { ...course, hours: Number(course.hours) } }))
          .addTrainingCourse.userErrors,
      '课程已加入目录。',
    );
    if (ok) {
      setCourse({ ...course, title: '' });
      courses.reload();
    }
  }
  return (
    <section data-testid="training-panel">
      <div className="panel">
        <h3>培训课程目录</h3>
        <Status state={courses} />
        {courses.status === 'done' &&
          (courses.data.trainingCourses.nodes.length === 0 ? (
            <Empty>目录中还没有课程。</Empty>
          ) : (
            <div className="scroll-x" tabIndex={0} role="region" aria-label="表格（可左右滚动）">
              <table className="data compact" data-testid="courses">
                <thead>
                  <tr>
                    <th>课程</th>
                    <th>主题</th>
                    <th className="num">学时</th>
                    <th>必修</th>
                    <th>适用学段</th>
                  </tr>
                </thead>
                <tbody>
                  {courses.data.trainingCourses.nodes.map((c) => (
                    <tr key={c.id}>
                      <td>
                        {c.title}
                        {c.schoolBased ? '（校本）' : ''}
                      </td>
                      <td>{TOPIC_LABELS[c.topic]}</td>
                      <td className="num">{formatDecimal(c.hours)}</td>
                      <td>{c.required ? '必修' : '选修'}</td>
                      <td>{c.stages.length ? c.stages.map((s) => STAGE_LABELS[s]).join('、') : '全部'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        {courses.status === 'done' &&
          courses.data.trainingCourses.totalCount > courses.data.trainingCourses.nodes.length && (
            <p className="note" data-testid="courses-truncated">
              目录共 {courses.data.trainingCourses.totalCount} 门课程，这里按名称列出前{' '}
              {courses.data.trainingCourses.nodes.length} 门。
            </p>
          )}
        <form className="admin" onSubmit={(e) => void addCourse(e)} data-testid="add-course">
          <label>
            课程名称
            <input value={course.title} onChange={(e) => setCourse({ ...course, title: e.target.value })} required />
          </label>
          <label>
            主题
            <select
              value={course.topic}
              onChange={(e) => setCourse({ ...course, topic: e.target.value as TrainingTopic })}
            >
              {Object.entries(TOPIC_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <label>
            学时
            <input
              type="number"
              min={0.5}
              step={0.5}
              value={course.hours}
              onChange={(e) => setCourse({ ...course, hours: Number(e.target.value) })}
            />
          </label>
          <label>
            <span>
              <input
                type="checkbox"
                checked={course.required}
                onChange={(e) => setCourse({ ...course, required: e.target.checked })}
              />{' '}
              必修
            </span>
          </label>
          <div className="wide actions">
            <button type="submit" disabled={add.busy}>
              添加课程
            </button>
            {add.note}
          </div>
        </form>
      </div>
      <CompletionsImport client={client} />
    </section>
  );
}

function CompletionsImport({ client }: { client: Client }) {
  const { act, busy, note } = useAction();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const send = (confirm: boolean) =>
    act(
      async () => {
        const f = await readFile(file!);
        const r = (
          await client.request(ImportTrainingCompletionsDocument, { fileBase64: f.base64, format: f.format, confirm })
        ).importTrainingCompletions;
        setResult(r);
        return r.userErrors;
      },
      confirm ? '已记录。' : '已检查（尚未写入）。',
    );
  return (
    <div className="panel">
      <h3>导入培训完成记录</h3>
      <p className="note">
        表头：学校代码、工号、课程、完成日期、学时（可空）、是否合格。先检查，全部无误后再确认写入。
      </p>
      <div className="actions">
        <FilePicker
          label="选择培训完成记录文件"
          file={file}
          testId="completions-file"
          onChange={(f) => {
            setFile(f);
            setResult(null);
          }}
        />
        <button type="button" disabled={!file || busy} onClick={() => void send(false)}>
          检查文件
        </button>
        {result && !result.applied && result.rowErrors.length === 0 && (
          <button type="button" disabled={busy} onClick={() => void send(true)} data-testid="completions-confirm">
            确认写入 {formatInteger(result.recorded)} 条
          </button>
        )}
        {note}
      </div>
      {result && <RowErrors errors={result.rowErrors} />}
      {result?.applied && (
        <p className="status saved" role="status">
          已写入 {formatInteger(result.recorded)} 条培训完成记录。
        </p>
      )}
    </div>
  );
}
