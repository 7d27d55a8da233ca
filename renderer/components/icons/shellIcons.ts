import { __iconData as arrowUp } from 'lucide-react/icons/arrow-up';
import { __iconData as arrowUpDown } from 'lucide-react/icons/arrow-up-down';
import { __iconData as bookOpen } from 'lucide-react/icons/book-open';
import { __iconData as bot } from 'lucide-react/icons/bot';
import { __iconData as chevronsUpDown } from 'lucide-react/icons/chevrons-up-down';
import { __iconData as columns3 } from 'lucide-react/icons/columns-3';
import { __iconData as database } from 'lucide-react/icons/database';
import { __iconData as fileText } from 'lucide-react/icons/file-text';
import { __iconData as gavel } from 'lucide-react/icons/gavel';
import { __iconData as layoutDashboard } from 'lucide-react/icons/layout-dashboard';
import { __iconData as moon } from 'lucide-react/icons/moon';
import { __iconData as network } from 'lucide-react/icons/network';
import { __iconData as plane } from 'lucide-react/icons/plane';
import { __iconData as plus } from 'lucide-react/icons/plus';
import { __iconData as rocket } from 'lucide-react/icons/rocket';
import { __iconData as search } from 'lucide-react/icons/search';
import { __iconData as settings } from 'lucide-react/icons/settings';
import { __iconData as sun } from 'lucide-react/icons/sun';
import { __iconData as users } from 'lucide-react/icons/users';
import { hookFreeIcon } from './hookFreeIcon';

// The icons of the shell and of the first screen (renderer/firstScreen), hook-free (see
// hookFreeIcon.tsx). Elsewhere the app uses lucide-react's components, which draw the same.

export const ArrowUpIcon = hookFreeIcon(arrowUp);
export const ArrowUpDownIcon = hookFreeIcon(arrowUpDown);
export const BookOpenIcon = hookFreeIcon(bookOpen);
export const BotIcon = hookFreeIcon(bot);
export const ChevronsUpDownIcon = hookFreeIcon(chevronsUpDown);
export const Columns3Icon = hookFreeIcon(columns3);
export const DatabaseIcon = hookFreeIcon(database);
export const FileTextIcon = hookFreeIcon(fileText);
export const GavelIcon = hookFreeIcon(gavel);
export const LayoutDashboardIcon = hookFreeIcon(layoutDashboard);
export const MoonIcon = hookFreeIcon(moon);
export const NetworkIcon = hookFreeIcon(network);
export const PlaneIcon = hookFreeIcon(plane);
export const PlusIcon = hookFreeIcon(plus);
export const RocketIcon = hookFreeIcon(rocket);
export const SearchIcon = hookFreeIcon(search);
export const SettingsIcon = hookFreeIcon(settings);
export const SunIcon = hookFreeIcon(sun);
export const UsersIcon = hookFreeIcon(users);
