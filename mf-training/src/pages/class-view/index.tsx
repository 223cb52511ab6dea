import { useEffect, useState } from 'react';
import { observer } from 'mobx-react-lite';
import { useNavigate, useParams } from 'react-router-dom';
import { Button, Card, Result, Space, Spin } from '@arco-design/web-react';
import { IconLeft } from '@arco-design/web-react/icon';
import { LoadError } from '@casmooc/ui';
import { useHttp } from 'shell/http';
import { useLocale, useT } from 'shell/locale';
import { HttpTrainingClient } from '../../api/training-client';
import { trainingMessages } from '../../locale';
import { AttendanceStore } from '../../stores/attendance-store';
import { AttendanceCard } from './attendance-card';
import { ClassFacts } from './class-facts';

/** One class: 培训项目基本信息 and 实际参会人员 with 学时确认. */
export const ClassViewPage = observer(function ClassViewPage() {
  const t = useT(trainingMessages);
  const locale = useLocale();
  const http = useHttp();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [store] = useState(() => new AttendanceStore(new HttpTrainingClient(http), id));

  useEffect(() => void store.load(), [store]);

  const back = (
    <Button type="text" icon={<IconLeft />} onClick={() => navigate('..')}>
      {t('class.back')}
    </Button>
  );
  const { trainingClass, classStatus, missing } = store;
  if (!trainingClass) {
    if (!missing && !classStatus.error) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
    return (
      <Card bordered={false}>
        {back}
        {missing ? (
          <Result status="404" subTitle={t('class.notFound')} />
        ) : (
          <LoadError message={t('load.failed', { message: classStatus.error ?? '' })} retryLabel={t('load.retry')} onRetry={() => void store.load()} />
        )}
      </Card>
    );
  }
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card bordered={false} title={trainingClass.name} extra={back}>
        <ClassFacts trainingClass={trainingClass} t={t} locale={locale} />
      </Card>
      <AttendanceCard store={store} hours={trainingClass.hours} t={t} locale={locale} />
    </Space>
  );
});
