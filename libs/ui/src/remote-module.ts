import type { ComponentType } from 'react';
import { SHELL_CONTRACT, sharedExports, type SharedExports } from './shell-contract';

/** What a build says of itself, for the shell to read before it runs a remote. */
export interface RemoteBuild {
  /** The shell contract it was built against (`SHELL_CONTRACT.version` of its own copy). */
  contractVersion: number;
  /** The version it was built as (its package's, or the release's `RELEASE_VERSION`). */
  buildVersion?: string;
  /** The federation runtime it was built with; a remote runs on the shell's (see `runtimeServes`). */
  federationRuntime?: string;
  /** What it takes of the packages the shell shares in part (see `sharedMissing`). */
  sharedImports?: SharedExports;
}

/** This build's: each remote's `./routes` exports it (`export const { contractVersion, … } = REMOTE_BUILD`). */
export const REMOTE_BUILD: RemoteBuild = {
  contractVersion: SHELL_CONTRACT.version,
  buildVersion: process.env.APP_VERSION,
  federationRuntime: process.env.MF_RUNTIME_VERSION,
  sharedImports: sharedExports(process.env.SHARED_IMPORTS),
};

/**
 * What every remote exposes as `./routes`: its pages, routed relative to
 * the path the shell mounts it under, and what its build says of itself.
 */
export interface RemoteRoutesModule extends RemoteBuild {
  RemoteRoutes: ComponentType;
}
