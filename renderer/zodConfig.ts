import { config } from 'zod';

// Zod compiles fast parsers with `new Function` after probing whether eval is allowed. Our CSP
// forbids eval, and even the swallowed probe is reported as a policy violation, so turn the
// compiler off before any schema parses.
config({ jitless: true });
