import { Presentation as PresentationIcon } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { filterOptions, portfolioView } from '@shared/domain/portfolio';
import { useUiStore } from '../../app/uiStore';
import { Button } from '../../components/Button';
import { PageHeader } from '../../components/PageHeader';
import { AttainmentChart } from './charts/AttainmentChart';
import { EarnedExpansionChart } from './charts/EarnedExpansionChart';
import { LadderChart } from './charts/LadderChart';
import { ReuseChart } from './charts/ReuseChart';
import { SupervisionChart } from './charts/SupervisionChart';
import { TimelineChart } from './charts/TimelineChart';
import { ValueCostChart } from './charts/ValueCostChart';
import { PortfolioFiltersBar } from './PortfolioFiltersBar';
import { Presentation, type Slide } from './Presentation';
import { SavedViewsMenu } from './SavedViewsMenu';
import { PortfolioTiles } from './PortfolioTiles';
import { ReviewsDue } from './ReviewsDue';
import { usePortfolioAggregate } from './usePortfolioAggregate';
import './portfolio.css';

/**
 * Tiles, charts and reviews due over one filtered view of the worker's rows, so every figure on
 * the page describes the same pilots and the same period.
 */
export function PortfolioDashboard(props: { title: string; description: string }) {
  const { aggregate, error } = usePortfolioAggregate();
  const filters = useUiStore((s) => s.portfolioFilters);
  const view = useMemo(
    () => (aggregate ? portfolioView(aggregate, filters) : null),
    [aggregate, filters],
  );
  const options = useMemo(() => filterOptions(aggregate?.pilots ?? []), [aggregate]);
  const [presenting, setPresenting] = useState(false);
  const stopPresenting = useCallback(() => setPresenting(false), []);
  const names = useMemo(
    () => new Map((aggregate?.pilots ?? []).map((p) => [p.id, p.name])),
    [aggregate],
  );

  if (error && !aggregate) {
    return (
      <>
        <PageHeader title={props.title} description={props.description} />
        <div className="card error-card" role="alert">
          The portfolio’s figures could not be worked out: {error}
        </div>
      </>
    );
  }
  if (!aggregate || !view) {
    return (
      <>
        <PageHeader title={props.title} description={props.description} />
        <div className="loading" role="status">
          Working out the portfolio’s figures…
        </div>
      </>
    );
  }
  const { currency } = aggregate;
  const period = filters.period;
  const slides: Slide[] = [
    (h) => <ValueCostChart model={view.valueCost} currency={currency} height={h} />,
    (h) => (
      <EarnedExpansionChart
        view={view}
        period={period}
        currency={currency}
        names={names}
        height={h}
      />
    ),
    (h) => <LadderChart ladder={view.ladder} tiles={view.tiles} period={period} height={h} />,
    (h) => <AttainmentChart view={view} height={h} />,
    (h) => <SupervisionChart bars={view.supervision} height={h} />,
    (h) => <ReuseChart reuse={view.reuse} currency={currency} height={h} />,
    () => <TimelineChart view={view} period={period} today={aggregate.today} />,
  ];
  if (presenting) {
    return <Presentation title={props.title} slides={slides} onClose={stopPresenting} />;
  }
  return (
    <div className="portfolio-dashboard">
      <PageHeader
        title={props.title}
        description={props.description}
        actions={
          <>
            <SavedViewsMenu />
            <Button variant="primary" onClick={() => setPresenting(true)}>
              <PresentationIcon size={16} aria-hidden="true" /> Present
            </Button>
          </>
        }
      />
      <PortfolioFiltersBar
        options={options}
        shown={view.pilots.length}
        total={aggregate.pilots.length}
      />
      <PortfolioTiles tiles={view.tiles} currency={currency} period={filters.period} />
      <div className="portfolio-grid">
        <ValueCostChart model={view.valueCost} currency={currency} />
        <EarnedExpansionChart
          view={view}
          period={filters.period}
          currency={currency}
          names={names}
        />
        <LadderChart ladder={view.ladder} tiles={view.tiles} period={filters.period} />
        <AttainmentChart view={view} />
        <SupervisionChart bars={view.supervision} />
        <ReuseChart reuse={view.reuse} currency={currency} />
        <TimelineChart view={view} period={filters.period} today={aggregate.today} />
      </div>
      <ReviewsDue pilots={view.pilots} today={aggregate.today} />
    </div>
  );
}
