import { useState } from 'react';
import { Message, Spin } from '@arco-design/web-react';
import type { DownloadProgress } from './http-client';
import { saveDownload } from './save-download';

export interface DownloadTexts {
  done: string;
  failed(message: string): string;
  /** What the status says while the file streams in. */
  progress(progress: DownloadProgress): string;
}

/**
 * A file the server streams (an export), saved under its name: while it
 * comes, `status` is the progress to show in place of the button; the
 * outcome is said in a message.
 */
export function useDownload(texts: DownloadTexts) {
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const run = async (fetch: (onProgress: (progress: DownloadProgress) => void) => Promise<{ blob: Blob; filename: string }>) => {
    setProgress({ received: 0, rows: null });
    try {
      saveDownload(await fetch(setProgress));
      Message.success(texts.done);
    } catch (e) {
      Message.error(texts.failed((e as Error).message));
    } finally {
      setProgress(null);
    }
  };
  const status = progress && (
    <span role="status" data-testid="export-progress" style={{ display: 'inline-flex', gap: 8, alignItems: 'center', color: 'var(--color-text-2)' }}>
      <Spin size={14} />
      {texts.progress(progress)}
    </span>
  );
  return { run, status };
}

/** KiB for a progress line: one decimal below 10 KiB. */
export const kib = (bytes: number) => (bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0);
