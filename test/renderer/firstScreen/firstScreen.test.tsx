import { act, render, screen, within } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_HIDDEN_PILOT_COLUMNS } from '../../../renderer/app/preferences';
import { FirstScreen } from '../../../renderer/firstScreen/FirstScreenView';
import { replayInput } from '../../../renderer/firstScreen/handoff';
import { mountFirstScreen } from '../../../renderer/firstScreen/mountFirstScreen';
import type { FirstScreenData } from '../../../renderer/firstScreen/readFirstScreen';
import type { PilotRow } from '../../../renderer/features/pilots/pilotRows';

const row = (id: string, fields: Partial<PilotRow>): PilotRow => ({
  id,
  name: id,
  summary: '',
  stage: 'pilot',
  businessUnit: 'Finance',
  sponsorName: 'Ana Ruiz',
  leadName: '',
  nextReviewDate: '2026-06-01',
  budget: 1000,
  fte: 1.5,
  tags: ['ops'],
  ...fields,
});

const DATA: FirstScreenData = {
  portfolioName: 'Operations',
  portfolioCount: 2,
  currency: 'USD',
  pilots: {
    total: 120,
    rows: [
      row('p-1', { name: 'Claims triage', summary: 'Sorts claims', stage: 'scaling' }),
      row('p-2', { name: 'Invoice matching', nextReviewDate: '2026-01-01', budget: 250000 }),
    ],
  },
};

const preferences = { theme: 'light' as const, pilotsHiddenColumns: DEFAULT_HIDDEN_PILOT_COLUMNS };

let stopRecording: (() => unknown) | null = null;

afterEach(() => {
  stopRecording?.();
  stopRecording = null;
  document.getElementById('root')?.remove();
  window.location.hash = '';
});

/** The first screen as the app's first script draws it: into #root, without React DOM. */
function show(data = DATA, hidden = DEFAULT_HIDDEN_PILOT_COLUMNS) {
  window.location.hash = '#/pilots';
  const container = document.createElement('div');
  container.id = 'root';
  document.body.append(container);
  const recording = mountFirstScreen({
    data,
    preferences: { ...preferences, pilotsHiddenColumns: hidden },
    today: '2026-03-01',
  });
  stopRecording = recording.stop;
  return { container, recording, unmount: () => container.remove() };
}

