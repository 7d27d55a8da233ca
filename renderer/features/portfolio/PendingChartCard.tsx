/**
 * The place of a chart that needs the measurements while the worker still reads them: its title
 * and a pending note, at the chart's height so nothing moves when it is drawn.
 */
export function PendingChartCard(props: { title: string; height?: number }) {
  return (
    <section className="card portfolio-chart portfolio-chart-pending" aria-busy="true">
      <div className="card-header">
        <div className="portfolio-chart-heading">
          <h2>{props.title}</h2>
          <p className="portfolio-chart-subtitle">Working out from the measurements…</p>
        </div>
      </div>
      <div className="card-body portfolio-chart-body" style={{ minHeight: props.height }} />
    </section>
  );
}
