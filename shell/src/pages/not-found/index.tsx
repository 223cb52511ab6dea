import { observer } from 'mobx-react-lite';
import { useNavigate } from 'react-router-dom';
import { Button, Result } from '@arco-design/web-react';
import { useT } from '../../exposed/locale';
import { shellMessages } from '../../locale';

export const NotFoundPage = observer(function NotFoundPage() {
  const t = useT(shellMessages);
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.subtitle')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
});

export const ForbiddenPage = observer(function ForbiddenPage() {
  const t = useT(shellMessages);
  return <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.subtitle')} />;
});
