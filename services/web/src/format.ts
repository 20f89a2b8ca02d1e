// Numbers and dates for China (zh-CN), one formatter each so every view reads the same.
const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
// One decimal always, so 94.0% stands beside 93.9% (the export writes the same).
const percent = new Intl.NumberFormat('zh-CN', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const date = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'Asia/Shanghai',
});
const shortDate = new Intl.DateTimeFormat('zh-CN', { month: 'short', day: 'numeric', timeZone: 'Asia/Shanghai' });
const dateTime = new Intl.DateTimeFormat('zh-CN', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'Asia/Shanghai',
});

export const formatInteger = (n: number) => integer.format(n);
export const formatDecimal = (n: number) => decimal.format(n);
/** A share; null (no denominator) reads as a dash rather than a made-up 0 %. */
export const formatPercent = (share: number | null) => (share === null ? '—' : percent.format(share));
/** `YYYY-MM-DD` (a calendar date) or an ISO timestamp, as 2026年9月1日. */
export const formatDate = (value: string) =>
  date.format(new Date(value.length === 10 ? `${value}T00:00:00+08:00` : value));
/** A calendar date without the year, for chart axes: 11月9日. */
export const formatShortDate = (value: string) => shortDate.format(new Date(`${value}T00:00:00+08:00`));
export const formatDateTime = (value: string) => dateTime.format(new Date(value));

export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export const STAGE_LABELS = {
  PRIMARY: '小学',
  JUNIOR_SECONDARY: '初中',
  SENIOR_SECONDARY: '高中',
  VOCATIONAL: '职业学校',
} as const;

export const ROLE_LABELS: Record<string, string> = {
  DISTRICT_ADMIN: '区教育局',
  SCHOOL_ADMIN: '学校管理员',
  GRADE_LEAD: '年级组长',
  HEAD_TEACHER: '班主任',
  MENTOR: '导师',
  CRISIS_TEAM: '心理教师',
  STUDENT: '学生',
  GUARDIAN: '家长',
};

/** Why the district flags a school (SchoolFlag), as the bureau says it. */
export const FLAG_LABELS = {
  COVERAGE_BELOW_THRESHOLD: '覆盖率低于区定标准',
  MENTOR_ABOVE_CAP: '导师带教超上限',
  DUTIES_LAGGING: '“三个一”进度滞后',
  CRISIS_OVERDUE: '危机预警超时未处理',
  PLAN_NOT_FILED: '未报送“一校一策”',
  TRAINING_BELOW_RATE: '导师培训完成率偏低',
  NO_FIGURES: '尚未上报数据',
} as const;

export const RECORD_KIND_LABELS = {
  HOME_VISIT: '家访',
  TALK: '谈心谈话',
  WRITTEN_FEEDBACK: '成长寄语',
  GROUP_ACTIVITY: '团体活动',
  PARENT_CONTACT: '家校联系',
  CASE_ANALYSIS: '个案分析',
  OPTIONAL_ACTION: '自选动作',
} as const;

export const PERIOD_LABELS = { TERM: '本学期', MONTH: '本月' } as const;

/** A sensitive count, published only as a band: “5–9”. */
export const formatBand = (band: { atLeast: number; atMost: number }) =>
  `${integer.format(band.atLeast)}–${integer.format(band.atMost)}`;

export const CONTACT_METHOD_LABELS = { VISIT: '上门', PHONE: '电话', MESSAGE: '消息', MEETING: '面谈' } as const;

export const ATTENTION_LABELS = {
  ECONOMIC_HARDSHIP: '家庭经济困难',
  AFFLUENT: '家庭条件优越',
  LEARNING_DIFFICULTY: '学习困难',
  HIGH_ACHIEVER: '学有余力',
  SINGLE_PARENT_OR_ORPHAN: '单亲或孤儿',
  NON_LOCAL: '非本地户籍',
  DISABILITY_INCLUSION: '随班就读',
  LEFT_BEHIND: '留守儿童',
  MIGRANT_WORKER_CHILD: '进城务工人员子女',
  BEHAVIOURAL: '行为习惯需关注',
  PSYCHOLOGICAL: '心理需关注',
} as const;

export const FAMILY_LABELS = {
  TWO_PARENT: '双亲家庭',
  SINGLE_PARENT: '单亲家庭',
  RECONSTITUTED: '重组家庭',
  LEFT_BEHIND: '留守',
  ORPHAN: '孤儿',
} as const;

export const CRISIS_LEVEL_LABELS = { LOW: '低', MODERATE: '中', HIGH: '高', IMMINENT: '紧急' } as const;
export const CRISIS_STATUS_LABELS = {
  REPORTED: '已上报',
  ASSESSING: '评估中',
  REFERRED: '已转介',
  CLOSED: '已结案',
} as const;
export const EVALUATION_LEVEL_LABELS = { EXCELLENT: '优秀', QUALIFIED: '合格', NEEDS_IMPROVEMENT: '待改进' } as const;
export const ROUND_STATUS_LABELS = { OPEN: '填报中', DRAFTED: '已生成草案', PUBLISHED: '已发布' } as const;

/** Today in China as YYYY-MM-DD (school days are China dates, whatever the device's zone). */
export const chinaToday = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
