import type { Client } from '@mentorship/client';
import { useEffect, useMemo, useState } from 'react';

import { createClient } from './api';
import { ROLE_LABELS } from './format';
import { allowed, menuOf } from './nav';
import { homeOf, loadSession, saveSession, type Session } from './session';
import { CrisisOverviewView } from './views/crisis/CrisisOverviewView';
import { CrisisQueueView } from './views/crisis/CrisisQueueView';
import { DistrictView } from './views/DistrictView';
import { ChooseMentorsView } from './views/family/ChooseMentorsView';
import { FeedbackView } from './views/family/FeedbackView';
import { SurveyView } from './views/family/SurveyView';
import { MyGrowthView, TeacherGrowthView } from './views/growth/GrowthView';
import { ClassView } from './views/head-teacher/ClassView';
import { LoginView } from './views/LoginView';
import { MenteeView } from './views/mentor/MenteeView';
import { MentorReviewView } from './views/mentor/MentorReviewView';
import { MentorRoundView } from './views/mentor/MentorRoundView';
import { MentorView } from './views/MentorView';
import { NotificationsView } from './views/notifications/NotificationsView';
import { OwnSchoolView, SchoolView } from './views/SchoolView';
import { DistrictTermView } from './views/term/DistrictTermView';
import { TermView } from './views/term/TermView';

function useHash(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return hash;
}

/** The page of a route, or null when the role has no such page. */
function route(hash: string, session: Session, client: Client) {
  // The query (`?tab=…`) belongs to the page's tabs, not to the route.
  const [, page, sub, id] = hash.split('?')[0].split('/');
  const { role } = session;
  if (page === 'district' && role === 'DISTRICT_ADMIN') return <DistrictView client={client} />;
  if (page === 'school' && sub && role === 'DISTRICT_ADMIN')
    return <SchoolView key={sub} client={client} schoolId={sub} role={role} />;
  if (!allowed(role, hash)) return null;
  if (page === 'school')
    return sub ? (
      <SchoolView key={sub} client={client} schoolId={sub} role={role} />
    ) : (
      <OwnSchoolView client={client} role={role} />
    );
  if (page === 'mentor' && sub === 'student' && id) return <MenteeView key={id} client={client} studentId={id} />;
  if (page === 'mentor' && sub === 'round') return <MentorRoundView client={client} />;
  if (page === 'mentor' && sub === 'review') return <MentorReviewView client={client} />;
  if (page === 'mentor' && !sub) return <MentorView client={client} personId={session.personId} />;
  if (page === 'crisis')
    return role === 'SCHOOL_ADMIN' ? <CrisisOverviewView client={client} /> : <CrisisQueueView client={client} />;
  if (page === 'class') return <ClassView client={client} />;
  if (page === 'choose') return <ChooseMentorsView client={client} />;
  if (page === 'feedback') return <FeedbackView client={client} />;
  if (page === 'survey') return <SurveyView client={client} />;
  if (page === 'notifications') return <NotificationsView client={client} role={role} />;
  if (page === 'term')
    return role === 'DISTRICT_ADMIN' ? <DistrictTermView client={client} /> : <TermView client={client} />;
  if (page === 'growth' && role === 'SCHOOL_ADMIN' && sub !== 'me')
    return <TeacherGrowthView key={sub} client={client} teacherId={sub} />;
  if (page === 'growth') return <MyGrowthView client={client} />;
  return null;
}

/** Routes by hash; the menu and the start page follow the role (nav.ts). */
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
  const current = hash || homeOf(session);
  const view = route(current, session, client) ?? (
    <p className="status">
      页面不存在。<a href={homeOf(session)}>返回首页</a>
    </p>
  );
  const path = current.split('?')[0];
  const active = menuOf(session.role)
    .filter((m) => path === m.href || path.startsWith(`${m.href}/`))
    .pop();

  return (
    <>
      <nav className="top" aria-label="主菜单">
        <span className="brand">全员导师制</span>
        <span className="who" data-testid="who">
          {ROLE_LABELS[session.role] ?? session.role} · {session.name}
        </span>
        <button type="button" className="sign-out" onClick={signOut}>
          退出
        </button>
        <span className="links" data-testid="menu">
          {menuOf(session.role).map((m) => (
            <a key={m.href} href={m.href} aria-current={m === active ? 'page' : undefined}>
              {m.label}
            </a>
          ))}
        </span>
      </nav>
      <main>{view}</main>
    </>
  );
}
