import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import { containerName, type RegistryEntry, type RemoteApp } from '@casmooc/domain';
import type { HttpClient } from '@casmooc/ui';

/**
 * Finds the remotes at run time: the BFF's registry names each remote's
 * manifest, so a team redeploys or rolls back without rebuilding the shell.
 */
export class RemoteRegistry {
  private registered: Promise<void> | null = null;

  constructor(
    private readonly http: HttpClient,
    private readonly origin: string = window.location.origin,
  ) {}

  /** Reads the registry again and replaces what the federation runtime knows (and caches). */
  refresh(): Promise<void> {
    this.registered = this.http.get<RegistryEntry[]>('/api/mf-registry').then((entries) => {
      registerRemotes(
        entries.map((entry) => ({ name: containerName(entry.name), entry: new URL(entry.url, this.origin).href })),
        { force: true },
      );
    });
    this.registered.catch(() => (this.registered = null));
    return this.registered;
  }

  async load<T>(app: RemoteApp, module: string): Promise<T> {
    await (this.registered ?? this.refresh());
    const loaded = await loadRemote<T>(`${containerName(app)}/${module}`);
    if (!loaded) throw new Error(`${app}/${module} could not be loaded`);
    return loaded;
  }
}
