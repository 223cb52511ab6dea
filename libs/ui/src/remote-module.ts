import type { ComponentType } from 'react';

/**
 * What every remote exposes as `./routes`: its pages, routed relative to
 * the path the shell mounts it under.
 */
export interface RemoteRoutesModule {
  RemoteRoutes: ComponentType;
}
