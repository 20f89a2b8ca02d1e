/**
 * The menu of each role: only pages the role can use (the API would refuse the rest, and a menu
 * entry that leads to "no permission" is a dead end). The first entry is the role's start page.
 */
export interface MenuEntry {
  href: string;
  label: string;
}

const TEACHER_WORK: MenuEntry[] = [
  { href: '#/mentor', label: '我的学生' },
  { href: '#/mentor/round', label: '双向选择' },
  { href: '#/mentor/review', label: '考核反馈' },
  { href: '#/growth', label: '成长轨迹' },
  { href: '#/notifications', label: '消息' },
];

const INBOX: MenuEntry = { href: '#/notifications', label: '消息' };

const MENUS: Record<string, MenuEntry[]> = {
  DISTRICT_ADMIN: [
    { href: '#/district', label: '全区看板' },
    { href: '#/term', label: '学期总结' },
  ],
  SCHOOL_ADMIN: [
    { href: '#/school', label: '本校' },
    { href: '#/crisis', label: '危机预警' },
    { href: '#/term', label: '学期总结' },
    ...TEACHER_WORK,
  ],
  GRADE_LEAD: [{ href: '#/school', label: '本年级' }, ...TEACHER_WORK],
  HEAD_TEACHER: [{ href: '#/class', label: '本班' }, ...TEACHER_WORK],
  MENTOR: TEACHER_WORK,
  CRISIS_TEAM: [{ href: '#/crisis', label: '危机预警' }, ...TEACHER_WORK],
  STUDENT: [
    { href: '#/choose', label: '选择导师' },
    { href: '#/feedback', label: '成长寄语' },
    { href: '#/survey', label: '问卷' },
    INBOX,
  ],
  GUARDIAN: [{ href: '#/feedback', label: '成长寄语' }, { href: '#/survey', label: '问卷' }, INBOX],
};

export function menuOf(role: string): MenuEntry[] {
  return MENUS[role] ?? [];
}

/**
 * Whether a route (its first segment, e.g. `#/mentor/student/…` → `#/mentor`; a `?tab=…` query is ignored) is on the
 * role's menu.
 */
export function allowed(role: string, hash: string): boolean {
  const [, page] = hash.split('?')[0].split('/');
  return menuOf(role).some((m) => m.href.split('/')[1] === page);
}
