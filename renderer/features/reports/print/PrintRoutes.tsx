import { useLocation } from 'react-router';
import { usePortfolioSession } from '../../../app/PortfolioContext';
import { parsePrintRoute, type PrintTarget } from '@shared/reports/printRoutes';
import { useSettings } from '../../../app/queries/useSettings';
import { usePortfolioAggregate } from '../../portfolio/usePortfolioAggregate';
import { usePilotReportData } from '../usePilotReportData';
import { PilotOnePager } from './PilotOnePager';
import { PortfolioReport } from './PortfolioReport';
import { PrintFrame } from './PrintFrame';
import { usePrintReady } from './usePrintReady';

function Waiting(props: { text: string }) {
  return (
    <div className="loading" role="status">
      {props.text}
    </div>
  );
}

function PilotReportPage(props: { target: Extract<PrintTarget, { report: 'pilot' }> }) {
  const settings = useSettings();
  const data = usePilotReportData(props.target.pilotId);
  usePrintReady(Boolean(settings && data));
  if (data === null) {
    return (
      <div className="error-screen card" role="alert">
        <h1>This pilot no longer exists</h1>
        <p>It may have been deleted after the report was asked for.</p>
      </div>
    );
  }
  if (!settings || !data) return <Waiting text="Preparing the one-pager…" />;
  return (
    <PrintFrame target={props.target} title={`${data.pilot.name} — one-pager`}>
      <PilotOnePager data={data} settings={settings} />
    </PrintFrame>
  );
}

function PortfolioReportPage(props: { target: Extract<PrintTarget, { report: 'portfolio' }> }) {
  const settings = useSettings();
  const { aggregate, error } = usePortfolioAggregate();
  usePrintReady(Boolean(settings && aggregate));
  if (error && !aggregate) {
    return (
      <div className="error-screen card" role="alert">
        <h1>The portfolio’s figures could not be worked out</h1>
        <p>{error}</p>
      </div>
    );
  }
  if (!settings || !aggregate) return <Waiting text="Working out the portfolio’s figures…" />;
  return (
    <PrintFrame target={props.target} title={`${settings.name} — portfolio report`}>
      <PortfolioReport aggregate={aggregate} settings={settings} />
    </PrintFrame>
  );
}

/** `#/print/<portfolio>/pilot/<pilot>/<paper>` and `#/print/<portfolio>/portfolio/<paper>`. */
export function PrintRoutes() {
  const location = useLocation();
  const { entry } = usePortfolioSession();
  const target = parsePrintRoute(location.pathname);
  if (!target || target.portfolioId !== entry.id) {
    return (
      <div className="error-screen card" role="alert">
        <h1>There is no such report</h1>
        <p>Open Reports to choose one.</p>
      </div>
    );
  }
  return target.report === 'pilot' ? (
    <PilotReportPage key={target.pilotId} target={target} />
  ) : (
    <PortfolioReportPage target={target} />
  );
}
