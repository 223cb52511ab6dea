import type { ComponentType } from 'react';

/**
 * What every remote exposes as `./routes`: its pages, routed relative to
 * the path the shell mounts it under.
 */
export interface RemoteRoutesModule {
  RemoteRoutes: ComponentType;
  /** The shell contract it was built against (`SHELL_CONTRACT.version` of its own copy). */
  contractVersion: number;
  /** The version it was built as (its package's, or the release's `RELEASE_VERSION`). */
  buildVersion?: string;
}
