import type { Plugin } from 'vite';

/** Where the demo keeps its database unless SPIRE_DEMO_DATA says otherwise. */
export declare const DEFAULT_DATA_DIR: string;
/** The demo's back end (demo/server/app.mjs) as middleware in Vite's dev and preview servers. */
export declare function spireDemoBackend(options?: { dataDir?: string }): Plugin;
