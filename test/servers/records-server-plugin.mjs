// web-test-runner plugin: starts the records server (test/servers/records-server.mjs) on 127.0.0.1 at a
// random port for the test run, and lets tests drive it with
// executeServerCommand('records-server', { action: 'reset' | 'url' | 'faults' | 'seed-draft' | 'state', … }).
// The server validates with @spire/model's own source, bundled here with esbuild, so no build is needed
// first and the tests always check the model as it is now.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { startRecordsServer } from './records-server.mjs';

const modelEntry = fileURLToPath(new URL('../../packages/model/src/index.ts', import.meta.url));

async function loadModel() {
  const dir = mkdtempSync(join(tmpdir(), 'spire-model-'));
  const outfile = join(dir, 'model.mjs');
  try {
    await build({ entryPoints: [modelEntry], bundle: true, format: 'esm', platform: 'node', target: 'node20', outfile, logLevel: 'error' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function recordsServerPlugin() {
  let server;
  let model;
  let parseRecord;
  return {
    name: 'spire-records-server',
    async serverStart() {
      // The model is bundled in the background; a model that does not build fails only the tests that
      // use this server (their first command says why), never the whole run.
      model = loadModel().catch((error) => ({ error: String(error?.message ?? error) }));
      server = await startRecordsServer({ validate: (value, kind) => parseRecord(value, kind) });
    },
    async serverStop() {
      await server?.close();
    },
    async executeCommand({ command, payload }) {
      if (command !== 'records-server') return undefined;
      const loaded = await model;
      if (loaded.error) return { error: `The records server cannot validate: @spire/model did not build (${loaded.error})` };
      parseRecord = loaded.parseRecord;
      return server.command(payload);
    },
  };
}
