// Imported by main.tsx once the first screen (if any) is painted: start-up's reads and workers
// begin before the app's own chunk is evaluated. Nothing parses with zod synchronously here; its
// configuration still comes first.
import '../zodConfig';
import { startOpening } from './startup';

startOpening();
