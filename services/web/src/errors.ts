import { GraphQLRequestError } from '@mentorship/client';

/**
 * Chinese text for the API's error codes (GraphQL `extensions.code` and `userErrors[].code`).
 * The API's messages are English and for developers: they are never shown. An unknown code reads
 * as a general failure rather than leaking the English. One code reads the same on every screen,
 * so the sentences are written for any role that can meet them.
 */
export const ERROR_TEXT: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效，请重新登录。',
  FORBIDDEN: '您没有执行此操作的权限。',
  NOT_FOUND: '未找到，或不在您的管辖范围内。',
  BAD_USER_INPUT: '填写的内容有误，请检查后重试。',
  RATE_LIMITED: '操作过于频繁，请稍后再试。',
  PERSISTED_QUERY_NOT_FOUND: '此操作未登记，请刷新页面后重试。',
  SUBGRAPH_UNAVAILABLE: '服务暂时不可用，请稍后重试。',
  SUBGRAPH_TIMEOUT: '服务响应超时，请稍后重试。',
  TIMEOUT: '服务响应超时，请稍后重试。',
  INTERNAL_SERVER_ERROR: '服务出错了，请稍后重试。',
  NETWORK: '网络连接失败，已填写的内容仍保留，请稍后重试。',
  REQUIRED: '请填写必填项。',
  TOO_LONG: '内容太长，请精简后再试。',
  INVALID_DATE: '日期格式应为 2026-11-24。',
  BAD_DATE: '日期格式有误。',
  IN_THE_FUTURE: '时间不能晚于现在。',
  INVALID_TERM: '学期格式应为 2026-2027-1。',
  VERSION_CONFLICT: '内容已被他人修改，请刷新后重试。',
  WRONG_STATUS: '当前状态下不能执行此操作。',
  INVALID_TRANSITION: '当前状态下不能进行这一步。',
  ALREADY_PUBLISHED: '已经发布，不能再修改。',
  FEEDBACK_ALREADY_PUBLISHED: '本学期已给这名学生发布过成长寄语（每学期一份）。',
  NOT_WRITTEN_FEEDBACK: '只有成长寄语可以发布。',
  ONE_STUDENT_ONLY: '这类记录只能针对一名学生。',
  TOO_MANY_STUDENTS: '选择的学生太多。',
  STUDENT_REQUIRED: '请至少选择一名学生。',
  UNKNOWN_STUDENT: '学生不存在，或不是您的受导学生。',
  DUPLICATE_STUDENT: '同一名学生选了两次。',
  UNKNOWN_OPTIONAL_ACTION: '请选择学校提供的自选动作。',
  INVALID_IDEMPOTENCY_KEY: '提交标识无效，请刷新页面后重试。',
  IDEMPOTENCY_KEY_REUSED: '这次提交与之前的一次冲突，请刷新页面后重试。',
  WINDOW_CLOSED: '不在填报时间内（未开始或已截止）。',
  TOO_MANY_CHOICES: '选择的导师超过了本轮允许的人数。',
  INVALID_CHOICE_COUNT: '志愿数不符合本轮要求。',
  DUPLICATE_MENTOR: '同一位导师选了两次。',
  MENTOR_NOT_ELIGIBLE: '该导师不在本轮可选范围内。',
  NOT_RANKED: '这名学生没有选择您。',
  NOT_A_PARTICIPANT: '未参与本轮匹配。',
  STUDENT_NOT_IN_ROUND: '该学生不在本轮匹配范围内。',
  CAPACITY_ABOVE_CAP: '带教人数不能超过本轮上限。',
  CAP_EXCEEDED: '已达带教人数上限。',
  INVALID_COUNT: '人数不正确。',
  NOT_IN_CLASSROOM: '所选学生不在本班。',
  UNKNOWN_TEACHER: '教师不存在，或不在本校。',
  SURVEY_CLOSED: '问卷已截止。',
  ALREADY_HAS_BALLOT: '您已经领取过这份问卷的答题凭证。',
  BALLOT_SPENT: '这份问卷您已经提交过了。',
  INVALID_BALLOT: '答题凭证无效。',
  WRONG_ANSWER_COUNT: '请回答每一道题。',
  KEY_CHANGED: '问卷密钥已更换，请刷新页面后重试。',
  OUT_OF_RANGE: '数值超出允许范围。',
  INVALID_WINDOW: '时间不在允许范围内：须先开始后截止，并在该学年之内。',
  INVALID_ACADEMIC_YEAR: '学年格式应为 2026-2027。',
  CAP_ABOVE_POLICY: '带教上限不能高于区定上限。',
  ROUND_ALREADY_OPEN: '已有进行中的匹配轮次。',
  NOT_RUN: '请先运行匹配，生成草案。',
  NO_MENTORS: '没有可参与匹配的导师。',
  REASON_REQUIRED: '请填写调整原因。',
  SAME_TEACHER: '移交双方不能是同一位教师。',
  HAS_MENTEES: '该教师仍有受导学生，请先指定继任导师。',
  TRAINING_INCOMPLETE: '尚未完成全部必修培训，不能聘任。',
  TRIAL_NOT_OVER: '试用期尚未结束，不能聘任。',
  TRIAL_NOT_STARTED: '尚未开始试用期。',
  DISTRICT_UNAVAILABLE: '区级服务暂时无法连接，请稍后重试。',
  HAS_ERRORS: '文件中有错误行，请修改后重新上传。',
  PREVIEW_EXPIRED: '预览已过期，请重新上传。',
  ROSTER_CHANGED: '名册在预览后已有变动，请重新预览。',
  ALREADY_APPLIED: '此导入已经确认过。',
  UNREADABLE_FILE: '无法读取文件，请上传 .xlsx 或 CSV。',
  INVALID_ENCODING: '文件编码无法识别，请另存为 UTF-8 CSV 或 .xlsx。',
  FILE_TOO_LARGE: '文件过大。',
  DUPLICATE: '文件中有重复行。',
  UNKNOWN_COURSE: '课程不在培训目录中。',
  UNKNOWN_SCHOOL: '学校代码不在名录中。',
  UNKNOWN_GRADE: '年级不存在。',
  BAD_GENDER: '性别应填 男 或 女。',
  BAD_GRADE: '年级不存在或格式有误。',
  UNKNOWN_CLASSROOM: '班级不存在。',
  MISSING_COLUMN: '缺少这一列。',
  BAD_STAGE: '学段应为 小学、初中、高中 或 职业学校。',
  BAD_PASSED: '“是否合格”应填 是 或 否。',
  DUPLICATE_COURSE: '已有同名课程。',
  INVALID_HOURS: '学时须为正数。',
  CYCLE_EXISTS: '该学期已有考核。',
  CYCLE_PUBLISHED: '考核已公布。',
  SURVEY_EXISTS: '该学期已有面向此对象的问卷。',
  INVALID_QUESTIONS: '请填写 1–20 个问题。',
  INVALID_WEIGHT: '权重须大于 0、不超过 100。',
  INVALID_THRESHOLDS: '等级分数线有误。',
  ADAPTATION_NOTE_REQUIRED: '修改了区模板，请说明调整理由。',
  WEIGHTS_NOT_100: '各考核项目的分值合计须为 100。',
  DUPLICATE_ITEM: '考核项目重复。',
  INVALID_PARTY: '该项目的评价方不适用于此得分方式。',
  UNKNOWN_COMPUTED_ITEM: '系统没有这一自动计算项目。',
  NOT_AN_ENTERED_ITEM: '这一项由系统自动计算，不能录入。',
  SCORE_OUT_OF_RANGE: '得分超出该项目的分值范围。',
  NO_MENTOR: '目前没有主导师，暂不能填写问卷。',
  INVALID_BLINDED_MESSAGE: '问卷凭证有误，请刷新页面后重试。',
  DUPLICATE_RULE: '同一类工作只能有一条规则。',
  THREE_DUTIES_REQUIRED: '“三个一”每学期必须各至少一次。',
  INVALID_RANGE: '时间范围有误（最长 31 天）。',
  // Notifications, term close, recognition (issue 18).
  INVALID_NAME: '名称须为 1–60 个字。',
  INVALID_URL: 'Webhook 地址有误，须为 https 开头的完整地址。',
  INVALID_HOST: '服务器地址有误。',
  HOST_NOT_ALLOWED: '机器人只能发送到企业微信或钉钉的官方地址。',
  INVALID_PORT: '端口须在 1–65535 之间。',
  INVALID_EMAIL: '邮箱地址格式有误。',
  KIND_CHANGED: '渠道类型不能修改，请删除后重新添加。',
  SECRETS_UNAVAILABLE: '服务器未配置密钥加密，暂时不能保存密钥，请联系管理员。',
  TOO_MANY: '数量超出上限。',
  INVALID_TIME: '时间格式应为 22:00。',
  INVALID_CURSOR: '翻页参数无效，请刷新页面。',
  INVALID_ID: '编号无效，请刷新页面后重试。',
  OPEN_ITEMS: '本学期仍有未完成事项，请确认后再结束学期。',
  TERM_NOT_STARTED: '该学期尚未开始，不能结束。',
  INVALID_TERM_CLOSE: '学校上报的学期数据无效，请学校重新结束学期。',
  SCHOOLS_NOT_CLOSED: '仍有学校未完成学期总结，请确认后再结束全区学期。',
  CYCLE_NOT_PUBLISHED: '考核结果尚未公布，不能评选优秀导师。',
  ONE_RULE: '请只选择一种评选规则：前 N 名或分数线。',
  INVALID_TOP_N: '人数须为 1–500 之间的整数。',
  INVALID_MIN_TOTAL: '分数线须在 0–100 之间。',
  INVALID_RECOGNITION: '未找到这份名单，请刷新后重试。',
  RECOGNITION_PUBLISHED: '名单已发布，不能再修改。',
};

/** The codes of an error: a thrown request error, a list of user errors, or nothing known. */
function codesOf(error: unknown): string[] {
  if (error instanceof GraphQLRequestError)
    return error.errors.length ? error.codes : [error.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK'];
  if (Array.isArray(error)) return error.map((e: { code?: string }) => e?.code ?? '');
  if (error && typeof error === 'object' && 'code' in error) return [String((error as { code: unknown }).code)];
  // fetch() rejects with a TypeError when the network is down.
  if (error instanceof TypeError) return ['NETWORK'];
  if (typeof error === 'string') return [error];
  return [];
}

/** One Chinese sentence for any error the API or the network gives; never the English message. */
export function errorText(error: unknown): string {
  const known = [
    ...new Set(
      codesOf(error)
        .map((c) => ERROR_TEXT[c])
        .filter(Boolean),
    ),
  ];
  return known.length ? known.join('') : '操作失败，请稍后重试。';
}

/** Chinese text for error codes already extracted (e.g. a failed query's `codes`). */
export function errorTextOfCodes(codes: string[]): string {
  return errorText(codes.map((code) => ({ code })));
}
