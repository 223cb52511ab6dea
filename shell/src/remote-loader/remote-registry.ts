import { observable, runInAction } from 'mobx';
import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import { containerName, REGISTRY_UPDATED, type DomainEvent, type RegistryEntry, type RemoteApp } from '@casmooc/domain';
import type { HttpClient } from '@casmooc/ui';

/**
 * Finds the remotes at run time: the BFF's registry names each remote's
 * manifest, so a team redeploys or rolls back without rebuilding the shell.
 * It follows releases live: the next load of a remote that changed gets
 * its new version, and `versionOf` tells an open area that one is there.
 */
export class RemoteRegistry {
  private registered: Promise<void> | null = null;
  /** The manifest URL the federation runtime was given for each remote. */
  private readonly entries = new Map<RemoteApp, string>();
  /** The version the registry names for each remote, as last read. */
  private readonly versions = observable.map<RemoteApp, string>();

  constructor(
    private readonly http: HttpClient,
    private readonly origin: string = window.location.origin,
  ) {}

  versionOf(app: RemoteApp): string | undefined {
    return this.versions.get(app);
  }

  /**
   * Reads the registry again. A remote whose manifest moved is registered
   * anew (the runtime forgets what it cached of it); the others, and the
   * code already running, are left as they are.
   */
  refresh(): Promise<void> {
    this.registered = this.http.get<RegistryEntry[]>('/api/mf-registry').then((entries) => {
      const moved = entries
        .map((entry) => ({ app: entry.name, entry: new URL(entry.url, this.origin).href }))
        .filter(({ app, entry }) => this.entries.get(app) !== entry);
      if (moved.length) registerRemotes(moved.map(({ app, entry }) => ({ name: containerName(app), entry })), { force: true });
      moved.forEach(({ app, entry }) => this.entries.set(app, entry));
      runInAction(() => entries.forEach((entry) => this.versions.set(entry.name, entry.version)));
    });
    this.registered.catch(() => (this.registered = null));
    return this.registered;
  }

  /** Reads the registry again whenever it changes; returns the unsubscribe. */
  follow(subscribe: (listener: (event: DomainEvent) => void) => () => void): () => void {
    return subscribe((event) => event.type === REGISTRY_UPDATED && void this.refresh().catch(() => undefined));
  }

  async load<T>(app: RemoteApp, module: string): Promise<T> {
    await (this.registered ?? this.refresh());
    const loaded = await loadRemote<T>(`${containerName(app)}/${module}`);
    if (!loaded) throw new Error(`${app}/${module} could not be loaded`);
    return loaded;
  }
}
