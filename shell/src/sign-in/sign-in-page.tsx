import { useState, type FormEvent } from 'react';
import { observer } from 'mobx-react-lite';
import { Alert, Button, Card, Input } from '@arco-design/web-react';
import { IconLock, IconUser } from '@arco-design/web-react/icon';
import { isApiRequestError } from '@casmooc/ui';
import { shellState } from '../state/shell-state';
import { useT } from '../exposed/locale';
import { useDocumentTitle } from '../layout/document-title';
import { shellMessages } from '../locale';
import logoUrl from '../assets/logo.svg';
import { loginMessages } from './locale';
import { LanguageSelect } from './language-select';

interface Props {
  /** The server ended the visitor's last session (expired, signed out elsewhere). */
  expired: boolean;
  /** Signed in: on to where the visitor was going. */
  onSignedIn: () => void;
}

type Field = 'username' | 'password';

/**
 * 登录: a page of its own, loaded without the portal (see `./index.ts`).
 * Both fields are required; a refusal is shown with the server's reason,
 * and the password is cleared while the username stays. Plain headings
 * and paragraphs, not Arco's Typography: it would bring its tooltips.
 */
export const SignInPage = observer(function SignInPage({ expired, onSignedIn }: Props) {
  const { session } = shellState();
  const t = useT(loginMessages);
  const ts = useT(shellMessages);
  const [values, setValues] = useState<Record<Field, string>>({ username: '', password: '' });
  const [missing, setMissing] = useState<Field[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle([t('login.title'), ts('app.subtitle'), ts('app.title')]);

  const change = (field: Field) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (value) setMissing((current) => current.filter((f) => f !== field));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = (['username', 'password'] as const).filter((field) => !values[field].trim());
    setMissing(empty);
    if (empty.length) return document.getElementById(`sign-in-${empty[0]}`)?.focus();
    setSubmitting(true);
    setError(null);
    try {
      await session.login(values.username.trim(), values.password);
      onSignedIn();
    } catch (e) {
      setError(isApiRequestError(e) ? e.message : String(e));
      setValues((current) => ({ ...current, password: '' }));
      setSubmitting(false);
    }
  };

  const field = (name: Field, prefix: JSX.Element, autoComplete: string) => {
    const invalid = missing.includes(name);
    const props = {
      id: `sign-in-${name}`,
      value: values[name],
      onChange: change(name),
      prefix,
      placeholder: t(`login.${name}.placeholder`),
      autoComplete,
      status: invalid ? ('error' as const) : undefined,
      'aria-invalid': invalid,
      'aria-describedby': invalid ? `sign-in-${name}-missing` : undefined,
    };
    return (
      <div className="sign-in__field">
        <label htmlFor={props.id}>{t(`login.${name}`)}</label>
        {name === 'password' ? <Input.Password {...props} /> : <Input {...props} autoFocus />}
        {invalid && (
          <div id={`sign-in-${name}-missing`} className="sign-in__missing" role="alert">
            {t(`login.${name}.required`)}
          </div>
        )}
      </div>
    );
  };

  return (
    <div className="login">
      <div className="login__locale">
        <LanguageSelect />
      </div>
      <Card className="login__card" bordered={false}>
        <div className="login__brand">
          <img src={logoUrl} alt="" width={40} height={40} />
          <div>
            <h1 className="sign-in__title">{ts('app.title')}</h1>
            <p className="sign-in__subtitle">{ts('app.subtitle')}</p>
          </div>
        </div>
        <p className="login__welcome">{t('login.welcome')}</p>
        {expired && <Alert type="warning" content={ts('session.expired')} className="login__alert" />}
        {error && <Alert type="error" content={error} className="login__alert" />}
        <form onSubmit={submit} noValidate>
          {field('username', <IconUser />, 'username')}
          {field('password', <IconLock />, 'current-password')}
          <Button type="primary" htmlType="submit" long loading={submitting}>
            {t('login.submit')}
          </Button>
        </form>
        <a href="/public/classes" className="login__public">
          {t('login.publicClasses')}
        </a>
      </Card>
      <p className="login__footer">{t('login.footer')}</p>
    </div>
  );
});
