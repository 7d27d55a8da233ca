import { PERIOD_LABELS, PERIODS, type FilterOptions, type Period } from '@shared/domain/portfolio';
import { PILOT_STAGES } from '@shared/model/constants';
import type { PilotStage } from '@shared/model';
import { useUiStore } from '../../app/uiStore';
import { Button } from '../../components/Button';
import { StageOptions } from '../../components/StageBadge';

function isStage(value: string): value is PilotStage {
  return (PILOT_STAGES as readonly string[]).includes(value);
}

function isPeriod(value: string): value is Period {
  return (PERIODS as readonly string[]).includes(value);
}

/** Filters every tile and chart reads; kept in the UI store, so they survive visiting a pilot. */
export function PortfolioFiltersBar(props: {
  options: FilterOptions;
  shown: number;
  total: number;
}) {
  const filters = useUiStore((s) => s.portfolioFilters);
  const setFilters = useUiStore((s) => s.setPortfolioFilters);
  const { options } = props;
  const any =
    filters.businessUnit !== '' ||
    filters.stage !== '' ||
    filters.sponsorId !== '' ||
    filters.tag !== '' ||
    filters.period !== 'all';
  return (
    <div className="portfolio-filters" role="search" aria-label="Filter the portfolio">
      <label className="portfolio-filter">
        <span>Business unit</span>
        <select
          value={filters.businessUnit}
          onChange={(e) => setFilters({ businessUnit: e.target.value })}
        >
          <option value="">All units</option>
          {options.businessUnits.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </label>
      <label className="portfolio-filter">
        <span>Stage</span>
        <select
          value={filters.stage}
          onChange={(e) => setFilters({ stage: isStage(e.target.value) ? e.target.value : '' })}
        >
          <option value="">All stages</option>
          <StageOptions />
        </select>
      </label>
      <label className="portfolio-filter">
        <span>Sponsor</span>
        <select
          value={filters.sponsorId}
          onChange={(e) => setFilters({ sponsorId: e.target.value })}
        >
          <option value="">All sponsors</option>
          {options.sponsors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      <label className="portfolio-filter">
        <span>Tag</span>
        <select value={filters.tag} onChange={(e) => setFilters({ tag: e.target.value })}>
          <option value="">All tags</option>
          {options.tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label className="portfolio-filter">
        <span>Decisions in</span>
        <select
          value={filters.period}
          onChange={(e) => isPeriod(e.target.value) && setFilters({ period: e.target.value })}
        >
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {PERIOD_LABELS[p]}
            </option>
          ))}
        </select>
      </label>
      <p className="portfolio-filter-count" aria-live="polite">
        {props.shown === props.total
          ? `All ${props.total} pilots`
          : `${props.shown} of ${props.total} pilots`}
      </p>
      {any && (
        <Button
          size="sm"
          variant="ghost"
          onClick={() =>
            setFilters({ businessUnit: '', stage: '', sponsorId: '', tag: '', period: 'all' })
          }
        >
          Clear filters
        </Button>
      )}
    </div>
  );
}
