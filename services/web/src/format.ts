// Numbers and dates for China (zh-CN), one formatter each so every view reads the same.
const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
// One decimal always, so 94.0% stands beside 93.9% (the export writes the same).
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
const date = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' });
const shortDate = new Intl.DateTimeFormat('zh-CN', { month: 'short', day: 'numeric', timeZone: 'Asia/Shanghai' });
const dateTime = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });

export const formatInteger = (n: number) => integer.format(n);
export const formatDecimal = (n: number) => decimal.format(n);
/** A share; null (no denominator) reads as a dash rather than a made-up 0 %. */
export const formatPercent = (share: number | null) => (share === null ? '—' : percent.format(share));
/** `YYYY-MM-DD` (a calendar date) or an ISO timestamp, as 2026年9月1日. */
export const formatDate = (value: string) => date.format(new Date(value.length === 10 ? `${value}T00:00:00+08:00` : value));
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
export const formatBand = (band: { atLeast: number; atMost: number }) => `${integer.format(band.atLeast)}–${integer.format(band.atMost)}`;
