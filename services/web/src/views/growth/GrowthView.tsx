import '../school-admin/admin.css';

import {
  type Client,
  GrowthRecordDocument,
  GrowthRecordExportDocument,
  type GrowthTeacherFieldsFragment,
  GrowthTeachersDocument,
  MyGrowthRecordDocument,
  OwnSchoolDocument,
  type ReportFormat,
} from '@mentorship/client';

import { downloadBase64, useQuery } from '../../api';
import { Status } from '../../components/Status';
import { EVALUATION_LEVEL_LABELS, formatDate, formatDecimal, RECORD_KIND_LABELS } from '../../format';
import { Empty, useAction } from '../school-admin/kit';

const STATUS_LABELS: Record<string, string> = {
  NOT_SUITABLE: '不适宜',
  TRAINEE: '试用',
  CERTIFIED: '已聘任',
  SUSPENDED: '暂停',
};

/** 我的成长轨迹: the signed-in teacher's own record. */
export function MyGrowthView({ client }: { client: Client }) {
  const state = useQuery(client, MyGrowthRecordDocument, {});
  if (state.status !== 'done') return <Status state={state} />;
  const teacher = state.data.me.teacher;
  if (!teacher) return <Empty>您的账号未关联教师信息。</Empty>;
  return <GrowthRecord client={client} teacher={teacher} title="我的导师成长轨迹" />;
}

/** School admin: a teacher's record (#/growth/<teacherId>), or the list to choose from. */
export function TeacherGrowthView({ client, teacherId }: { client: Client; teacherId?: string }) {
  if (!teacherId) return <TeacherPicker client={client} />;
  return <TeacherGrowth client={client} teacherId={teacherId} />;
}

function TeacherGrowth({ client, teacherId }: { client: Client; teacherId: string }) {
  const state = useQuery(client, GrowthRecordDocument, { teacherId });
  if (state.status !== 'done') return <Status state={state} />;
  return (
    <>
      <a className="back" href="#/growth">
        ← 全部教师
      </a>
      <GrowthRecord client={client} teacher={state.data.teacher} title={`${state.data.teacher.name} 的导师成长轨迹`} />
    </>
  );
}

function TeacherPicker({ client }: { client: Client }) {
  const own = useQuery(client, OwnSchoolDocument, {});
  const schoolId = own.status === 'done' ? own.data.schools.nodes[0]?.id : undefined;
  const state = useQuery(client, GrowthTeachersDocument, { schoolId: schoolId ?? '' }, { skip: !schoolId });
  if (own.status !== 'done') return <Status state={own} />;
  if (!schoolId) return <Empty>您的账号未关联学校。</Empty>;
  if (state.status !== 'done') return <Status state={state} />;
  const teachers = state.data.school.teachers.nodes;
  return (
    <section>
      <header className="view-header">
        <h1>导师成长轨迹</h1>
      </header>
      <p className="note">
        <a href="#/growth/me">查看我自己的成长轨迹</a> · 选择一位教师查看其逐学期记录（可导出用于职称申报）。
      </p>
      {teachers.length === 0 ? (
        <Empty>本校尚无教师。</Empty>
      ) : (
        <ul className="chips" aria-label="教师">
          {teachers.map((t) => (
            <li key={t.id} className="chip">
              <a href={`#/growth/${t.id}`}>
                {t.name}（{t.staffNumber}）
              </a>
            </li>
          ))}
        </ul>
      )}
      {state.data.school.teachers.pageInfo.hasNextPage && <p className="note">仅列出前 100 位教师。</p>}
    </section>
  );
}

function GrowthRecord({
  client,
  teacher,
  title,
}: {
  client: Client;
  teacher: GrowthTeacherFieldsFragment;
  title: string;
}) {
  const exporting = useAction();
  const exportAs = (format: ReportFormat) =>
    exporting.act(
      async () =>
        downloadBase64(
          (await client.request(GrowthRecordExportDocument, { teacherId: teacher.id, format })).teacher
            .growthRecordExport,
        ),
      '已开始下载。',
    );
  return (
    <section data-testid="growth">
      <header className="view-header">
        <h1>{title}</h1>
      </header>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={exporting.busy}
          onClick={() => exportAs('PDF')}
          data-testid="growth-pdf"
        >
          导出 PDF（职称申报）
        </button>
        <button type="button" className="primary" disabled={exporting.busy} onClick={() => exportAs('XLSX')}>
          导出 Excel
        </button>
      </div>
      {exporting.note}
      {teacher.growthRecord.length === 0 ? (
        <Empty>尚无带教记录。</Empty>
      ) : (
        <ul className="timeline" aria-label="逐学期记录">
          {teacher.growthRecord.map((g) => (
            <li key={g.term} data-testid="growth-term" data-term={g.term}>
              <h3>{g.term} 学期</h3>
              <p>
                受导学生 <strong>{g.mentees}</strong> 名（主导师 {g.leadMentees}） · 工作记录{' '}
                <strong>{g.dutiesTotal}</strong> 条
                {g.duties.some((d) => d.count > 0) &&
                  `（${g.duties
                    .filter((d) => d.count > 0)
                    .map((d) => `${RECORD_KIND_LABELS[d.kind as keyof typeof RECORD_KIND_LABELS] ?? d.kind} ${d.count}`)
                    .join('、')}）`}
              </p>
              <p>
                培训：{g.trainingCourses} 门课程，{formatDecimal(g.trainingHours)} 学时
              </p>
              {g.evaluation && (
                <p>
                  考核：{formatDecimal(g.evaluation.total)} 分，{EVALUATION_LEVEL_LABELS[g.evaluation.level]}
                </p>
              )}
              {g.recognitionRanks.length > 0 && (
                <p data-testid="growth-recognition">
                  <span className="badge published">优秀导师</span> 第 {g.recognitionRanks.join('、')} 名
                </p>
              )}
              {g.statusChanges.length > 0 && (
                <p className="note">
                  聘任：
                  {g.statusChanges
                    .map(
                      (s) => `${formatDate(s.at)} ${STATUS_LABELS[s.from] ?? s.from} → ${STATUS_LABELS[s.to] ?? s.to}`,
                    )
                    .join('；')}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
