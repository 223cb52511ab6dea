import { useState } from 'react';
import { observer } from 'mobx-react-lite';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography } from '@arco-design/web-react';
import { IconLock, IconUser } from '@arco-design/web-react/icon';
import { isApiRequestError } from '@casmooc/ui';
import { shellState } from '../../state/shell-state';
import { useT } from '../../exposed/locale';
import { useDocumentTitle } from '../../layout/document-title';
import { shellMessages } from '../../locale';
import { LocaleSwitch } from '../../layout/portal-header';
import logoUrl from '../../assets/logo.svg';
import { loginMessages } from './locale';

interface Credentials {
  username: string;
  password: string;
}

export const LoginPage = observer(function LoginPage() {
  const { session } = shellState();
  const t = useT(loginMessages);
  const ts = useT(shellMessages);
  const [form] = Form.useForm<Credentials>();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  useDocumentTitle([t('login.title'), ts('app.subtitle'), ts('app.title')]);

  if (session.status === 'signed-in') return <Navigate to={from} replace />;

  const submit = async () => {
    const { username, password } = await form.validate();
    setSubmitting(true);
    setError(null);
    try {
      await session.login(username.trim(), password);
      navigate(from, { replace: true });
    } catch (e) {
      setError(isApiRequestError(e) ? e.message : String(e));
      form.setFieldValue('password', '');
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <div className="login">
      <div className="login__locale">
        <LocaleSwitch />
      </div>
      <Card className="login__card" bordered={false}>
        <div className="login__brand">
          <img src={logoUrl} alt="" width={40} height={40} />
          <div>
            <Typography.Title heading={5} style={{ margin: 0 }}>
              {ts('app.title')}
            </Typography.Title>
            <Typography.Text type="secondary">{ts('app.subtitle')}</Typography.Text>
          </div>
        </div>
        <Typography.Paragraph type="secondary" className="login__welcome">
          {t('login.welcome')}
        </Typography.Paragraph>
        {session.expired && <Alert type="warning" content={ts('session.expired')} className="login__alert" />}
        {error && <Alert type="error" content={error} className="login__alert" />}
        <Form form={form} layout="vertical" onSubmit={submit} autoComplete="on" requiredSymbol={false}>
          <Form.Item label={t('login.username')} field="username" rules={[{ required: true, message: t('login.username.required') }]}>
            <Input prefix={<IconUser />} placeholder={t('login.username.placeholder')} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={t('login.password')} field="password" rules={[{ required: true, message: t('login.password.required') }]}>
            <Input.Password prefix={<IconLock />} placeholder={t('login.password.placeholder')} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" long loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
        <Link to="/public/classes" className="login__public">
          {t('login.publicClasses')}
        </Link>
      </Card>
      <Typography.Text type="secondary" className="login__footer">
        {t('login.footer')}
      </Typography.Text>
    </div>
  );
});
