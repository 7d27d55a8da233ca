import {
  ArrowUp,
  ArrowUpDown,
  BookOpen,
  Bot,
  ChevronsUpDown,
  Columns3,
  Database,
  FileText,
  Gavel,
  LayoutDashboard,
  Moon,
  Network,
  Plane,
  Plus,
  Rocket,
  Search,
  Settings,
  Sun,
  Users,
  type LucideIcon,
} from 'lucide-react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { HookFreeIcon } from '../../../renderer/components/icons/hookFreeIcon';
import * as icons from '../../../renderer/components/icons/shellIcons';

const PAIRS: [HookFreeIcon, LucideIcon][] = [
  [icons.ArrowUpIcon, ArrowUp],
  [icons.ArrowUpDownIcon, ArrowUpDown],
  [icons.BookOpenIcon, BookOpen],
  [icons.BotIcon, Bot],
  [icons.ChevronsUpDownIcon, ChevronsUpDown],
  [icons.Columns3Icon, Columns3],
  [icons.DatabaseIcon, Database],
  [icons.FileTextIcon, FileText],
  [icons.GavelIcon, Gavel],
  [icons.LayoutDashboardIcon, LayoutDashboard],
  [icons.MoonIcon, Moon],
  [icons.NetworkIcon, Network],
  [icons.PlaneIcon, Plane],
  [icons.PlusIcon, Plus],
  [icons.RocketIcon, Rocket],
  [icons.SearchIcon, Search],
  [icons.SettingsIcon, Settings],
  [icons.SunIcon, Sun],
  [icons.UsersIcon, Users],
];

describe('hook-free icons', () => {
  it('cover every icon the shell module exports', () => {
    expect(PAIRS.map(([ours]) => ours)).toEqual(expect.arrayContaining(Object.values(icons)));
    expect(PAIRS).toHaveLength(Object.values(icons).length);
  });

  it.each(PAIRS.map(([ours, theirs]) => [ours.displayName, ours, theirs] as const))(
    '%s draws what lucide-react draws',
    (_, Ours, Theirs) => {
      for (const props of [
        {},
        { size: 16 },
        { size: 13, className: 'sort-idle', 'aria-hidden': 'true' as const },
        { size: 17, 'aria-label': 'Named' },
      ]) {
        expect(renderToStaticMarkup(<Ours {...props} />)).toBe(
          renderToStaticMarkup(<Theirs {...props} />),
        );
      }
    },
  );
});
