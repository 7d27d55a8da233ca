import { describe, expect, it } from 'vitest';
import {
  agentUsages,
  DEFAULT_DUPLICATE_THRESHOLDS,
  findDuplicateClusters,
  jaccard,
  significantWords,
} from '@shared/domain/agents';
import type { Agent, Assignment } from '@shared/model';
import { agent, assignment, id } from './fixtures';

const TODAY = '2026-06-30';
const [p1, p2, p3, p4] = [id(), id(), id(), id()];
const people = Array.from({ length: 6 }, () => id());

const reader = agent({
  name: 'Invoice reader',
  purpose: 'Reads supplier invoices and extracts the lines.',
  capabilities: ['invoice-reading', 'data-extraction', 'ocr', 'classification'],
  buildCost: 48_000,
  monthlyRunningCost: 1_850.5,
});
const extractor = agent({
  name: 'Invoice data extractor',
  purpose: 'Extracts invoice lines and matches purchase orders.',
  capabilities: ['Invoice reading', 'data-extraction', 'OCR', 'po-matching'],
  buildCost: 36_500,
  monthlyRunningCost: 1_275.37,
});
const apBot = agent({
  name: 'AP invoice reading bot',
  purpose: 'Reads invoices attached to supplier e-mails and drafts answers.',
  capabilities: ['invoice-reading', 'classification', 'email-drafting', 'data-extraction'],
  buildCost: 22_000,
  monthlyRunningCost: 990.41,
});
const notes = agent({
  name: 'Meeting notes assistant',
  purpose: 'Writes minutes of meetings.',
  capabilities: ['transcription', 'summarisation', 'action-items'],
  monthlyRunningCost: 2_000,
});

const baseAssignments: Assignment[] = [
  assignment({ agentId: reader.id, pilotId: p1, servedPersonIds: people.slice(0, 6) }),
  assignment({ agentId: extractor.id, pilotId: p2, servedPersonIds: people.slice(0, 3) }),
  assignment({ agentId: apBot.id, pilotId: p3, servedPersonIds: people.slice(0, 5) }),
  assignment({ agentId: notes.id, pilotId: p1 }),
];

function clusters(agents: Agent[], assignments: Assignment[], dismissed: string[][] = []) {
  return findDuplicateClusters(
    agentUsages(agents, assignments, TODAY),
    DEFAULT_DUPLICATE_THRESHOLDS,
    dismissed,
  );
}

describe('significantWords', () => {
  it('drops stop words and 1–2 letter words, and stems plurals', () => {
    expect([...significantWords('AP invoice reading bot: Reads invoices and e-mails')]).toEqual([
      'invoice',
      'reading',
      'read',
      'mail',
    ]);
  });
});