describe('the first screen', () => {
  it('shows the shell and the Pilots table’s first rows as the app draws them', () => {
    show();
    expect(screen.getByRole('link', { name: 'Pilots' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Portfolio' })).not.toHaveAttribute('aria-current');
    expect(
      screen.getByRole('button', { name: 'Portfolio: Operations. Switch or manage portfolios' }),
    ).toHaveTextContent('2 portfolios on this computer');
    const table = screen.getByRole('table', { name: 'Pilots' });
    expect(table).toHaveAttribute('aria-rowcount', '121');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    // The tags column is hidden by default, as in the app.
    expect(headers).toEqual([
      'Pilot',
      'Stage',
      'Business unit',
      'Sponsor',
      'Lead',
      'Next review',
      'Budget',
      'FTE',
    ]);
    const [, first, second] = within(table).getAllByRole('row');
    expect(within(first!).getByRole('link', { name: 'Claims triage' })).toHaveAttribute(
      'href',
      '#/pilots/p-1',
    );
    expect(first).toHaveTextContent('Sorts claims');
    expect(first).toHaveTextContent('Scaling');
    expect(second).toHaveTextContent('$250,000');
    // Its review date passed while it is still under way.
    expect(second).toHaveTextContent('(overdue)');
    expect(screen.getByText(/2 of 120 pilots · reading the rest…/)).toBeInTheDocument();
  });

  it('shows the columns the person chose', () => {
    show(DATA, ['leadName', 'fte']);
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toContain('Tags');
    expect(headers).not.toContain('Lead');
    expect(headers).not.toContain('FTE');
    expect(screen.getByRole('button', { name: /Columns/ })).toHaveTextContent(
      'Columns: 7 of 9 shown',
    );
  });

  it('shows the shell with the page still loading on another page, and follows links', async () => {
    show();
    window.location.hash = '#/agents';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(await screen.findByText('Loading…')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Agents' })).toHaveAttribute('aria-current', 'page');
  });
});

describe('what is done on the first screen', () => {
  it('is recorded and done again in the app’s controls of the same names', async () => {
    const user = userEvent.setup();
    const { recording, unmount } = show();
    await user.type(screen.getByRole('searchbox', { name: 'Search pilots' }), 'invo');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by stage' }), 'scaling');
    await user.click(screen.getByRole('button', { name: /New pilot/ }));
    await user.click(screen.getByRole('searchbox', { name: 'Search pilots' }));
    await user.keyboard('{Control>}k{/Control}');
    const handoff = recording.stop();
    expect(handoff).toMatchObject({
      search: 'invo',
      stage: 'scaling',
      focus: { at: { tag: 'input', label: 'Search pilots' }, selectionStart: 4, selectionEnd: 4 },
    });
    // Typing in the search box is its own; the click and the shortcut wait.
    expect(handoff.queued).toEqual([
      { kind: 'click', label: 'New pilot' },
      {
        kind: 'key',
        init: {
          key: 'k',
          code: 'KeyK',
          ctrlKey: true,
          metaKey: false,
          shiftKey: false,
          altKey: false,
        },
        inTextBox: true,
      },
    ]);
    unmount();

    // The app, in its place: controls of the same names.
    const newPilot = vi.fn();
    const keys: string[] = [];
    render(
      <div>
        <input type="search" aria-label="Search pilots" defaultValue="invo" />
        <button type="button" onClick={newPilot}>
          New pilot
        </button>
      </div>,
    );
    const onKey = (e: KeyboardEvent) => keys.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.key}`);
    window.addEventListener('keydown', onKey);
    await replayInput(handoff);
    window.removeEventListener('keydown', onKey);
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search pilots' }));
    expect(newPilot).toHaveBeenCalledTimes(1);
    expect(keys).toEqual(['Ctrl+k']);
  });

  it('sends keys pressed on the page to the page, though a text box was focused since', async () => {
    const user = userEvent.setup();
    const { recording, unmount } = show();
    await user.keyboard('n');
    await user.click(screen.getByRole('searchbox', { name: 'Search pilots' }));
    const handoff = recording.stop();
    unmount();

    const targets: string[] = [];
    render(<input type="search" aria-label="Search pilots" />);
    const onKey = (e: KeyboardEvent) =>
      targets.push(`${e.key} on ${(e.target as Element).tagName.toLowerCase()}`);
    window.addEventListener('keydown', onKey);
    await replayInput(handoff);
    window.removeEventListener('keydown', onKey);
    expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Search pilots' }));
    expect(targets).toEqual(['n on body']);
  });

  it('types what was typed after Mod+K into the box it opened, and Enter chooses from it', async () => {
    const user = userEvent.setup();
    const { recording, unmount } = show();
    await user.keyboard('{Control>}k{/Control}Sw{Enter}');
    const handoff = recording.stop();
    unmount();

    // The app: Mod+K opens a palette whose box takes the focus; Enter runs what it says.
    const ran: string[] = [];
    function Palette() {
      const [open, setOpen] = useState(false);
      const [query, setQuery] = useState('');
      useEffect(() => {
        const onKey = (e: KeyboardEvent) => {
          if (e.ctrlKey && e.key === 'k') setOpen(true);
        };
        window.addEventListener('keydown', onKey);
        return () => window.removeEventListener('keydown', onKey);
      }, []);
      return open ? (
        <input
          aria-label="Command"
          autoFocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') ran.push(query);
          }}
        />
      ) : null;
    }
    render(<Palette />);
    await act(() => replayInput(handoff));
    expect(screen.getByRole('textbox', { name: 'Command' })).toHaveValue('Sw');
    expect(ran).toEqual(['Sw']);
  });

  it('keeps the focus on a link or the main region, and the table scrolled as far', async () => {
    const user = userEvent.setup();
    const { container, recording, unmount } = show();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Portfolio' })).toHaveFocus();
    const scroll = container.querySelector('.vt-scroll');
    if (scroll) scroll.scrollTop = 112;
    const onLink = recording.stop();
    unmount();
    render(
      <div>
        <a href="#/">Portfolio</a>
        <div className="vt-scroll" style={{ height: 50, overflow: 'auto' }}>
          <div style={{ height: 1000 }} />
        </div>
      </div>,
    );
    await replayInput(onLink);
    expect(screen.getByRole('link', { name: 'Portfolio' })).toHaveFocus();
    expect(onLink.tableScrollTop).toBe(112);
    expect(document.querySelector('.vt-scroll')?.scrollTop).toBe(112);
  });

  it('stops being recorded once taken over', async () => {
    const user = userEvent.setup();
    const { recording } = show();
    expect(recording.stop().queued).toEqual([]);
    await user.click(screen.getByRole('button', { name: /New pilot/ }));
    await user.keyboard('n');
    expect(recording.stop().queued).toEqual([]);
  });
});

/** A DOM tree as comparable data: tags, attributes (styles as the engine reads them) and text. */
function shape(node: Node): unknown {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  const element = node as Element;
  const attributes = Object.fromEntries(
    [...element.attributes].map((a) =>
      a.name === 'style' ? [a.name, (element as HTMLElement).style.cssText] : [a.name, a.value],
    ),
  );
  // Adjacent texts are one text to a reader (React DOM and staticDom may split them otherwise).
  const children: unknown[] = [];
  for (const child of element.childNodes) {
    const next = shape(child);
    const last = children.at(-1);
    if (typeof next === 'string' && typeof last === 'string')
      children[children.length - 1] = last + next;
    else children.push(next);
  }
  return { tag: element.tagName.toLowerCase(), attributes, children };
}

describe('drawn without React DOM', () => {
  it.each([
    ['the Pilots page', '#/pilots', 'light' as const, DEFAULT_HIDDEN_PILOT_COLUMNS],
    ['the Pilots page, other columns, dark', '#/pilots', 'dark' as const, ['leadName']],
    ['another page', '#/agents/a-1', 'light' as const, DEFAULT_HIDDEN_PILOT_COLUMNS],
  ])('is what React DOM draws of the same components: %s', (_, hash, theme, hidden) => {
    window.location.hash = hash;
    const props = {
      data: DATA,
      preferences: { theme, pilotsHiddenColumns: hidden },
      today: '2026-03-01',
    };
    const byReact = document.createElement('div');
    const root = createRoot(byReact);
    flushSync(() => root.render(<FirstScreen {...props} route={hash.slice(1)} />));
    const container = document.createElement('div');
    container.id = 'root';
    document.body.append(container);
    stopRecording = mountFirstScreen(props).stop;
    expect(shape(container)).toEqual({ ...(shape(byReact) as object), attributes: { id: 'root' } });
    root.unmount();
  });
});
