import {
  BookOpen,
  Database,
  Bot,
  FileText,
  Gavel,
  Network,
  LayoutDashboard,
  Rocket,
  Settings,
  Users,
  type LucideIcon,
} from 'lucide-react';

export interface NavItem {
  to: string;
  label: string;
  icon: LucideIcon;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Portfolio', icon: LayoutDashboard },
  { to: '/pilots', label: 'Pilots', icon: Rocket },
  { to: '/agents', label: 'Agents', icon: Bot },
  { to: '/people', label: 'People', icon: Users },
  { to: '/orchestration', label: 'Orchestration map', icon: Network },
  { to: '/decisions', label: 'Decisions', icon: Gavel },
  { to: '/lessons', label: 'Lessons', icon: BookOpen },
  { to: '/reports', label: 'Reports', icon: FileText },
  { to: '/data', label: 'Data', icon: Database },
  { to: '/settings', label: 'Settings', icon: Settings },
];