describe('findDuplicateClusters', () => {
  it('puts three invoice-reading agents in three pilots into one cluster, costed to the cent', () => {
    // Capabilities: reader–extractor share 3 of 5 (0.6), reader–AP bot 3 of 5 (0.6); extractor–AP
    // bot only 2 of 6, but they join through the reader. Words: reader {invoice, reader, read,
    // supplier, extract, line}, extractor {invoice, data, extractor, extract, line, matche,
    // purchase, order}: 3 of 11; AP bot {invoice, reading, read, attached, supplier, mail, draft,
    // answer} with the reader: 3 of 11.
    expect(
      jaccard(
        significantWords('Invoice reader Reads supplier invoices and extracts the lines.'),
        significantWords(
          'Invoice data extractor Extracts invoice lines and matches purchase orders.',
        ),
      ),
    ).toBe(3 / 11);
    const [cluster, ...rest] = clusters([reader, extractor, apBot, notes], baseAssignments);
    expect(rest).toEqual([]);
    // All work in one pilot each; the reader serves the most people (6), so it is kept.
    // (1,275.37 + 990.41) × 12 = 2,265.78 × 12 = 27,189.36 a year.
    expect(cluster).toMatchObject({
      agentIds: [reader.id, extractor.id, apBot.id],
      keepAgentId: reader.id,
      keepReason: 'most-people',
      sharedCapabilities: ['data-extraction', 'invoice-reading'],
      sunkBuildCost: 58_500,
    });
    expect(cluster?.yearlyCost).toBeCloseTo(27_189.36, 2);
    expect(new Set(cluster?.pilotIds)).toEqual(new Set([p1, p2, p3]));
    expect(cluster?.pairs.map((p) => p.capabilityOverlap)).toEqual([0.6, 0.6]);
  });

  it('keeps the agent working in the most pilots first', () => {
    const more = [...baseAssignments, assignment({ agentId: apBot.id, pilotId: p4 })];
    const [cluster] = clusters([reader, extractor, apBot], more);
    // Keeping the AP bot: (1,850.50 + 1,275.37) × 12 = 37,510.44
    expect(cluster?.keepAgentId).toBe(apBot.id);
    expect(cluster?.keepReason).toBe('most-pilots');
    expect(cluster?.yearlyCost).toBeCloseTo(37_510.44, 2);
  });

  it('ignores agents that only work in the same pilot, retired ones and unassigned ones', () => {
    const samePilot = baseAssignments.map((a) => ({ ...a, pilotId: p1 }));
    expect(clusters([reader, extractor, apBot], samePilot)).toEqual([]);
    const retired = { ...extractor, status: 'retired' as const };
    const onlyTwo = clusters([reader, retired, apBot], baseAssignments);
    expect(onlyTwo.map((c) => c.agentIds)).toEqual([[reader.id, apBot.id]]);
    expect(clusters([reader, extractor], baseAssignments.slice(0, 1))).toEqual([]);
  });

  it('respects stricter thresholds', () => {
    const usages = agentUsages([reader, extractor, apBot], baseAssignments, TODAY);
    expect(
      findDuplicateClusters(usages, { minCapabilityOverlap: 0.7, minWordOverlap: 0.1 }),
    ).toEqual([]);
    expect(
      findDuplicateClusters(usages, { minCapabilityOverlap: 0.6, minWordOverlap: 0.3 }),
    ).toEqual([]);
  });

  it('stays dismissed, until a new look-alike joins', () => {
    const dismissed = [[reader.id, extractor.id, apBot.id].sort()];
    expect(clusters([reader, extractor, apBot], baseAssignments, dismissed)).toEqual([]);
    const copy = agent({ ...reader, id: id(), name: 'Invoice reader (copy)' });
    const withCopy = [...baseAssignments, assignment({ agentId: copy.id, pilotId: p4 })];
    const [cluster] = clusters([reader, extractor, apBot, copy], withCopy, dismissed);
    // The copy pairs with all three; the dismissed pairs among them stay out.
    expect(new Set(cluster?.agentIds)).toEqual(
      new Set([reader.id, extractor.id, apBot.id, copy.id]),
    );
    expect(cluster?.pairs).toHaveLength(3);
    expect(cluster?.pairs.every((p) => p.agentIds.includes(copy.id))).toBe(true);
  });

  it('compares agents with more than 32 distinct capabilities among them exactly', () => {
    // 40 filler capabilities spread over other agents put the shared ones past the 32nd.
    const fillers = Array.from({ length: 10 }, (_, k) =>
      agent({
        name: `Filler ${k}`,
        purpose: `Unrelated work number ${k}.`,
        capabilities: [0, 1, 2, 3].map((c) => `filler-${k}-${c}`),
      }),
    );
    const a = agent({
      name: 'Contract reviewer',
      purpose: 'Reviews contract clauses.',
      capabilities: ['clause-review', 'risk-scoring', 'redlining', 'summarisation', 'ocr'],
    });
    const b = agent({
      name: 'Contract clause checker',
      purpose: 'Checks contract clauses for risk.',
      capabilities: ['clause-review', 'risk-scoring', 'redlining', 'summarisation', 'search'],
    });
    const assignments = [
      ...fillers.map((f, k) => assignment({ agentId: f.id, pilotId: k % 2 ? p1 : p2 })),
      assignment({ agentId: a.id, pilotId: p3 }),
      assignment({ agentId: b.id, pilotId: p4 }),
    ];
    const [cluster, ...rest] = clusters([...fillers, a, b], assignments);
    expect(rest).toEqual([]);
    // 4 shared of 6 capabilities; words {contract, reviewer, review, clause} and {contract,
    // clause, checker, check, risk}: 2 shared of 7.
    expect(cluster?.pairs).toEqual([
      { agentIds: [a.id, b.id], capabilityOverlap: 4 / 6, wordOverlap: 2 / 7 },
    ]);
  });

  it('lists each pair under its own cluster, in the order the agents come', () => {
    const copy = agent({ ...reader, id: id(), name: 'Invoice reader (copy)' });
    const notesCopy = agent({ ...notes, id: id(), name: 'Meeting notes assistant (copy)' });
    const assignments = [
      ...baseAssignments,
      assignment({ agentId: copy.id, pilotId: p4 }),
      assignment({ agentId: notesCopy.id, pilotId: p2 }),
    ];
    const found = clusters([reader, extractor, notes, apBot, copy, notesCopy], assignments);
    const invoices = found.find((c) => c.agentIds.includes(reader.id));
    const meetings = found.find((c) => c.agentIds.includes(notes.id));
    expect(found).toHaveLength(2);
    expect(invoices?.pairs.map((p) => p.agentIds)).toEqual([
      [reader.id, extractor.id],
      [reader.id, apBot.id],
      [reader.id, copy.id],
      [extractor.id, copy.id],
      [apBot.id, copy.id],
    ]);
    expect(meetings?.pairs.map((p) => p.agentIds)).toEqual([[notes.id, notesCopy.id]]);
  });

  it('pairs every two agents in different pilots when both thresholds are 0', () => {
    const usages = agentUsages([reader, extractor, notes], baseAssignments, TODAY);
    const [cluster] = findDuplicateClusters(usages, { minCapabilityOverlap: 0, minWordOverlap: 0 });
    // reader and notes both work in p1 only: not a pair; each pairs with the extractor (p2).
    expect(cluster?.pairs.map((p) => [p.agentIds, p.capabilityOverlap])).toEqual([
      [[reader.id, extractor.id], 0.6],
      [[extractor.id, notes.id], 0],
    ]);
  });
});
