import {
  type ArchiveFieldsFragment,
  type Client,
  EditGrowthArchiveDocument,
  type FamilyStructure,
} from '@mentorship/client';
import { type FormEvent, useState } from 'react';

import { OutcomeLine } from '../../components/Outcome';
import { type Outcome, useDraft } from '../../draft';
import { errorText } from '../../errors';
import { FAMILY_LABELS, formatDateTime } from '../../format';

const FIELDS = [
  ['personality', '性格特点'],
  ['habits', '行为习惯'],
  ['interests', '兴趣特长'],
  ['healthNotes', '身体状况'],
] as const;
type Field = (typeof FIELDS)[number][0];
type Values = Record<Field, string> & { familyStructure: string };

const valuesOf = (a: ArchiveFieldsFragment): Values => ({
  familyStructure: a.familyStructure ?? '',
  personality: a.personality ?? '',
  habits: a.habits ?? '',
  interests: a.interests ?? '',
  healthNotes: a.healthNotes ?? '',
});
const same = (a: Values, b: Values) => (Object.keys(a) as (keyof Values)[]).every((k) => a[k] === b[k]);

/**
 * 成长档案: read, and edit naming the version read. When someone saved in between, the API answers
 * VERSION_CONFLICT and writes nothing: the mentor's text stays in the form, the newer archive is
 * shown beside it, and saving again is their explicit choice.
 */
export function ArchivePanel({
  client,
  studentId,
  archive,
  onSaved,
}: {
  client: Client;
  studentId: string;
  archive: ArchiveFieldsFragment;
  onSaved: () => void;
}) {
  const [draft, update, clear] = useDraft<Values & { baseVersion: number }>(`archive.${studentId}`, () => ({
    ...valuesOf(archive),
    baseVersion: archive.version,
  }));
  // Unsaved text from before a reload or a failed send reopens the form.
  const [editing, setEditing] = useState(() => !same(valuesOf(archive), draft));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const conflict = editing && draft.baseVersion !== archive.version;

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    const { baseVersion: read, idempotencyKey: _, ...values } = draft;
    // After a conflict the mentor has seen the newer version: saving again names it.
    const baseVersion = conflict ? archive.version : read;
    try {
      const { editGrowthArchive: r } = await client.request(EditGrowthArchiveDocument, {
        input: {
          studentId,
          expectedVersion: baseVersion,
          ...values,
          familyStructure: (values.familyStructure || null) as FamilyStructure | null,
        },
      });
      if (r.userErrors.some((e) => e.code === 'VERSION_CONFLICT')) {
        setOutcome({
          ok: false,
          text: '在您编辑期间，档案已被他人更新，您的内容没有保存，仍保留在下面。请对照最新内容，确认后再保存。',
        });
        onSaved(); // fetch the newer version to show beside the form
      } else if (r.userErrors.length) {
        setOutcome({ ok: false, text: errorText(r.userErrors) });
      } else {
        setOutcome({
          ok: true,
          text: `已保存成长档案（第 ${r.archive!.version} 版，${formatDateTime(r.archive!.updatedAt!)}）。`,
        });
        clear();
        setEditing(false);
        onSaved();
      }
    } catch (error) {
      setOutcome({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  const startEdit = () => {
    clear();
    update({ ...valuesOf(archive), baseVersion: archive.version });
    setOutcome(null);
    setEditing(true);
  };
  // A retried save that had in fact gone through reads as a conflict with identical contents: say saved.
  const alreadySaved = conflict && same(valuesOf(archive), draft);

  return (
    <section aria-labelledby="archive-title" data-testid="archive">
      <h2 id="archive-title">成长档案</h2>
      <dl className="archive">
        <dt>家庭结构</dt>
        <dd data-field="familyStructure">
          {archive.familyStructure ? FAMILY_LABELS[archive.familyStructure] : '未填写'}
        </dd>
        {FIELDS.map(([k, label]) => (
          <div key={k}>
            <dt>{label}</dt>
            <dd data-field={k}>{archive[k] || '未填写'}</dd>
          </div>
        ))}
      </dl>
      <p className="note">
        第 {archive.version} 版
        {archive.updatedAt && ` · ${archive.updatedBy?.name ?? ''} 更新于 ${formatDateTime(archive.updatedAt)}`}
      </p>
      {!editing && (
        <button type="button" onClick={startEdit} data-action="edit-archive">
          编辑档案
        </button>
      )}
      {editing && (
        <form className="record" onSubmit={(e) => void save(e)} data-testid="archive-form">
          {conflict && !alreadySaved && (
            <p className="wide conflict" role="alert">
              别的老师刚刚更新了档案（第 {archive.version}{' '}
              版，见上方）。您的内容仍在下面；确认无误后点“以我的内容保存”。
            </p>
          )}
          <label>
            家庭结构
            <select
              name="familyStructure"
              value={draft.familyStructure}
              onChange={(e) => update({ familyStructure: e.target.value })}
            >
              <option value="">未填写</option>
              {Object.entries(FAMILY_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          {FIELDS.map(([k, label]) => (
            <label key={k} className="wide">
              {label}
              <textarea name={k} rows={2} value={draft[k]} onChange={(e) => update({ [k]: e.target.value })} />
            </label>
          ))}
          <div className="wide">
            {alreadySaved ? (
              <p className="status done" role="status">
                您的修改已经保存（第 {archive.version} 版）。
              </p>
            ) : (
              <button type="submit" disabled={busy}>
                {busy ? '正在保存…' : conflict ? '以我的内容保存' : '保存档案'}
              </button>
            )}{' '}
            <button type="button" className="secondary" onClick={() => (clear(), setEditing(false))}>
              取消
            </button>
          </div>
        </form>
      )}
      <OutcomeLine outcome={outcome} testId="archive-message" />
    </section>
  );
}
