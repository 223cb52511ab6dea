import { useEffect, useState, type ComponentType } from 'react';
import { observer } from 'mobx-react-lite';
import { Alert, Button, Result, Spin } from '@arco-design/web-react';
import { REMOTE_APP_LABELS, type RemoteApp } from '@casmooc/domain';
import { FEDERATION_RUNTIME, renewFailedChunk, runtimeServes, sharedMissing, SHELL_CONTRACT, shellServes, withBackoff, type RemoteRoutesModule } from '@casmooc/ui';
import { useLocale, useT } from '../exposed/locale';
import { shellMessages } from '../locale';
import { RemoteErrorBoundary } from './remote-error-boundary';

const RETRY_DELAYS_MS = [400, 1200, 2400];

/** What the area needs of the registry (the RemoteRegistry, or a fake in tests). */
export interface RemoteRoutesLoader {
  refresh(): Promise<void>;
  load(app: RemoteApp, module: 'routes'): Promise<RemoteRoutesModule>;
  /** The version the registry names now (it follows releases live). */
  versionOf(app: RemoteApp): string | undefined;
}

type LoadState =
  | { status: 'loading' }
  /** `registered` is the registry's version when it was loaded: another one later is a release (or a rollback) to offer. */
  | { status: 'ready'; Routes: ComponentType; registered: string | undefined; built: string | undefined }
  | { status: 'failed'; error: Error }
  /** Loaded, but not one this shell can run: it says why. */
  | { status: 'incompatible'; why: Incompatibility };

type Incompatibility =
  /** Built against a shell contract this shell does not serve: its team must rebuild it. */
  | { builtFor: number | undefined }
  /** Built with a federation runtime newer than the shell's (or another major): the shell must be upgraded first. */
  | { runtime: string }
  /** It takes exports of a package shared in part that this shell does not provide: the shell must be upgraded first. */
  | { missing: string[] };

interface Props {
  app: RemoteApp;
  registry: RemoteRoutesLoader;
  /** Waits between automatic retries of the first load. */
  retryDelaysMs?: readonly number[];
}

/**
 * One remote's area of the page: loads its routes at run time, and if it
 * cannot load or throws, shows a fallback with retry here while the rest
 * of the portal keeps working; one built against a shell contract this
 * shell cannot serve is not run at all, and says so.
 */
export const RemoteArea = observer(function RemoteArea({ app, registry, retryDelaysMs = RETRY_DELAYS_MS }: Props) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    const load = async () => {
      if (attempt > 0) await registry.refresh();
      return registry.load(app, 'routes');
    };
    withBackoff(load, attempt > 0 ? [] : retryDelaysMs).then(
      (module) => current && setState(judge(module, registry.versionOf(app))),
      (error: Error) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [app, registry, attempt, retryDelaysMs]);

  const retry = () => setAttempt((n) => n + 1);

  if (state.status === 'loading') {
    return (
      <div className="remote-area remote-area--loading" data-remote={app}>
        <Spin dot />
      </div>
    );
  }
  if (state.status === 'failed') return <RemoteFallback app={app} error={state.error} onRetry={retry} />;
  if (state.status === 'incompatible') return <RemoteIncompatible app={app} why={state.why} onRetry={retry} />;
  const { Routes, registered, built } = state;
  const released = registry.versionOf(app);
  return (
    <div className="remote-area" data-remote={app}>
      {released !== undefined && released !== registered && <RemoteUpdateOffer app={app} version={released} onLoad={retry} />}
      <RemoteErrorBoundary
        fallback={(error, reset) => (
          <RemoteFallback
            app={app}
            error={error}
            onRetry={() => {
              renewFailedChunk(error);
              reset();
              retry();
            }}
          />
        )}
      >
        <Routes />
      </RemoteErrorBoundary>
      {built && <RemoteVersion app={app} version={built} />}
    </div>
  );
});

/** A release (or a rollback) of this remote while it is open: it is loaded when the user says so, never mid-form by itself. */
const RemoteUpdateOffer = observer(function RemoteUpdateOffer({ app, version, onLoad }: { app: RemoteApp; version: string; onLoad: () => void }) {
  const t = useT(shellMessages);
  const locale = useLocale();
  return (
    <div role="status" className="remote-area__update">
      <Alert
        type="info"
        title={t('remote.update.title', { area: REMOTE_APP_LABELS[app][locale], version })}
        content={t('remote.update.hint')}
        action={
          <Button type="primary" size="small" onClick={onLoad}>
            {t('remote.update.load')}
          </Button>
        }
      />
    </div>
  );
});

const RemoteVersion = observer(function RemoteVersion({ app, version }: { app: RemoteApp; version: string }) {
  const t = useT(shellMessages);
  const locale = useLocale();
  return <p className="remote-area__version">{t('remote.version', { area: REMOTE_APP_LABELS[app][locale], version })}</p>;
});

const RemoteFallback = observer(function RemoteFallback({ app, error, onRetry }: { app: RemoteApp; error: Error; onRetry: () => void }) {
  const t = useT(shellMessages);
  const locale = useLocale();
  return (
    <div className="remote-area" data-remote={app} data-remote-state="failed">
      <Result
        status="error"
        title={t('remote.failed.title', { area: REMOTE_APP_LABELS[app][locale] })}
        subTitle={t('remote.failed.subtitle')}
        extra={
          <Button type="primary" onClick={onRetry}>
            {t('remote.failed.retry')}
          </Button>
        }
      >
        <details className="remote-area__detail">
          <summary>{t('remote.failed.detail')}</summary>
          <code>{error.message}</code>
        </details>
      </Result>
    </div>
  );
});

/**
 * Whether this shell runs a loaded remote, and how: by the contract it was built against, the federation runtime
 * it was built with and what it takes of the packages shared in part.
 */
function judge(module: RemoteRoutesModule, registered: string | undefined): LoadState {
  if (!shellServes(module.contractVersion)) return { status: 'incompatible', why: { builtFor: module.contractVersion } };
  if (!runtimeServes(module.federationRuntime)) return { status: 'incompatible', why: { runtime: module.federationRuntime! } };
  const missing = sharedMissing(module.sharedImports);
  if (missing.length) return { status: 'incompatible', why: { missing } };
  return { status: 'ready', Routes: module.RemoteRoutes, registered, built: module.buildVersion };
}

const RemoteIncompatible = observer(function RemoteIncompatible({ app, why, onRetry }: { app: RemoteApp; why: Incompatibility; onRetry: () => void }) {
  const t = useT(shellMessages);
  const locale = useLocale();
  const serves = `${SHELL_CONTRACT.oldestServed}–${SHELL_CONTRACT.version}`;
  return (
    <div className="remote-area" data-remote={app} data-remote-state="incompatible">
      <Result
        status="warning"
        title={t('remote.incompatible.title', { area: REMOTE_APP_LABELS[app][locale] })}
        subTitle={
          'runtime' in why
            ? t('remote.runtime.subtitle', { built: why.runtime, serves: FEDERATION_RUNTIME ?? '—' })
            : 'missing' in why
              ? t('remote.shared.subtitle', { missing: why.missing.join(locale === 'zh-CN' ? '、' : ', ') })
              : t('remote.incompatible.subtitle', { built: why.builtFor ?? '—', serves })
        }
        extra={
          <Button type="primary" onClick={onRetry}>
            {t('remote.failed.retry')}
          </Button>
        }
      />
    </div>
  );
});
