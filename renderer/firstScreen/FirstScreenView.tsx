// Not through @shared/model: it would bring zod's schemas into the first screen's chunk.
import { PILOT_STAGES } from '@shared/model/constants';
import { showsDark, type Preferences } from '../app/preferences';
import {
  MainNav,
  portfolioSwitcherName,
  PortfolioSwitcherLabel,
  SidebarBrand,
  SkipLink,
  TopbarSearchButton,
} from '../app/shellParts';
import { formatNumber } from '../components/format';
import {
  ArrowUpDownIcon,
  ArrowUpIcon,
  ChevronsUpDownIcon,
  Columns3Icon,
  MoonIcon,
  PlusIcon,
  SunIcon,
} from '../components/icons/shellIcons';
import { PageHeader } from '../components/PageHeader';
import { STAGE_LABELS } from '../components/StageBadge';
import { columnStyle, TABLE_ROW_HEIGHT } from '../components/tableLayout';
import { PILOT_COLUMN_LAYOUT, pilotCell, type PilotLink } from '../features/pilots/pilotCells';
import type { FirstScreenData } from './readFirstScreen';

// The app's first screen drawn before its code has loaded: the shell (sidebar, top bar) and, on
// the Pilots page, the table's first rows, with the app's own class names, columns, cells and
// geometry — the app then renders in its place and shows the same pixels. Nothing here reads the
// database or keeps state: clicks and keys wait for the app (handoff.ts). No hooks either: it is
// drawn without React DOM (staticDom.ts), and drawn again in part when a link is followed
// (mountFirstScreen.tsx).

export interface FirstScreenProps {
  data: FirstScreenData;
  preferences: Preferences;
  today: string;
  /** The page the address names (a link followed before the app takes over changes it). */
  route: string;
}

/** The rule of the router's NavLink: the page itself or one below it. */
export const isNavLinkActive = (to: string, route: string) =>
  to === '/' ? route === '/' : route === to || route.startsWith(`${to}/`);

/** The classes of a main-navigation link to `to` while `route` shows. */
export const navLinkClass = (to: string, route: string) =>
  isNavLinkActive(to, route) ? 'sidebar-link active' : 'sidebar-link';

/** A link to a pilot's page: the hash link the app's router writes. */
const HashPilotLink: PilotLink = ({ pilotId, className, title, children }) => (
  <a className={className} href={`#/pilots/${pilotId}`} title={title}>
    {children}
  </a>
);

export function FirstScreen(props: FirstScreenProps) {
  const { data, route } = props;
  return (
    <>
      <SkipLink />
      {/* Marked: the app's own shell is the same element without the mark. */}
      <div className="app-shell" data-first-screen="">
        <aside className="sidebar" aria-label="Sidebar">
          <SidebarBrand />
          <MainNav
            link={({ to }, content) => (
              <a
                href={`#${to}`}
                className={navLinkClass(to, route)}
                aria-current={isNavLinkActive(to, route) ? 'page' : undefined}
              >
                {content}
              </a>
            )}
          />
          <div className="sidebar-footer">
            <span className="sidebar-section-label" id="portfolio-menu-label">
              Portfolio
            </span>
            <button
              type="button"
              className="portfolio-switcher"
              aria-label={portfolioSwitcherName(data.portfolioName)}
              aria-haspopup="menu"
              aria-expanded={false}
            >
              <PortfolioSwitcherLabel name={data.portfolioName} count={data.portfolioCount} />
              <ChevronsUpDownIcon size={16} aria-hidden="true" />
            </button>
          </div>
        </aside>
        <div className="main-column">
          <FirstTopbar dark={showsDark(props.preferences.theme)} />
          <main className="page" id="main-content" tabIndex={-1}>
            <FirstScreenPage {...props} />
          </main>
        </div>
      </div>
    </>
  );
}

/** Whether the first screen shows the Pilots table's rows (else only the shell) on `route`. */
export const showsPilotRows = (data: FirstScreenData, route: string) =>
  route === '/pilots' && (data.pilots?.total ?? 0) > 0;

