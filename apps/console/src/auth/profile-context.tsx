import { Button, Result, Spin } from 'antd';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import { api, ok } from '../api/client';
import type { Profile } from '../api/types';
import { ROUTES } from '../app/navigation';
import { endSession, howSessionEnded, isSignedIn, onSessionEnd } from './session';

const ProfileContext = createContext<Profile | undefined>(undefined);

/** The signed-in user; only inside <RequireSignIn>. */
export function useProfile(): Profile {
  const profile = useContext(ProfileContext);
  if (!profile) throw new Error('useProfile outside <RequireSignIn>');
  return profile;
}

const PROFILE_KEY = 'firecase.profile';

function cachedProfile(): Profile | undefined {
  if (!isSignedIn()) return undefined;
  try {
    const text = sessionStorage.getItem(PROFILE_KEY);
    return text ? (JSON.parse(text) as Profile) : undefined;
  } catch {
    return undefined;
  }
}

function rememberProfile(profile: Profile): void {
  sessionStorage.setItem(PROFILE_KEY, JSON.stringify(profile));
}

/** Forgets the cached profile with the session (the next user of the tab is someone else). */
onSessionEnd(() => sessionStorage.removeItem(PROFILE_KEY));

export const SESSION_ENDED_MESSAGE = '登录已失效（已退出、账号被停用或密码已重置），请重新登录';

/** What 登录 is told: the page to return to, and why the session ended when it was not 退出. */
function loginState(from?: string): { from?: string; message?: string } {
  return { from, message: howSessionEnded() === 'expired' ? SESSION_ENDED_MESSAGE : undefined };
}

/** Pages behind sign-in: loads who the user is, and sends them to 登录 when the session ends. */
export function RequireSignIn({ children }: { readonly children: ReactNode }) {
  // The profile of this session from before a reload, so the page renders at once; /me then
  // confirms it (and a 401 there ends the session).
  const [profile, setProfile] = useState<Profile | undefined>(cachedProfile);
  const navigate = useNavigate();
  const location = useLocation();
  const signedIn = isSignedIn();

  useEffect(
    () =>
      onSessionEnd(() => {
        void navigate(ROUTES.login, { replace: true, state: loginState() });
      }),
    [navigate],
  );

  const [unreachable, setUnreachable] = useState(false);
  useEffect(() => {
    if (!signedIn) return;
    let current = true;
    void ok<Profile>(api.GET('/me')).then(
      (fresh) => {
        rememberProfile(fresh);
        if (current) setProfile(fresh);
      },
      (error: unknown) => {
        // Only the API saying no ends the session: a request cut short (the page navigating
        // away, the network dropping) must not sign the user out.
        if (error instanceof ApiError && error.status === 401) endSession('expired');
        else if (current && !cachedProfile()) setUnreachable(true);
      },
    );
    return () => {
      current = false;
    };
  }, [signedIn]);

  // Also reached when the session has just ended and this renders before its navigation is done
  // (react-router navigates in a transition): the reason goes along either way.
  if (!signedIn)
    return <Navigate to={ROUTES.login} replace state={loginState(location.pathname)} />;
  if (unreachable) {
    return (
      <Result
        status="warning"
        title="无法连接服务器"
        subTitle="请检查网络后重试。"
        extra={<Button onClick={() => window.location.reload()}>重试</Button>}
      />
    );
  }
  if (!profile) return <Spin fullscreen tip="正在加载…" />;
  return <ProfileContext.Provider value={profile}>{children}</ProfileContext.Provider>;
}
