import {
  BookOpenIcon,
  BotIcon,
  DatabaseIcon,
  FileTextIcon,
  GavelIcon,
  LayoutDashboardIcon,
  NetworkIcon,
  RocketIcon,
  SettingsIcon,
  UsersIcon,
} from '../components/icons/shellIcons';
import type { HookFreeIcon } from '../components/icons/hookFreeIcon';

export interface NavItem {
  to: string;
  label: string;
  /** Hook-free: the first screen draws the navigation without React DOM. */
  icon: HookFreeIcon;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Portfolio', icon: LayoutDashboardIcon },
  { to: '/pilots', label: 'Pilots', icon: RocketIcon },
  { to: '/agents', label: 'Agents', icon: BotIcon },
  { to: '/people', label: 'People', icon: UsersIcon },
  { to: '/orchestration', label: 'Orchestration map', icon: NetworkIcon },
  { to: '/decisions', label: 'Decisions', icon: GavelIcon },
  { to: '/lessons', label: 'Lessons', icon: BookOpenIcon },
  { to: '/reports', label: 'Reports', icon: FileTextIcon },
  { to: '/data', label: 'Data', icon: DatabaseIcon },
  { to: '/settings', label: 'Settings', icon: SettingsIcon },
];
