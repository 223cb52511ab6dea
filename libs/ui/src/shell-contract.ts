/**
 * The shell's exposed modules as remotes use them: a contract with a
 * version. Each remote is built with its own copy of this file and states
 * the version it was built against (`contractVersion` in its `./routes`);
 * a deployed shell serves every version from `oldestServed` to its own.
 * Removing or renaming an export is a new version and raises
 * `oldestServed` (the shell's contract test fails until then); adding one
 * raises `version` only.
 */
export const SHELL_CONTRACT = {
  version: 1,
  oldestServed: 1,
  /** Each exposed module and the exports remotes may use (types aside). */
  modules: {
    'shell/session': ['useSession', 'useViewerLabel'],
    'shell/locale': ['useLocale', 'useT'],
    'shell/socket': ['useEventStream', 'useDomainEvents'],
    'shell/http': ['useHttp'],
    'shell/people-picker': ['ContactPickButton', 'PeoplePicker', 'PeoplePickerField'],
  },
} as const;

/** Whether a shell of this contract can serve a remote built against `remoteVersion` (a remote built before versions were stated has none). */
export function shellServes(remoteVersion: number | undefined, shell: { version: number; oldestServed: number } = SHELL_CONTRACT): boolean {
  return typeof remoteVersion === 'number' && remoteVersion >= shell.oldestServed && remoteVersion <= shell.version;
}

/** The federation runtime this build was made with (the shell's is the one every remote runs on). */
export const FEDERATION_RUNTIME: string | undefined = process.env.MF_RUNTIME_VERSION;

const semver = (version: string) => version.split(/[.+-]/).slice(0, 3).map(Number);

/**
 * Remotes are built without a federation runtime of their own and run on
 * the shell's, so the shell is upgraded first: a remote built with another
 * major, or a newer runtime than the deployed shell's, is not run. A remote
 * that names none (built before this rule) brings its own.
 */
export function runtimeServes(remoteRuntime: string | undefined, shellRuntime: string | undefined = FEDERATION_RUNTIME): boolean {
  if (!remoteRuntime || !shellRuntime) return true;
  const [remote, shell] = [semver(remoteRuntime), semver(shellRuntime)];
  if (remote[0] !== shell[0]) return false;
  for (let i = 1; i < 3; i++) if (remote[i] !== shell[i]) return remote[i] < shell[i];
  return true;
}

/** A package's exports by name, per package. */
export type SharedExports = Record<string, readonly string[]>;

/** Lists of exports as a build writes them in (JSON); none outside a build. */
export const sharedExports = (json: string | undefined): SharedExports | undefined => (json ? JSON.parse(json) : undefined);

/** What this shell provides of the packages it shares in part (`libs/mf-config/shared-subsets.js`). */
export const SHARED_PROVIDED = sharedExports(process.env.SHARED_PROVIDED);

/**
 * Arco and the router are shared in part: the shell provides the
 * exports it lists, and remotes bring no copy of their own. What a remote
 * takes that the shell does not provide (`pkg: name`), for a remote built
 * against a longer list than the deployed shell's; nothing when either
 * side states nothing (a remote built before this rule brings its own).
 */
export function sharedMissing(imports: SharedExports | undefined, provided: SharedExports | undefined = SHARED_PROVIDED): string[] {
  if (!imports || !provided) return [];
  return Object.entries(imports).flatMap(([pkg, names]) => names.filter((name) => !provided[pkg]?.includes(name)).map((name) => `${pkg}: ${name}`));
}
