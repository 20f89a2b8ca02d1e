/**
 * The haproxy configuration of the failover test, and the pattern for a single-host deployment
 * with replicas (infra/README.md, "Replicas and rolling updates"):
 * - `option httpchk GET /readyz`: a replica leaves the rotation as soon as it starts draining
 *   (its /readyz answers 503 for SHUTDOWN_DELAY_SECONDS before its port closes), and comes back
 *   only when its database is reachable and its migrations are current;
 * - `retry-on conn-failure empty-response` with `option redispatch`: a request that met a
 *   closed port or a keep-alive socket closed just as it was sent (nothing was processed) is
 *   sent again, to the other replica. Not on timeouts or 5xx: those may have done work.
 */
export function haproxyConfig(frontends: Record<string, { bind: number; servers: number[] }>): string {
  const lines = [
    'global',
    '  maxconn 2048',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout http-keep-alive 10s',
    // A busy replica may take a while to answer /readyz: that is load, not ill health.
    '  timeout check 3s',
    '  option redispatch',
    '  retries 3',
    '  retry-on conn-failure empty-response',
  ];
  for (const [name, { bind, servers }] of Object.entries(frontends)) {
    lines.push(
      `frontend ${name}`,
      `  bind 127.0.0.1:${bind}`,
      `  default_backend ${name}_replicas`,
      `backend ${name}_replicas`,
      '  balance roundrobin',
      '  option httpchk GET /readyz',
      '  http-check expect status 200',
      '  default-server inter 500ms fastinter 250ms fall 2 rise 2',
      ...servers.map((port, i) => `  server ${name}${i + 1} 127.0.0.1:${port} check`),
    );
  }
  return `${lines.join('\n')}\n`;
}
