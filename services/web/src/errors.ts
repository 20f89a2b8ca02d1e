import { GraphQLRequestError } from '@mentorship/client';

/**
 * Error codes (GraphQL `extensions.code` and the `code` of typed user errors) in Chinese, so no
 * English message of the API reaches the screen. Unknown codes fall back to a general sentence.
 */
export const ERROR_TEXT: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效，请重新登录。',
  FORBIDDEN: '您没有执行此操作的权限。',
  NOT_FOUND: '未找到，或不在您的管辖范围内。',
  BAD_USER_INPUT: '填写的内容有误，请检查后重试。',
  RATE_LIMITED: '操作过于频繁，请稍后再试。',
  REQUIRED: '请填写必填项。',
  OUT_OF_RANGE: '数值超出允许范围。',
  INVALID_DATE: '日期格式应为 2026-11-24。',
  BAD_DATE: '日期格式有误。',
  INVALID_WINDOW: '时间不在允许范围内：须先开始后截止，并在该学年之内。',
  INVALID_ACADEMIC_YEAR: '学年格式应为 2026-2027。',
  INVALID_TERM: '学期格式应为 2026-2027-1。',
  INVALID_CHOICE_COUNT: '志愿数须在 1–10 之间。',
  CAP_ABOVE_POLICY: '带教上限不能高于区定上限。',
  CAP_EXCEEDED: '该导师已达带教上限。',
  CAPACITY_ABOVE_CAP: '配额不能高于本轮上限。',
  ROUND_ALREADY_OPEN: '已有进行中的匹配轮次。',
  WRONG_STATUS: '当前状态下不能执行此操作。',
  ALREADY_PUBLISHED: '已经发布，不能再修改。',
  NOT_RUN: '请先运行匹配，生成草案。',
  NO_MENTORS: '没有可参与匹配的导师。',
  MENTOR_NOT_ELIGIBLE: '该导师不在本轮可选范围内。',
  NOT_A_PARTICIPANT: '该教师未参与本轮匹配。',
  STUDENT_NOT_IN_ROUND: '该学生不在本轮匹配范围内。',
  REASON_REQUIRED: '请填写调整原因。',
  WINDOW_CLOSED: '填报时间已过。',
  SAME_TEACHER: '移交双方不能是同一位教师。',
  HAS_MENTEES: '该教师仍有受导学生，请先指定继任导师。',
  INVALID_TRANSITION: '当前导师状态下不能这样变更。',
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
  UNKNOWN_TEACHER: '工号不存在。',
  UNKNOWN_STUDENT: '学生不存在。',
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
  WEIGHTS_NOT_100: '各项权重之和须为 100。',
  INVALID_THRESHOLDS: '等级分数线有误。',
  ADAPTATION_NOTE_REQUIRED: '修改了区模板，请说明调整理由。',
  DUPLICATE_RULE: '同一类工作只能有一条规则。',
  THREE_DUTIES_REQUIRED: '“三个一”每学期必须各至少一次。',
  INVALID_RANGE: '时间范围有误（最长 31 天）。',
  TOO_LONG: '内容过长。',
  VERSION_CONFLICT: '内容已被他人修改，请刷新后重试。',
};

/** A short Chinese sentence for any failure: a thrown request error, a typed user error, or anything else. */
export function errorText(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    const known = error.codes.map((c) => ERROR_TEXT[c]).find(Boolean);
    if (known) return known;
    return error.status === 0 || error.status >= 500 ? '服务暂时不可用，请稍后重试。' : '操作未能完成，请稍后重试。';
  }
  if (
    error &&
    typeof error === 'object' &&
    'code' in error &&
    typeof (error as { code: unknown }).code === 'string'
  ) {
    return ERROR_TEXT[(error as { code: string }).code] ?? '填写的内容有误，请检查后重试。';
  }
  if (error instanceof TypeError) return '网络连接失败，请检查网络后重试。';
  return '操作未能完成，请稍后重试。';
}
