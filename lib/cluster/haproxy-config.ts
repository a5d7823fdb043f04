// The balancer's configuration, written for HAProxy 2.6 (Debian 12). Round robin over the instances; each is
// checked every second on /api/health and taken out after two failed checks (back after one good one). A request
// whose connection failed or, for reads, that got no answer (an instance that died under it) is retried on another
// instance (redispatch), so a crash costs no failed request once the checks have taken the instance out.

/** The backend's name in the configuration, for the runtime API's `disable server BACKEND/NAME`. */
export const BACKEND = 'telaah_instances';

export interface BalancerConfig {
  /** Where the balancer listens, e.g. 127.0.0.1 (one machine) or 0.0.0.0. */
  bindHost: string;
  port: number;
  /** A Unix socket for HAProxy's runtime API (take a server out and back); none when absent. */
  adminSocket?: string;
  servers: { name: string; host: string; port: number }[];
}

export function renderHaproxyConfig(config: BalancerConfig): string {
  const servers = config.servers.map((s) => `    server ${s.name} ${s.host}:${s.port} check`);
  return [
    'global',
    '    maxconn 4096',
    ...(config.adminSocket ? [`    stats socket ${config.adminSocket} mode 600 level admin`] : []),
    '',
    'defaults',
    '    mode http',
    '    timeout connect 2s',
    '    timeout client 60s',
    '    timeout server 60s',
    '    timeout http-request 10s',
    '    timeout check 2s',
    // Every failed attempt goes to another server; GETs and the API's small bodies are buffered, so they can be sent
    // again. A 409 or 503 from the app is an answer and is never retried.
    '    retries 3',
    '    option redispatch 1',
    '    retry-on conn-failure empty-response response-timeout',
    '    option forwardfor',
    '',
    'frontend telaah',
    `    bind ${config.bindHost}:${config.port}`,
    '    http-request set-header X-Forwarded-Proto http if !{ ssl_fc }',
    // A write whose answer was lost may have been applied: sending it again could add a list or an item twice (an
    // edit carrying its version would only get a 409). Writes are retried only when the connection failed, before
    // anything was sent.
    '    http-request disable-l7-retry if !METH_GET',
    `    default_backend ${BACKEND}`,
    '',
    `backend ${BACKEND}`,
    '    balance roundrobin',
    '    option httpchk GET /api/health',
    '    http-check expect status 200',
    '    default-server inter 1s fall 2 rise 1',
    ...servers,
    '',
  ].join('\n');
}
