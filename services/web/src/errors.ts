import { GraphQLRequestError } from '@mentorship/client';

/**
 * Chinese text for the API's error codes (GraphQL `extensions.code` and `userErrors[].code`).
 * The API's messages are English and for developers: they are never shown. An unknown code reads
 * as a general failure rather than leaking the English.
 */
const TEXT: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效，请重新登录。',
  FORBIDDEN: '您没有查看或修改此内容的权限。',
  NOT_FOUND: '未找到，或不在您的管辖范围内。',
  BAD_USER_INPUT: '填写的内容有误，请检查后再试。',
  RATE_LIMITED: '操作过于频繁，请稍后再试。',
  PERSISTED_QUERY_NOT_FOUND: '此操作未登记，请刷新页面后重试。',
  SUBGRAPH_UNAVAILABLE: '服务暂时不可用，请稍后重试。',
  SUBGRAPH_TIMEOUT: '服务响应超时，请稍后重试。',
  TIMEOUT: '服务响应超时，请稍后重试。',
  INTERNAL_SERVER_ERROR: '服务出错了，请稍后重试。',
  NETWORK: '网络连接失败，已填写的内容仍保留，请稍后重试。',
  REQUIRED: '有必填内容未填写。',
  TOO_LONG: '内容太长，请精简后再试。',
  INVALID_DATE: '日期不正确。',
  BAD_DATE: '日期不正确。',
  IN_THE_FUTURE: '时间不能晚于现在。',
  INVALID_TERM: '学期不正确。',
  VERSION_CONFLICT: '在您编辑期间，档案已被他人更新。',
  WRONG_STATUS: '当前状态下不能进行此操作。',
  INVALID_TRANSITION: '当前状态下不能进行这一步。',
  ALREADY_PUBLISHED: '已经发布过了。',
  FEEDBACK_ALREADY_PUBLISHED: '本学期已给这名学生发布过成长寄语（每学期一份）。',
  NOT_WRITTEN_FEEDBACK: '只有成长寄语可以发布。',
  ONE_STUDENT_ONLY: '这类记录只能针对一名学生。',
  TOO_MANY_STUDENTS: '选择的学生太多。',
  STUDENT_REQUIRED: '请至少选择一名学生。',
  UNKNOWN_STUDENT: '所选学生不是您的受导学生。',
  DUPLICATE_STUDENT: '同一名学生选了两次。',
  UNKNOWN_OPTIONAL_ACTION: '请选择学校提供的自选动作。',
  INVALID_IDEMPOTENCY_KEY: '提交标识无效，请刷新页面后重试。',
  IDEMPOTENCY_KEY_REUSED: '这次提交与之前的一次冲突，请刷新页面后重试。',
  WINDOW_CLOSED: '不在选择时间内（未开始或已截止）。',
  TOO_MANY_CHOICES: '选择的导师超过了本轮允许的人数。',
  INVALID_CHOICE_COUNT: '选择的导师人数不符合要求。',
  DUPLICATE_MENTOR: '同一位导师选了两次。',
  MENTOR_NOT_ELIGIBLE: '这位老师不在本轮可选导师之列。',
  NOT_RANKED: '这名学生没有选择您。',
  NOT_A_PARTICIPANT: '您没有参加这一轮匹配。',
  STUDENT_NOT_IN_ROUND: '这名学生不在本轮范围内。',
  CAPACITY_ABOVE_CAP: '带教人数不能超过本轮上限。',
  CAP_EXCEEDED: '超过了带教人数上限。',
  INVALID_COUNT: '人数不正确。',
  NOT_IN_CLASSROOM: '所选学生不在本班。',
  UNKNOWN_TEACHER: '所选老师不在本校。',
  SURVEY_CLOSED: '问卷已截止。',
  ALREADY_HAS_BALLOT: '您已经领取过这份问卷的答题凭证。',
  BALLOT_SPENT: '这份问卷您已经提交过了。',
  INVALID_BALLOT: '答题凭证无效。',
  WRONG_ANSWER_COUNT: '请回答每一道题。',
  KEY_CHANGED: '问卷密钥已更换，请刷新页面后重试。',
};

/** The codes of an error: a thrown request error, a list of user errors, or nothing known. */
function codesOf(error: unknown): string[] {
  if (error instanceof GraphQLRequestError) return error.errors.length ? error.codes : [error.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK'];
  if (Array.isArray(error)) return error.map((e: { code?: string }) => e?.code ?? '');
  if (error && typeof error === 'object' && 'code' in error) return [String((error as { code: unknown }).code)];
  // fetch() rejects with a TypeError when the network is down.
  if (error instanceof TypeError) return ['NETWORK'];
  if (typeof error === 'string') return [error];
  return [];
}

/** One Chinese sentence for any error the API or the network gives; never the English message. */
export function errorText(error: unknown): string {
  const known = [...new Set(codesOf(error).map((c) => TEXT[c]).filter(Boolean))];
  return known.length ? known.join('') : '操作失败，请稍后重试。';
}

/** Chinese text for error codes already extracted (e.g. a failed query's `codes`). */
export function errorTextOfCodes(codes: string[]): string {
  return errorText(codes.map((code) => ({ code })));
}
