import { Alert, Button, Card, Divider, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import { ok, publicApi } from '../api/client';
import type { IssuedTokens, SignInOptions } from '../api/types';
import { beginOidcSignIn } from './oidc';
import { startSession } from './session';

interface LoginState {
  readonly message?: string;
  readonly from?: string;
}

/** 登录: user name and password, and/or the office's OpenID Connect provider. */
export function LoginPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginState;
  const [options, setOptions] = useState<SignInOptions>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void ok<SignInOptions>(publicApi.GET('/console/sign-in-options')).then(setOptions, () =>
      setOptions({ localPasswords: true }),
    );
  }, []);

  const signIn = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      const tokens = await ok<IssuedTokens>(publicApi.POST('/auth/login', { body: values }));
      startSession(tokens);
      void navigate(state.from ?? '/', { replace: true });
    } catch (caught) {
      setError(loginError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <Card className="login-card">
        <Typography.Title level={3}>消防隐患整改管理系统</Typography.Title>
        <Typography.Paragraph type="secondary">太白街道办事处</Typography.Paragraph>
        {state.message && <Alert type="warning" showIcon message={state.message} />}
        {error && <Alert type="error" showIcon message={error} role="alert" />}
        {options?.localPasswords !== false && (
          <Form layout="vertical" onFinish={signIn} requiredMark={false} className="login-form">
            <Form.Item
              label="用户名"
              name="username"
              rules={[{ required: true, message: '请输入用户名' }]}
            >
              <Input autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item
              label="密码"
              name="password"
              rules={[{ required: true, message: '请输入密码' }]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy}>
              登录
            </Button>
          </Form>
        )}
        {options?.oidc && (
          <>
            {options.localPasswords && <Divider plain>或</Divider>}
            <Button
              block
              onClick={() => {
                const { issuer, clientId } = options.oidc!;
                beginOidcSignIn(issuer, clientId).catch((e: Error) => setError(e.message));
              }}
            >
              统一身份认证登录
            </Button>
          </>
        )}
      </Card>
    </main>
  );
}

function loginError(error: unknown): string {
  if (!(error instanceof ApiError)) return '无法连接服务器，请检查网络';
  if (error.status === 401) return '用户名或密码错误，或账号已停用';
  if (error.status === 429) return '登录失败次数过多，请稍后再试';
  if (error.status === 403) return '本系统已关闭密码登录，请使用统一身份认证';
  return error.userMessage;
}
