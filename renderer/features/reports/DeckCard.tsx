import { Presentation } from 'lucide-react';
import { useMemo, useState } from 'react';
import { todayIso } from '@shared/dates';
import { safeFileStem } from '@shared/formats/fileNames';
import type { PortfolioSettings } from '@shared/model';
import { Button } from '../../components/Button';
import { DECISION_LABELS } from '../../components/RecommendationBadge';
import { usePortfolioAggregate } from '../portfolio/usePortfolioAggregate';
import { deckSlideCount } from './deck/deckSlides';
import { writeDeck } from './deck/exportDeck';
import { ExportProgress } from './ExportProgress';
import { useFileExport } from './useFileExport';

const PPTX_FILTERS = [{ name: 'PowerPoint presentation', extensions: ['pptx'] }];

/**
 * "PowerPoint deck": the portfolio charts as native, editable charts, then one slide per chosen
 * pilot. Running pilots are chosen to begin with; stopped ones can be added.
 */
export function DeckCard(props: { settings: PortfolioSettings }) {
  const { aggregate, error } = usePortfolioAggregate();
  const pilots = useMemo(
    () => [...(aggregate?.pilots ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [aggregate],
  );
  // null: nobody has touched the choice yet, so every running pilot is in.
  const [picked, setPicked] = useState<Set<string> | null>(null);
  const chosen = picked ?? new Set(pilots.filter((p) => p.stage !== 'stopped').map((p) => p.id));
  const deckExport = useFileExport('deck');

  function toggle(id: string) {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setPicked(next);
  }

  function exportDeck() {
    if (!aggregate) return;
    const ids = pilots.filter((p) => chosen.has(p.id)).map((p) => p.id);
    void deckExport.run(async (report) => ({
      name: `${safeFileStem(props.settings.name)}-deck-${todayIso()}.pptx`,
      filters: PPTX_FILTERS,
      bytes: await writeDeck({
        aggregate,
        settings: props.settings,
        pilotIds: ids,
        logo: props.settings.branding.logoDataUrl,
        onProgress: (done, total) => report({ label: 'Building slides', done, total }),
      }),
      saved: (path) => ({
        message: `Deck of ${deckSlideCount(ids.length)} slides saved to “${path}”`,
      }),
    }));
  }

  return (
    <section className="card" aria-labelledby="deck-heading">
      <div className="card-header">
        <h2 id="deck-heading">PowerPoint deck</h2>
      </div>
      <div className="card-body exchange-card-body">
        <p className="muted">
          A title slide, the portfolio charts as native PowerPoint charts you can restyle and edit,
          and a slide for each pilot you choose.
        </p>
        {error && !aggregate && (
          <p role="alert">The portfolio’s figures could not be worked out: {error}</p>
        )}
        <fieldset className="deck-pilots">
          <legend>
            Pilot slides ({chosen.size} of {pilots.length})
          </legend>
          <div className="deck-pilot-actions">
            <Button
              size="sm"
              variant="ghost"
              onClick={() => setPicked(new Set(pilots.map((p) => p.id)))}
            >
              All
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setPicked(new Set())}>
              None
            </Button>
          </div>
          <ul className="deck-pilot-list">
            {pilots.map((p) => (
              <li key={p.id}>
                <label>
                  <input type="checkbox" checked={chosen.has(p.id)} onChange={() => toggle(p.id)} />
                  <span className="deck-pilot-name">{p.name}</span>
                  <span className="deck-pilot-rec">{DECISION_LABELS[p.recommendation]}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <ExportProgress progress={deckExport.progress} />
        <div className="page-actions">
          <Button variant="primary" disabled={!aggregate || deckExport.busy} onClick={exportDeck}>
            <Presentation size={16} aria-hidden="true" /> Export deck
          </Button>
        </div>
      </div>
    </section>
  );
}
