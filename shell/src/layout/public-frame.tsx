import type { ReactNode } from 'react';
import { Card, Typography } from '@arco-design/web-react';
import { useT } from '../exposed/locale';
import { useDocumentTitle } from './document-title';
import { LocaleSwitch } from './locale-switch';
import { shellMessages } from '../locale';
import { SIGN_IN_PATH } from '../sign-in/sign-in-url';

/** A page anyone reads without signing in (对外公开的培训, a certificate's verification): the portal's name, the language, a way to sign in. */
export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  const ts = useT(shellMessages);
  useDocumentTitle([title, ts('app.title')]);
  return (
    <div className="public-page">
      <header className="public-page__bar">
        <Typography.Text bold>{ts('app.title')}</Typography.Text>
        <span className="public-page__actions">
          <LocaleSwitch />
          {/* The sign-in page is a page of its own: reached by a full navigation. */}
          <a href={SIGN_IN_PATH} className="arco-link public-page__sign-in">
            {ts('public.signIn')}
          </a>
        </span>
      </header>
      <main>
        <Card bordered={false} title={<h1 className="public-page__title">{title}</h1>}>
          {children}
        </Card>
      </main>
    </div>
  );
}
