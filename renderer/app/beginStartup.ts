// Imported first by main.tsx: module imports are evaluated in order, so start-up's reads and
// workers begin before the rest of the first script (zod's configuration, the styles) is
// evaluated. Nothing parses with zod synchronously here; its configuration still comes first.
import { startOpening } from './startup';

startOpening();
