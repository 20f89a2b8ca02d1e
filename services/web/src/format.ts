// Numbers and dates for China (zh-CN), one formatter each so every view reads the same.
const integer = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 });
const date = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Shanghai' });
const dateTime = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' });

export const formatInteger = (n: number) => integer.format(n);
export const formatDecimal = (n: number) => decimal.format(n);
/** A share; null (no denominator) reads as a dash rather than a made-up 0 %. */
export const formatPercent = (share: number | null) => (share === null ? '—' : percent.format(share));
/** `YYYY-MM-DD` (a calendar date) or an ISO timestamp, as 2026年9月1日. */
export const formatDate = (value: string) => date.format(new Date(value.length === 10 ? `${value}T00:00:00+08:00` : value));
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
