// lucide-react's icon modules (its public "./icons/*" entry points) export their drawing as
// `__iconData` beside the component; its typings name only the component. Every icon path
// resolves to the same typings file, so declaring the export once declares it for all of them.
import type { LucideIconData } from 'lucide-react';

declare module 'lucide-react/icons/plane' {
  export const __iconData: LucideIconData;
}
