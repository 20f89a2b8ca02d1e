/** Chinese labels of the notification API's enums. */
export const NOTIFICATION_KIND_LABELS: Record<string, string> = {
  CRISIS_ALERT: '危机预警',
  CRISIS_OVERDUE: '危机逾期',
  MENTOR_DIGEST: '每周待办',
  FEEDBACK_DEADLINE: '成长寄语截止',
  LATE_FOLLOW_UPS: '会商跟进逾期',
  MATCHING_ROUND_OPEN: '双向选择',
  SURVEY_OPEN: '问卷',
};

export const CHANNEL_KIND_LABELS: Record<string, string> = {
  WECOM_ROBOT: '企业微信群机器人',
  DINGTALK_ROBOT: '钉钉群机器人',
  EMAIL: '电子邮件（SMTP）',
};

export const TOPIC_LABELS: Record<string, string> = { CRISIS: '危机预警', MATCHING: '双向选择', SURVEY: '问卷' };

export const HEALTH_LABELS: Record<string, string> = { HEALTHY: '正常', FAILING: '发送失败，重试中', DEAD: '已失效' };

/**
 * A notification's link as a route of this web (older rows hold `/crisis` rather than `#/crisis`).
 * Null when it is not a page of the dashboard.
 */
export function routeOf(link: string): string | null {
  const at = link.indexOf('#/');
  if (at >= 0) return link.slice(at);
  return /^\/[a-z]/.test(link) ? `#${link}` : null;
}
