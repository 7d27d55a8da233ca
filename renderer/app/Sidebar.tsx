import { ChevronsUpDown } from 'lucide-react';
import { NavLink } from 'react-router';
import { PortfolioMenu } from './PortfolioMenu';
import { MainNav, SidebarBrand } from './shellParts';

export function Sidebar() {
  return (
    <aside className="sidebar" aria-label="Sidebar">
      <SidebarBrand />
      <MainNav
        link={({ to }, content) => (
          <NavLink to={to} end={to === '/'} className="sidebar-link">
            {content}
          </NavLink>
        )}
      />
      <div className="sidebar-footer">
        <span className="sidebar-section-label" id="portfolio-menu-label">
          Portfolio
        </span>
        <PortfolioMenu trigger={<ChevronsUpDown size={16} aria-hidden="true" />} />
      </div>
    </aside>
  );
}
