// Imported first by every schema module. zod probes `new Function` when its first object schema is
// built; under a strict Content-Security-Policy that raises a violation, so we switch the JIT off
// before any schema exists. zod/mini keeps the browser bundle small (≈6 kB gz instead of ≈26 kB).
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
