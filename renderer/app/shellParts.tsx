import type { ReactNode } from 'react';
import { PlaneIcon, SearchIcon } from '../components/icons/shellIcons';
import { MOD_KEY_LABEL, Shortcut } from '../components/Kbd';
import { NAV_ITEMS, type NavItem } from './navigation';

// Pieces of the shell drawn alike by the app (Shell, Sidebar, Topbar, PortfolioMenu) and by the
// first screen drawn before the app's code loads (renderer/firstScreen): one definition each, so
// the two show the same. Small on purpose: no router, no Radix, no store, and no hook — the first
// screen draws them without React DOM (renderer/firstScreen/staticDom.ts).

/** The link to the page's main region, the first stop of the keyboard. */
export function SkipLink() {
  return (
    <a
      className="skip-link"
      href="#main-content"
      // Not followed: the hash is the router's. The main region takes the focus.
      onClick={(e) => {
        e.preventDefault();
        document.getElementById('main-content')?.focus();
      }}
    >
      Skip to content
    </a>
  );
}

export function SidebarBrand() {
  return (
    <div className="sidebar-brand">
      <span className="sidebar-brand-mark" aria-hidden="true">
        <PlaneIcon size={16} />
      </span>
      Pilot Portfolio
    </div>
  );
}

/** The main navigation, each item's link drawn by `link` (the router's NavLink in the app). */
export function MainNav({ link }: { link: (item: NavItem, content: ReactNode) => ReactNode }) {
  return (
    <nav aria-label="Main">
      <ul>
        {NAV_ITEMS.map((item) => {
          const Icon = item.icon;
          return (
            <li key={item.to}>
              {link(
                item,
                <>
                  <Icon size={17} aria-hidden="true" />
                  {item.label}
                </>,
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** What the portfolio switcher says: the open portfolio, and how many there are. */
export function PortfolioSwitcherLabel({ name, count }: { name: string; count: number }) {
  return (
    <span>
      {name}
      <small>
        {count} portfolio{count === 1 ? '' : 's'} on this computer
      </small>
    </span>
  );
}

/** The switcher's accessible name. */
export const portfolioSwitcherName = (name: string) =>
  `Portfolio: ${name}. Switch or manage portfolios`;

/** The top bar's search box, which opens the command palette. */
export function TopbarSearchButton({ onClick }: { onClick?: () => void }) {
  return (
    <button
      type="button"
      className="topbar-search"
      onClick={onClick}
      aria-label={`Search and commands (${MOD_KEY_LABEL}+K)`}
    >
      <SearchIcon size={16} aria-hidden="true" />
      Search pilots and commands…
      <Shortcut keys="Mod+K" />
    </button>
  );
}
