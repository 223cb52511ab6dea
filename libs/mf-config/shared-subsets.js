// @ts-check
const fs = require('node:fs');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * Shared packages the shell provides in part: only these exports, where
 * sharing the package whole would bring all of it into the page (Arco's
 * every component, the router's data APIs). The remotes
 * bring no copy of their own (they take the shell's), so every export a
 * remote or the shell imports must be listed here: the build fails
 * otherwise (`SharedSubsetsPlugin`), and a remote built against a
 * longer list than the deployed shell's is not run (`sharedMissing`). So
 * a new export is listed here and the shell released before the remote
 * that uses it (README, "The shell is upgraded first").
 */
const PROVIDED = {
  '@arco-design/web-react': [
    'Alert', 'Avatar', 'Badge', 'Breadcrumb', 'Button', 'Card', 'Checkbox', 'ConfigProvider', 'DatePicker', 'Descriptions',
    'Divider', 'Drawer', 'Dropdown', 'Empty', 'Form', 'Grid', 'Input', 'InputNumber', 'Layout', 'Link', 'List', 'Menu',
    'Message', 'Modal', 'Popconfirm', 'Popover', 'Progress', 'Radio', 'Result', 'Select', 'Space', 'Spin', 'Statistic',
    'Switch', 'Table', 'Tabs', 'Tag', 'Timeline', 'Tooltip', 'Tree', 'TreeSelect', 'Typography', 'Upload',
  ],
  'react-router-dom': ['BrowserRouter', 'Link', 'Navigate', 'Outlet', 'Route', 'Routes', 'useLocation', 'useNavigate', 'useParams', 'useSearchParams'],
};

/** Packages a subset carries inside it: imported directly, they would be a second copy (the router's context twice). */
const CARRIED = { 'react-router': 'react-router-dom' };

/**
 * Where the package's ES module build is: the subset imports it by path,
 * so the request is not itself taken for the shared package.
 * @param {string} pkg
 */
function esmEntry(pkg) {
  const dir = path.join(REPO_ROOT, 'node_modules', pkg);
  const entry = path.join(dir, JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).module);
  if (!fs.existsSync(entry)) throw new Error(`${pkg} has no ES module build at ${entry}`);
  return entry;
}

/**
 * The module the shell provides as `pkg`: a re-export of the listed names
 * (written under node_modules/.cache, made again on every build).
 * @param {keyof typeof PROVIDED} pkg
 */
function providedModule(pkg) {
  const file = path.join(REPO_ROOT, 'node_modules', '.cache', 'casmooc-shared', `${pkg.replace(/[@/]/g, '_')}.js`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const body = `// What the shell provides of ${pkg} (libs/mf-config/shared-subsets.js).\nexport { ${PROVIDED[pkg].join(', ')} } from ${JSON.stringify(esmEntry(pkg))};\n`;
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== body) fs.writeFileSync(file, body);
  return file;
}

/**
 * The sources an app is built from: its own and the libraries', tests aside.
 * @param {string} dir  the app's folder
 */
function sourceFiles(dir) {
  const roots = [path.join(dir, 'src'), ...['ui', 'domain'].map((lib) => path.join(REPO_ROOT, 'libs', lib, 'src'))];
  return roots.flatMap((root) =>
    fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !/\.(test|d)\.tsx?$/.test(file))
      .map((file) => path.join(root, file)),
  );
}

/**
 * What the given files import (values, not types) from the subset packages,
 * by package, and what they import in a way that cannot be checked.
 * @param {string[]} files
 */
function importsOf(files) {
  const ts = require('typescript');
  /** @type {Record<string, Set<string>>} */
  const used = Object.fromEntries(Object.keys(PROVIDED).map((pkg) => [pkg, new Set()]));
  /** @type {string[]} */
  const problems = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const where = path.relative(REPO_ROOT, file);
    for (const statement of source.statements) {
      if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const pkg = statement.moduleSpecifier.text;
      if (pkg in CARRIED) problems.push(`${where} imports ${pkg}: import from ${CARRIED[/** @type {keyof typeof CARRIED} */ (pkg)]}, which carries it`);
      if (!(pkg in used)) continue;
      /** @type {import('typescript').NamedImportBindings | import('typescript').NamedExportBindings | undefined} */
      let bindings;
      if (ts.isImportDeclaration(statement)) {
        // `import 'pkg'` names nothing; `import type` is gone at run time.
        if (!statement.importClause || statement.importClause.isTypeOnly) continue;
        if (statement.importClause.name) problems.push(`${where} imports ${pkg}'s default export`);
        bindings = statement.importClause.namedBindings;
        if (!bindings) continue;
      } else {
        if (statement.isTypeOnly) continue;
        bindings = statement.exportClause;
      }
      if (!bindings || ts.isNamespaceImport(bindings) || ts.isNamespaceExport(bindings)) {
        problems.push(`${where} takes all of ${pkg} (a * import or export): name what it uses`);
        continue;
      }
      for (const element of bindings.elements) if (!element.isTypeOnly) used[pkg].add((element.propertyName ?? element.name).text);
    }
  }
  return { used: Object.fromEntries(Object.entries(used).map(([pkg, names]) => [pkg, [...names].sort()])), problems };
}

/**
 * What an app imports of the subset packages, and every problem with it: an
 * export the shell does not provide, or an import that cannot be checked.
 * @param {string} dir  the app's folder
 */
function checkedImports(dir) {
  const { used, problems } = importsOf(sourceFiles(dir));
  for (const [pkg, names] of Object.entries(used)) {
    const provided = new Set(PROVIDED[/** @type {keyof typeof PROVIDED} */ (pkg)]);
    const missing = names.filter((name) => !provided.has(name));
    if (missing.length) problems.push(`${pkg}: ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} used but not provided by the shell: list ${missing.length > 1 ? 'them' : 'it'} in libs/mf-config/shared-subsets.js and release the shell first`);
  }
  return { used, problems };
}

/**
 * The build's side of the packages shared in part, in one place: it writes
 * into the app what a shell provides and what this app takes (the shell
 * checks a remote's against its own before it runs it, `sharedMissing`),
 * and fails the build whose sources import what the shell does not
 * provide. The sources are read once per build (again for each rebuild
 * of a dev server, whose errors follow; what it wrote in stays).
 */
class SharedSubsetsPlugin {
  /** @param {string} dir  the app's folder */
  constructor(dir) {
    this.dir = dir;
  }

  /** @param {import('@rspack/core').Compiler} compiler */
  apply(compiler) {
    let checked = checkedImports(this.dir);
    new compiler.webpack.DefinePlugin({
      'process.env.SHARED_PROVIDED': JSON.stringify(JSON.stringify(PROVIDED)),
      'process.env.SHARED_IMPORTS': JSON.stringify(JSON.stringify(checked.used)),
    }).apply(compiler);
    compiler.hooks.watchRun.tap('SharedSubsetsPlugin', () => void (checked = checkedImports(this.dir)));
    compiler.hooks.thisCompilation.tap('SharedSubsetsPlugin', (compilation) => {
      for (const problem of checked.problems) compilation.errors.push(new compiler.webpack.WebpackError(`Shared subsets: ${problem}`));
    });
  }
}

module.exports = { PROVIDED, providedModule, checkedImports, importsOf, SharedSubsetsPlugin };
