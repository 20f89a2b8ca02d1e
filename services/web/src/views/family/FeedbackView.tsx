import { type Client, MyFeedbackDocument } from '@mentorship/client';

import { useQuery } from '../../api';
import { Status } from '../../components/Status';
import { formatDate } from '../../format';

/** Student or guardian: the 成长寄语 the mentor has published (drafts never show). */
export function FeedbackView({ client }: { client: Client }) {
  const state = useQuery(client, MyFeedbackDocument, {});
  return (
    <section>
      <header className="view-header">
        <h1>成长寄语</h1>
        <p className="term">导师每学期写给学生的话。</p>
      </header>
      {state.status !== 'done' ? (
        <Status state={state} />
      ) : state.data.myFeedback.nodes.length === 0 ? (
        <p className="status" data-testid="no-feedback">
          导师还没有发布成长寄语。
        </p>
      ) : (
        <>
          {state.data.myFeedback.totalCount > state.data.myFeedback.nodes.length && (
            <p className="note" data-testid="feedback-truncated">
              共 {state.data.myFeedback.totalCount} 篇成长寄语，这里列出最近学期的 {state.data.myFeedback.nodes.length}{' '}
              篇。
            </p>
          )}
          <ol className="letters" data-testid="feedback">
            {state.data.myFeedback.nodes.map((f) => (
              <li key={`${f.term}/${f.publishedAt}`} data-term={f.term}>
                <p className="meta">
                  {f.term} 学期 · <span data-field="mentor">{f.mentorName}</span>老师 · {formatDate(f.publishedAt)}
                </p>
                <blockquote data-field="content">{f.content}</blockquote>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
