import { ArchiveRestore, FolderOpen, Plus, Sparkles } from 'lucide-react';
import { Suspense, useState } from 'react';
import { toast } from 'sonner';
import { todayIso } from '@shared/dates';
import type { PortfolioEntry } from '../db/registryDatabase';
import { createPortfolio } from './registryWrites';
import { RestoreBackupButton } from './lazyPages';
import { NewPortfolioDialog } from './NewPortfolioDialog';

/** First run (and "close portfolio"): open the sample, start empty, or reopen an existing one. */
export function FirstRun(props: { portfolios: PortfolioEntry[]; onOpen: (id: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [newOpen, setNewOpen] = useState(false);

  async function openSample() {
    setBusy(true);
    try {
      // The generator and its catalogue of names load only when someone asks for the sample.
      const { generateSamplePortfolio } = await import('@shared/sample');
      const data = generateSamplePortfolio({ today: todayIso() });
      const entry = await createPortfolio({ name: data.settings.name, data });
      props.onOpen(entry.id);
    } catch (error) {
      toast.error(`The sample portfolio could not be created: ${String(error)}`);
      setBusy(false);
    }
  }

  return (
    <main className="welcome">
      <div className="welcome-inner">
        <div>
          <h1>Pilot Portfolio</h1>
          <p className="welcome-lead">
            Keep every AI pilot, its agents and the people who supervise them in one place — and
            fund the pilots whose outcomes moved, on evidence. Everything stays on this computer.
          </p>
        </div>
        <div className="welcome-choices">
          <button className="choice" type="button" onClick={openSample} disabled={busy}>
            <Sparkles aria-hidden="true" />
            <h2>Open the sample portfolio</h2>
            <p>
              Two dozen pilots across business units, with agents, supervisors, outcomes and
              decisions, to explore.
            </p>
          </button>
          <button className="choice" type="button" onClick={() => setNewOpen(true)} disabled={busy}>
            <Plus aria-hidden="true" />
            <h2>Start an empty portfolio</h2>
            <p>Name it after your organisation or client, then register your first pilot.</p>
          </button>
          <Suspense
            fallback={
              <button className="choice" type="button" disabled>
                <ArchiveRestore aria-hidden="true" />
                <h2>Restore a backup</h2>
                <p>Loading…</p>
              </button>
            }
          >
            <RestoreBackupButton onOpen={props.onOpen} disabled={busy} />
          </Suspense>
        </div>
        {props.portfolios.length > 0 && (
          <section className="card" aria-labelledby="existing-heading">
            <div className="card-header">
              <h2 id="existing-heading">Portfolios on this computer</h2>
            </div>
            <ul className="history-list padded-list">
              {props.portfolios.map((p) => (
                <li key={p.id} className="history-item">
                  <span className="history-when">
                    {p.lastOpenedAt
                      ? new Date(p.lastOpenedAt).toLocaleDateString()
                      : 'never opened'}
                  </span>
                  <button
                    className="btn btn-ghost"
                    type="button"
                    onClick={() => props.onOpen(p.id)}
                  >
                    <FolderOpen size={16} aria-hidden="true" /> Open {p.name}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <NewPortfolioDialog open={newOpen} onOpenChange={setNewOpen} onCreated={props.onOpen} />
    </main>
  );
}
