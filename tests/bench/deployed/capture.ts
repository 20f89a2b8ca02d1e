import type { AuthConfig } from '@mentorship/auth';

import { sqlTrace } from './proc-stats';
import { requestsFor, type Scenario } from './scenarios';

export interface Captured {
  /** Per caller, the statements both subgraphs ran for one request (in order), tagged with their database. */
  statements: { database: 'school' | 'district'; sql: string; params: unknown[] }[][];
  statementsPerRequest: { school: number; district: number };
}

async function post(url: string, headers: Record<string, string>, body: string): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
  const text = await res.text();
  if (!res.ok || text.includes('"errors"')) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 500)}`);
}

/**
 * What each caller's request costs in SQL: it is sent through the gateway once to warm caches
 * that hold across requests (principal checks), then once more between two SQL-trace dumps.
 * Also proves every target answers without errors before it is loaded.
 */
export async function capture(
  s: Scenario,
  urls: { gateway: string; school: string; district: string },
  auth: AuthConfig,
  gatewaySecret: string,
  ctx: { traceDir: string; services: { school: number; district: number } },
): Promise<Captured> {
  const viaGateway = requestsFor(s, 'gateway', auth, gatewaySecret);
  const direct = requestsFor(s, 'subgraph', auth, gatewaySecret);
  const statements: Captured['statements'] = [];
  for (let i = 0; i < viaGateway.length; i++) {
    await post(urls.gateway, viaGateway[i].headers, viaGateway[i].body);
    await post(urls[s.subgraph], direct[i].headers, direct[i].body);
    await Promise.all([sqlTrace(ctx.traceDir, ctx.services.school), sqlTrace(ctx.traceDir, ctx.services.district)]);
    await post(urls.gateway, viaGateway[i].headers, viaGateway[i].body);
    const [school, district] = await Promise.all([
      sqlTrace(ctx.traceDir, ctx.services.school),
      sqlTrace(ctx.traceDir, ctx.services.district),
    ]);
    // Each subgraph's statements in its order; the district's first (plans fetch the School there, then its grades).
    // The outbox relay's polling is background work, not the request's.
    const own = (st: { sql: string }) => !/outbox_message/.test(st.sql);
    statements.push([
      ...district.statements.filter(own).map((st) => ({ database: 'district' as const, ...st })),
      ...school.statements.filter(own).map((st) => ({ database: 'school' as const, ...st })),
    ]);
  }
  const counts = statements.map((st) => ({
    school: st.filter((x) => x.database === 'school').length,
    district: st.filter((x) => x.database === 'district').length,
  }));
  const avg = (k: 'school' | 'district') => counts.reduce((t, c) => t + c[k], 0) / counts.length;
  console.log(
    `[bench] ${s.key}: ${avg('school').toFixed(1)} + ${avg('district').toFixed(1)} statements per request (school + district); first caller's:\n${statements[0].map((st) => `  ${st.database}: ${st.sql.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n')}`,
  );
  return { statements, statementsPerRequest: { school: avg('school'), district: avg('district') } };
}