/** The main region's content: the Pilots page's first rows, or word that the page is loading. */
export function FirstScreenPage(props: FirstScreenProps) {
  const { pilots } = props.data;
  return pilots && showsPilotRows(props.data, props.route) ? (
    <FirstPilotsPage {...props} pilots={pilots} />
  ) : (
    <div className="loading" role="status">
      Loading…
    </div>
  );
}

function FirstTopbar({ dark }: { dark: boolean }) {
  return (
    <header className="topbar">
      <TopbarSearchButton />
      <div className="topbar-spacer" />
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        aria-label={dark ? 'Switch to light theme' : 'Switch to dark theme'}
      >
        {dark ? (
          <SunIcon size={17} aria-hidden="true" />
        ) : (
          <MoonIcon size={17} aria-hidden="true" />
        )}
      </button>
      <button type="button" className="btn btn-primary">
        <PlusIcon size={16} aria-hidden="true" /> New pilot
      </button>
    </header>
  );
}

function FirstPilotsPage(
  props: FirstScreenProps & { pilots: NonNullable<FirstScreenData['pilots']> },
) {
  const { rows, total } = props.pilots;
  const hidden = props.preferences.pilotsHiddenColumns;
  const columns = PILOT_COLUMN_LAYOUT.filter((c) => c.id === 'name' || !hidden.includes(c.id));
  const context = { currency: props.data.currency, today: props.today, PilotLink: HashPilotLink };
  return (
    <div className="page-inner">
      <PageHeader
        title="Pilots"
        description="Every pilot in the portfolio: where it stands on the ladder, who sponsors it, and when it is next reviewed."
      />
      <section className="card" aria-label="Pilots table">
        <div className="table-toolbar">
          <input
            className="input search-input"
            type="search"
            placeholder="Search name, summary, people, tags…"
            aria-label="Search pilots"
          />
          <select className="select" aria-label="Filter by stage" data-filter="stage">
            <option value="">All stages</option>
            {PILOT_STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
          <select className="select unit-filter" aria-label="Filter by business unit">
            <option value="">All business units</option>
          </select>
          <button type="button" className="btn btn-ghost btn-sm table-toolbar-end">
            <Columns3Icon size={15} aria-hidden="true" /> Columns
            <span className="visually-hidden">
              : {columns.length} of {PILOT_COLUMN_LAYOUT.length} shown
            </span>
          </button>
        </div>
        <div className="vt-scroll">
          <table className="vt" aria-label="Pilots" aria-rowcount={total + 1}>
            <thead className="vt-head">
              <tr className="vt-row" aria-rowindex={1}>
                {columns.map((c) => (
                  <th
                    key={c.id}
                    scope="col"
                    className={c.numeric ? 'vt-th num' : 'vt-th'}
                    style={columnStyle(c.size, c.grow === true)}
                    aria-sort={c.id === 'name' ? 'ascending' : undefined}
                  >
                    {c.unsortable ? (
                      <span className="sort-button">{c.header}</span>
                    ) : (
                      <button type="button" className="sort-button">
                        {c.header}
                        {c.id === 'name' ? (
                          <ArrowUpIcon size={13} aria-hidden="true" />
                        ) : (
                          <ArrowUpDownIcon size={13} aria-hidden="true" className="sort-idle" />
                        )}
                      </button>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="vt-body" style={{ height: total * TABLE_ROW_HEIGHT }}>
              {rows.map((row, index) => (
                <tr
                  key={row.id}
                  className="vt-row vt-body-row"
                  aria-rowindex={index + 2}
                  style={{
                    height: TABLE_ROW_HEIGHT,
                    transform: `translateY(${index * TABLE_ROW_HEIGHT}px)`,
                  }}
                >
                  {columns.map((c) => (
                    <td
                      key={c.id}
                      className={c.numeric ? 'vt-td num' : 'vt-td'}
                      style={columnStyle(c.size, c.grow === true)}
                    >
                      {pilotCell(c.id, row, context)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="table-footer" role="status">
          <span>
            {formatNumber(rows.length)} of {formatNumber(total)} pilots
            {rows.length < total && ' · reading the rest…'}
          </span>
          <span>Click a column to sort · N for a new pilot</span>
        </div>
      </section>
    </div>
  );
}
