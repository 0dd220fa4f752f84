#!/usr/bin/env node
// Part of `npm run build`, after tsc: gives the compiled scanner its own AWS SDK clients, each
// holding only the commands and paginators the scanner imports from it.
//
// Node loads an SDK client package whole: every command and the schema of every shape of the
// service, thousands for EC2. A scan that runs every check imports about a hundred clients, so
// that was about 90 MB of heap and 240 MB of resident memory before the first call, most of it
// for operations no check makes. esbuild bundles each client from its ES modules with only the
// names the compiled code imports (the SDK declares itself free of side effects), and the
// compiled code then imports the bundle instead of the package. What the client shares with
// others (@smithy/*, @aws-sdk/core, credential providers) stays an import of the installed
// package, loaded once; a dependency the client has its own copy of (an older @smithy release
// under its node_modules) is bundled in, as Node would have loaded that copy for it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = ['dist/src', 'dist/checks'].map((folder) => join(root, folder));
const bundles = join(root, 'dist/sdk');
/**
 * A static import from an SDK client package, as tsc emits it (type-only imports are gone by then),
 * or from its bundle once linked, so that running this again over its own output changes nothing.
 */
const CLIENT_IMPORT = /(import\s*\{([^}]*)\}\s*from\s*)(['"])(?:@aws-sdk\/|(?:\.\.?\/)+sdk\/)(client-[a-z0-9-]+)(?:\.js)?\3/g;

function* modulesIn(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* modulesIn(path);
    else if (entry.name.endsWith('.js')) yield path;
  }
}

/** The names imported from each client package, across the compiled code. */
function importedNames(files) {
  const names = new Map();
  for (const file of files) {
    for (const [, , list, , client] of readFileSync(file, 'utf8').matchAll(CLIENT_IMPORT)) {
      const pkg = `@aws-sdk/${client}`;
      const set = names.get(pkg) ?? new Set();
      for (const item of list.split(',')) {
        const imported = item.trim().split(/\s+as\s+/)[0];
        if (imported) set.add(imported);
      }
      names.set(pkg, set);
    }
  }
  return names;
}

/** The installed top-level copy of a package, if `path` is inside it: such imports stay imports. */
function isSharedInstall(specifier, path) {
  const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
  return path.startsWith(join(root, 'node_modules', name) + sep);
}

const keepSharedPackagesExternal = (client) => ({
  name: 'shared-packages-external',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'resolving' || args.path === client || args.path.startsWith(`${client}/`)) return undefined;
      const resolved = await builder.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: 'resolving' });
      if (resolved.errors.length > 0 || !isSharedInstall(args.path, resolved.path)) return undefined;
      return { path: args.path, external: true };
    });
  },
});

/**
 * A client's schemas are arrays that name their traits with computed keys (`{ [_xN]: _m }`, `_xN`
 * being a string constant of the same file). esbuild cannot tell that such a key has no side
 * effect, so it kept the schema of every shape of the service: EC2's bundle was 568 KB and added
 * about 30 MB resident on loading. With the constants written in as literal keys, an unused schema
 * is dropped like any unused constant.
 */
const inlineSchemaKeys = {
  name: 'inline-schema-keys',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/ }, async (args) => {
      const text = readFileSync(args.path, 'utf8');
      const strings = new Map([...text.matchAll(/^const (_\w+) = ("[^"\\]*");$/gm)].map(([, name, value]) => [name, value]));
      const contents = text.replace(/([{,]\s*)\[(_\w+)\]:/g, (match, before, name) => (strings.has(name) ? `${before}${strings.get(name)}:` : match));
      return { contents, loader: 'js' };
    });
  },
};

const files = compiled.filter((folder) => existsSync(folder)).flatMap((folder) => [...modulesIn(folder)]);
const names = importedNames(files);
rmSync(bundles, { recursive: true, force: true });
mkdirSync(bundles, { recursive: true });
const bundleOf = (pkg) => join(bundles, `${pkg.split('/')[1]}.js`);

await Promise.all(
  [...names].map(([pkg, imported]) =>
    build({
      stdin: { contents: `export { ${[...imported].sort().join(', ')} } from '${pkg}';\n`, resolveDir: root, loader: 'js' },
      outfile: bundleOf(pkg),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // The ES modules, which esbuild can trim; Node itself would load the CommonJS build.
      mainFields: ['module', 'main'],
      minify: true,
      keepNames: true,
      plugins: [keepSharedPackagesExternal(pkg), inlineSchemaKeys],
      // A CommonJS dependency bundled in (an old client's own fast-xml-parser) may require a shared
      // package; an ES module has no `require` of its own, so it gets Node's, resolving as Node would.
      banner: {
        js: [
          `// ${pkg}, only what the scanner imports from it: bundled by scripts/build-sdk.mjs.`,
          "import { createRequire } from 'node:module';",
          'const require = createRequire(import.meta.url);',
        ].join('\n'),
      },
      logLevel: 'warning',
    }),
  ),
);

const left = [];
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const linked = text.replace(CLIENT_IMPORT, (_match, head, _list, quote, client) => {
    const target = relative(dirname(file), bundleOf(`@aws-sdk/${client}`)).split(sep).join('/');
    return `${head}${quote}${target.startsWith('.') ? target : `./${target}`}${quote}`;
  });
  if (linked !== text) writeFileSync(file, linked);
  if (/from\s*['"]@aws-sdk\/client-|import\(\s*['"]@aws-sdk\/client-/.test(linked)) left.push(file);
}

if (left.length > 0) {
  console.error(`build-sdk: an SDK client import this script cannot link (not "import { ... } from"): ${left.map((file) => relative(root, file)).join(', ')}`);
  process.exit(1);
}
