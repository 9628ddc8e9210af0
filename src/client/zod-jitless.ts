// Zod compiles object parsers with Function() unless told not to, and even its probe for
// that is a violation of the CSP (no 'unsafe-eval'). Import this before any module that
// parses with Zod in the browser, so it runs first.
import { config } from 'zod';

config({ jitless: true });
