import { Alert, Button, Card, Spin } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import { ok, publicApi } from '../api/client';
import type { IssuedTokens } from '../api/types';
import { ROUTES } from '../app/navigation';
import { completeOidcSignIn } from './oidc';
import { startSession } from './session';

/** Where the OpenID Connect provider sends the user back with a code. */
export function OidcCallbackPage() {
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const started = useRef(false); // the code is single-use: exchange it once

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void completeOidcSignIn(window.location.search)
      .then((idToken) => ok<IssuedTokens>(publicApi.POST('/auth/oidc', { body: { idToken } })))
      .then((tokens) => {
        startSession(tokens);
        void navigate('/', { replace: true });
      })
      .catch((caught: unknown) =>
        setError(
          caught instanceof ApiError && caught.status === 401
            ? '该统一身份认证账号未在本系统开通或已停用'
            : caught instanceof Error
              ? caught.message
              : String(caught),
        ),
      );
  }, [navigate]);

  return (
    <main className="login">
      <Card className="login-card">
        {error ? (
          <>
            <Alert type="error" showIcon message={error} />
            <Button block onClick={() => navigate(ROUTES.login, { replace: true })}>
              返回登录
            </Button>
          </>
        ) : (
          <Spin tip="正在登录…">
            <div style={{ height: 80 }} />
          </Spin>
        )}
      </Card>
    </main>
  );
}
