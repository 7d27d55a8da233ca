import { ChevronsUpDown, Plane } from 'lucide-react';
import { NavLink } from 'react-router';
import { NAV_ITEMS } from './navigation';
import { PortfolioMenu } from './PortfolioMenu';

export function Sidebar() {
  return (
    <aside className="sidebar" aria-label="Sidebar">
      <div className="sidebar-brand">
        <span className="sidebar-brand-mark" aria-hidden="true">
          <Plane size={16} />
        </span>
        Pilot Portfolio
      </div>
      <nav aria-label="Main">
        <ul>
          {NAV_ITEMS.map(({ to, label, icon: Icon }) => (
            <li key={to}>
              <NavLink to={to} end={to === '/'} className="sidebar-link">
                <Icon size={17} aria-hidden="true" />
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="sidebar-footer">
        <span className="sidebar-section-label" id="portfolio-menu-label">
          Portfolio
        </span>
        <PortfolioMenu trigger={<ChevronsUpDown size={16} aria-hidden="true" />} />
      </div>
    </aside>
  );
}
