import { Presentation as PresentationIcon } from 'lucide-react';
import { memo, useCallback, useMemo, useState } from 'react';
import { filterOptions, portfolioBaseView, portfolioView } from '@shared/domain/portfolio';
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
import { PendingChartCard } from './PendingChartCard';
import { PortfolioFiltersBar } from './PortfolioFiltersBar';
import { Presentation, type Slide } from './Presentation';
import { SavedViewsMenu } from './SavedViewsMenu';
import { PortfolioTiles } from './PortfolioTiles';
import { ReviewsDue } from './ReviewsDue';
import { usePortfolioAggregate } from './usePortfolioAggregate';
import './portfolio.css';

// Memoised: the worker's full answer, arriving after its first one, leaves the charts drawn from
// the first one alone (their props are the same objects) instead of drawing them again.
const ValueCost = memo(ValueCostChart);
const EarnedExpansion = memo(EarnedExpansionChart);
const Ladder = memo(LadderChart);
const Attainment = memo(AttainmentChart);
const Supervision = memo(SupervisionChart);
const Reuse = memo(ReuseChart);
const Timeline = memo(TimelineChart);

/**
 * Tiles, charts and reviews due over one filtered view of the worker's rows, so every figure on
 * the page describes the same pilots and the same period. On the first load, what needs no
 * measurement is drawn from the worker's first answer while it still reads the measurements; the
 * figures that need them show as pending until its full answer.
 */
export function PortfolioDashboard(props: { title: string; description: string }) {
  const { aggregate, base, error } = usePortfolioAggregate();
  const filters = useUiStore((s) => s.portfolioFilters);
  const source = base ?? aggregate;
  const baseView = useMemo(
    () => (source ? portfolioBaseView(source, filters) : null),
    [source, filters],
  );
  const view = useMemo(
    () => (aggregate ? portfolioView(aggregate, filters) : null),
    [aggregate, filters],
  );
  const options = useMemo(() => filterOptions(source?.pilots ?? []), [source]);
  const [presenting, setPresenting] = useState(false);
  const stopPresenting = useCallback(() => setPresenting(false), []);
  const names = useMemo(() => new Map((source?.pilots ?? []).map((p) => [p.id, p.name])), [source]);

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
  if (!source || !baseView) {
    return (
      <>
        <PageHeader title={props.title} description={props.description} />
        <div className="loading" role="status">
          Working out the portfolio’s figures…
        </div>
      </>
    );
  }
  const { currency, today } = source;
  const period = filters.period;
  if (presenting && view) {
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
      () => <TimelineChart view={view} period={period} today={today} />,
    ];
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
            <Button variant="primary" disabled={!view} onClick={() => setPresenting(true)}>
              <PresentationIcon size={16} aria-hidden="true" /> Present
            </Button>
          </>
        }
      />
      <PortfolioFiltersBar
        options={options}
        shown={baseView.pilots.length}
        total={source.pilots.length}
      />
      <PortfolioTiles tiles={view?.tiles ?? baseView.tiles} currency={currency} period={period} />
      <div className="portfolio-grid">
        {view ? (
          <ValueCost model={view.valueCost} currency={currency} />
        ) : (
          <PendingChartCard title="Value created against cost" height={320} />
        )}
        <EarnedExpansion view={baseView} period={period} currency={currency} names={names} />
        <Ladder ladder={baseView.ladder} tiles={baseView.tiles} period={period} />
        {view ? (
          <Attainment view={view} />
        ) : (
          <PendingChartCard title="Outcome attainment" height={300} />
        )}
        <Supervision bars={baseView.supervision} />
        <Reuse reuse={baseView.reuse} currency={currency} />
        <Timeline view={baseView} period={period} today={today} />
      </div>
      {view ? (
        <ReviewsDue pilots={view.pilots} today={today} />
      ) : (
        <PendingChartCard title="Reviews due" />
      )}
    </div>
  );
}
