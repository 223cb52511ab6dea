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
