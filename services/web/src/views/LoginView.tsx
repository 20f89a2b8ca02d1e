import { useEffect, useState } from 'react';

import { ROLE_LABELS } from '../format';
import { type Session, sessionFromToken } from '../session';

interface DemoLogin {
  login: string;
  role: string;
  name: string;
  description: string;
}

/**
 * Sign-in. In the embedded setup the web server offers the demo logins (`/dev/logins`, never in
 * production); otherwise a bearer token from the identity provider can be pasted.
 */
export function LoginView({ onSignIn }: { onSignIn: (session: Session) => void }) {
  const [logins, setLogins] = useState<DemoLogin[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');

  useEffect(() => {
    fetch('/dev/logins')
      .then((r) => (r.ok ? (r.json() as Promise<{ logins: DemoLogin[] }>) : { logins: [] }))
      .then(
        (body) => setLogins(body.logins),
        () => setLogins([]),
      );
  }, []);

  async function signInAs(login: string) {
    setError(null);
    const response = await fetch('/dev/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login }),
    });
    if (!response.ok) return setError('演示账号登录失败。');
    const { token } = (await response.json()) as { token: string };
    onSignIn(sessionFromToken(token));
  }

  function signInWithToken() {
    try {
      onSignIn(sessionFromToken(pasted.trim()));
    } catch {
      setError('令牌格式不正确。');
    }
  }

  return (
    <section className="login">
      <h1>全员导师制 · 登录</h1>
      {logins === null && <p className="status">加载中…</p>}
      {logins && logins.length > 0 && (
        <>
          <p>开发环境演示账号（生产环境不提供）：</p>
          <ul className="logins">
            {logins.map((l) => (
              <li key={l.login}>
                <button type="button" data-login={l.login} onClick={() => void signInAs(l.login)}>
                  <strong>{ROLE_LABELS[l.role] ?? l.role}</strong> {l.name}
                  <small>{l.login}</small>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <details open={logins?.length === 0}>
        <summary>使用令牌登录</summary>
        <textarea
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          placeholder="Bearer 令牌"
          aria-label="令牌"
          rows={3}
        />
        <button type="button" onClick={signInWithToken} disabled={!pasted.trim()}>
          登录
        </button>
      </details>
      {error && (
        <p className="status error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
