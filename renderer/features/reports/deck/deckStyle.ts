import type { DecisionKind, PilotStage } from '@shared/model';

/** Colours as PowerPoint wants them (hex without '#'), matching the app's light theme. */
export const DECK_COLOURS = {
  text: '1A1F27',
  muted: '4A5563',
  grid: 'DDE1E7',
  earned: '1F7A4D',
  notEarned: 'B0B8C4',
  capacity: 'C4CAD3',
  load: '2457D6',
  over: 'B42318',
} as const;

export const REC_DECK_COLOURS: Record<DecisionKind, string> = {
  expand: '1F7A4D',
  continue: '2457D6',
  pivot: 'B25E00',
  stop: 'B42318',
};

export const STAGE_DECK_COLOURS: Record<PilotStage, string> = {
  idea: '8A94A3',
  pilot: '2457D6',
  scaling: '6A3FC4',
  scaled: '136B39',
  stopped: 'A3262C',
};

export const EVIDENCE_DECK_COLOURS = {
  none: 'C4CAD3',
  weak: 'A9C1F5',
  moderate: '5B86E5',
  strong: '1F4FC4',
} as const;

/** `#2457d6` → `2457D6`. */
export function deckHex(cssHex: string): string {
  return cssHex.replace(/^#/, '').toUpperCase();
}
