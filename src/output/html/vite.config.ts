import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const app = fileURLToPath(new URL('app', import.meta.url));
/** Beside the compiled writer, which reads it at run time. */
const outDir = fileURLToPath(new URL('../../../dist/src/output/html', import.meta.url));
const SCRIPT_HASH_PLACEHOLDER = '__SCRIPT_HASH__';

/**
 * Puts the hash of the inlined script into the Content-Security-Policy, so the report's own code
 * is the only script the browser will run. Runs after vite-plugin-singlefile has inlined it.
 */
function scriptHashPolicy(): Plugin {
  return {
    name: 'report:script-hash-policy',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const scripts = [...html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)];
          if (scripts.length !== 1) this.error(`${file.fileName}: expected one inlined module script, found ${scripts.length}`);
          const hash = createHash('sha256').update(scripts[0]![1]!).digest('base64');
          file.source = html.replace(SCRIPT_HASH_PLACEHOLDER, hash);
        }
      },
    },
  };
}

export default defineConfig({
  root: app,
  logLevel: 'warn',
  plugins: [viteSingleFile({ removeViteModuleLoader: true }), scriptHashPolicy()],
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    modulePreload: false,
    reportCompressedSize: false,
    rollupOptions: { input: fileURLToPath(new URL('app/template.html', import.meta.url)) },
  },
});
