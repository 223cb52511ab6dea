import type { ReactNode } from 'react';
import { Card, Result, Spin } from '@arco-design/web-react';
import { LoadError } from '@casmooc/ui';

interface Props {
  back: ReactNode;
  /** The failure, in the reader's words, or null. */
  error: string | null;
  retryLabel: string;
  onRetry(): void;
  /** The thing does not exist for the caller (404). */
  missing: boolean;
  missingText?: string;
}

/** What a page of one thing shows until it has it: a spinner, why it failed (with retry), or that there is no such thing. */
export function LoadFallback({ back, error, retryLabel, onRetry, missing, missingText }: Props) {
  return (
    <Card bordered={false}>
      {back}
      {error && <LoadError message={error} retryLabel={retryLabel} onRetry={onRetry} />}
      {missing ? <Result status="404" subTitle={missingText} /> : !error && <Spin block style={{ padding: 48 }} />}
    </Card>
  );
}
