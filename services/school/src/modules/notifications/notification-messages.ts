import { NotificationKind } from './notification.enums';
import type { NotificationEvent } from './notification-queue';

const LEVEL: Record<string, string> = { LOW: '低', MODERATE: '中', HIGH: '高', IMMINENT: '紧急' };

export interface Rendered {
  title: string;
  body: string;
  /** Where to open it in the dashboard: a hash route the web has (`#/crisis`), never about whom. */
  path: string;
}

/** The dashboard routes by hash (services/web/src/App.tsx): `<app url>/#/crisis`. */
export const appUrl = (path: string, env: NodeJS.ProcessEnv = process.env) =>
  `${(env.NOTIFY_APP_URL || 'http://localhost:5173').replace(/\/$/, '')}/${path.replace(/^\/?#?\/?/, '#/')}`;

/**
 * Texts for messages that leave the app (group chats, mailboxes) and for the in-app list. They
 * say that something exists, how urgent, and where to open it: never a student's name, class or
 * the description (a group chat is not private; a mailbox is read on any phone).
 */
export function renderGroup(event: NotificationEvent): Rendered {
  const level = LEVEL[event.level ?? ''] ?? event.level;
  switch (event.kind) {
    case NotificationKind.CRISIS_ALERT:
      return {
        title: `【危机预警】新的危机上报（等级：${level}）`,
        body: `有一条等级为「${level}」的危机上报待心理危机干预小组处理。请登录平台查看详情并按学校应急预案处置。`,
        path: '#/crisis',
      };
    case NotificationKind.CRISIS_OVERDUE:
      return event.stage === 2
        ? {
            title: `【危机预警·升级】危机上报仍无人接手（等级：${level}）`,
            body: `一条等级为「${level}」的危机上报已超过处理时限两倍仍无人接手，现报区教育局联系人。请登录平台查看。`,
            path: '#/crisis',
          }
        : {
            title: `【危机预警·逾期】危机上报超时未接手（等级：${level}）`,
            body: `一条等级为「${level}」的危机上报已超过学校规定的接手时限，请立即处理。`,
            path: '#/crisis',
          };
    case NotificationKind.MATCHING_ROUND_OPEN:
      return {
        title: '导师双向选择已开始',
        body: '本轮导师双向选择已开放，请在截止前登录平台填报志愿。',
        path: '#/choose',
      };
    case NotificationKind.SURVEY_OPEN:
      return {
        title: '导师工作反馈问卷已开放',
        body: '本学期导师工作反馈问卷已开放（匿名），请登录平台填写。',
        path: '#/survey',
      };
    default:
      throw new Error(`no group text for ${event.kind}`);
  }
}

const KIND_LABEL: Record<string, string> = {
  HOME_VISIT: '家访',
  TALK: '谈心谈话',
  WRITTEN_FEEDBACK: '成长寄语',
  PARENT_CONTACT: '家长联系',
  GROUP_ACTIVITY: '团体活动',
  CASE_ANALYSIS: '个案分析',
  OPTIONAL_ACTION: '自选动作',
};

/** A mentor's weekly digest: per duty, how many of their own mentees still lack it. Counts only. */
export function renderDigest(due: { kind: string; period: string; students: number }[]): Rendered {
  const lines = due.map((d) => {
    const period = d.period === 'MONTH' ? '本月' : '本学期';
    return `${KIND_LABEL[d.kind] ?? d.kind}（${period}）：${d.students} 名受导学生待完成`;
  });
  return { title: '本周导师工作待办', body: lines.join('\n'), path: '#/mentor' };
}

export function renderFeedbackDeadline(students: number, deadline: string): Rendered {
  const body = `本学期成长寄语请于 ${deadline} 前发布，尚有 ${students} 名受导学生未发布。`;
  return { title: '成长寄语即将截止', body, path: '#/mentor' };
}

export function renderLateFollowUps(tasks: number): Rendered {
  return {
    title: '学情会商跟进任务逾期',
    body: `您班级学情会商中有 ${tasks} 项跟进任务已过期未完成，请督促落实。`,
    path: '#/class',
  };
}
