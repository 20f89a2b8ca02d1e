import { type Client, type MenteeDetailQuery, PublishWrittenFeedbackDocument } from '@mentorship/client';
import { useState } from 'react';

import { OutcomeLine } from '../../components/Outcome';
import type { Outcome } from '../../draft';
import { errorText } from '../../errors';
import { CONTACT_METHOD_LABELS, formatDateTime, RECORD_KIND_LABELS } from '../../format';

type Record = MenteeDetailQuery['student']['records'][number];

/** The student's records, newest first; a 成长寄语 draft can be published from here (once per term). */
export function Timeline({ client, records, onChanged }: { client: Client; records: Record[]; onChanged: () => void }) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  async function publish(recordId: string) {
    setBusy(true);
    setOutcome(null);
    try {
      const { publishWrittenFeedback: r } = await client.request(PublishWrittenFeedbackDocument, { recordId });
      if (r.userErrors.length) setOutcome({ ok: false, text: errorText(r.userErrors) });
      else {
        setOutcome({
          ok: true,
          text: `已发布成长寄语（${formatDateTime(r.record!.publishedAt!)}），学生和家长现在可以看到。`,
        });
        onChanged();
      }
    } catch (error) {
      setOutcome({ ok: false, text: errorText(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">工作记录</h2>
      <OutcomeLine outcome={outcome} testId="publish-message" />
      {records.length === 0 ? (
        <p className="status" data-testid="no-records">
          还没有关于这名学生的记录。
        </p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {records.map((r) => (
            <li key={r.id} data-record={r.id} data-kind={r.kind}>
              <p className="meta">
                <strong>{RECORD_KIND_LABELS[r.kind]}</strong> · {formatDateTime(r.occurredAt)}
                {r.author && ` · ${r.author.name}`}
                {r.students.length > 1 && ` · 共 ${r.students.length} 名学生`}
                {r.contactMethod && ` · ${CONTACT_METHOD_LABELS[r.contactMethod]}`}
                {r.optionalAction && ` · ${r.optionalAction}`}
              </p>
              {(r.topic || r.place) && <p className="note">{[r.topic, r.place].filter(Boolean).join(' · ')}</p>}
              <p className="content" data-field="content">
                {r.content}
              </p>
              {r.kind === 'WRITTEN_FEEDBACK' &&
                (r.publishedAt ? (
                  <span className="badge published" data-field="published">
                    已发布 {formatDateTime(r.publishedAt)}
                  </span>
                ) : (
                  <span>
                    <span className="badge drafted">草稿，学生和家长看不到</span>{' '}
                    <button type="button" data-action="publish" disabled={busy} onClick={() => void publish(r.id)}>
                      发布
                    </button>
                  </span>
                ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
