// Imported (for its effect) first by every module that builds a schema. zod probes `new Function` when
// its first object schema is built; under a strict Content-Security-Policy that raises a violation, so
// the JIT is switched off before any schema exists. Modules then import `zod/mini` themselves: a
// re-exported namespace would defeat tree shaking and pull all of zod (≈84 kB gzip) into every app.
import { config } from 'zod/mini';

config({ jitless: true });
