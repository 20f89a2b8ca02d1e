import { useEffect, useMemo, useState } from 'react';
import { createClient } from './api';
import { ROLE_LABELS } from './format';
import { homeOf, loadSession, saveSession, type Session } from './session';
import { DistrictView } from './views/DistrictView';
import { LoginView } from './views/LoginView';
import { MentorView } from './views/MentorView';
import { OwnSchoolView, SchoolView } from './views/SchoolView';

function useHash(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

/** Routes by hash: #/district, #/school, #/school/<id>, #/mentor; the start page follows the role. */
export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const hash = useHash();
  const client = useMemo(() => (session ? createClient(session.token) : null), [session]);

  const signIn = (next: Session) => {
    saveSession(next);
    setSession(next);
    window.location.hash = homeOf(next);
  };
  const signOut = () => {
    saveSession(null);
    setSession(null);
    window.location.hash = '';
  };
  // Tokens expire (an hour at most): back to sign-in then, rather than a page of errors.
  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(signOut, Math.max(0, Math.min(session.expiresAt - Date.now(), 2 ** 31 - 1)));
    return () => clearTimeout(timer);
  }, [session]);

  if (!session || !client) return <LoginView onSignIn={signIn} />;
  const [, page, id] = (hash || homeOf(session)).split('/');
  let view;
  if (page === 'district' && session.role === 'DISTRICT_ADMIN') view = <DistrictView client={client} />;
  else if (page === 'school' && id) view = <SchoolView key={id} client={client} schoolId={id} role={session.role} />;
  else if (page === 'school' && session.role !== 'DISTRICT_ADMIN') view = <OwnSchoolView client={client} role={session.role} />;
  else if (page === 'mentor') view = <MentorView client={client} personId={session.personId} />;
  else view = <p className="status">页面不存在。<a href={homeOf(session)}>返回首页</a></p>;

  return (
    <>
      <nav className="top">
        <span className="brand">全员导师制</span>
        {session.role === 'DISTRICT_ADMIN' && <a href="#/district">全区看板</a>}
        {session.role !== 'DISTRICT_ADMIN' && session.role !== 'MENTOR' && <a href="#/school">本校</a>}
        {session.role !== 'DISTRICT_ADMIN' && <a href="#/mentor">我的学生</a>}
        <span className="who" data-testid="who">
          {ROLE_LABELS[session.role] ?? session.role} · {session.name}
        </span>
        <button type="button" onClick={signOut}>
          退出
        </button>
      </nav>
      <main>{view}</main>
    </>
  );
}
