import type { DuplicateThresholds } from '../../model';
import type { AgentUsage } from './agentUsage';
import { intersection, normalisedCapabilities, significantWords } from './similarity';
import { compareText } from '../../text/compareText';

export const DUPLICATE_RULE_SENTENCES = [
  'Two agents look like duplicates when they work in different pilots, neither is retired, and ' +
    'they share enough of their capabilities and of the words of their names and purposes (the ' +
    'thresholds are in Settings). Look-alikes of look-alikes join the same cluster.',
  'Duplication cost per year = the monthly running cost × 12 of every agent in the cluster but ' +
    'the one to keep. Build cost already spent on the copies is shown beside it but not counted: ' +
    'merging cannot get it back.',
  'Which to keep: the agent working in the most pilots, then serving the most people, then the ' +
    'cheapest to run.',
] as const;

export interface DuplicatePair {
  agentIds: [string, string];
  capabilityOverlap: number;
  wordOverlap: number;
}

/** Why the suggested agent is the one to keep: the first criterion that set it apart. */
export type KeepReason = 'most-pilots' | 'most-people' | 'cheapest' | 'first-by-name';

export interface DuplicateCluster {
  /** The sorted agent ids joined by spaces: stable while the members stay the same. */
  key: string;
  /** Members, the one to keep first, then by yearly running cost (highest first). */
  agentIds: string[];
  keepAgentId: string;
  keepReason: KeepReason;
  pilotIds: string[];
  /** Capabilities every member has. */
  sharedCapabilities: string[];
  pairs: DuplicatePair[];
  /** Σ monthly running cost × 12 of the members other than the one to keep. */
  yearlyCost: number;
  /** Σ build cost of the members other than the one to keep: spent, not recoverable. */
  sunkBuildCost: number;
}

/** The agent ids of a cluster as stored when it is dismissed. */
export function clusterMembersKey(agentIds: readonly string[]): string {
  return [...agentIds].sort().join(' ');
}

function compareKeep(a: AgentUsage, b: AgentUsage): number {
  return (
    b.pilotIds.length - a.pilotIds.length ||
    b.servedPersonIds.length - a.servedPersonIds.length ||
    a.agent.monthlyRunningCost - b.agent.monthlyRunningCost ||
    compareText(a.agent.name, b.agent.name) ||
    compareText(a.agent.id, b.agent.id)
  );
}

function keepReason(keep: AgentUsage, runnerUp: AgentUsage): KeepReason {
  if (keep.pilotIds.length !== runnerUp.pilotIds.length) return 'most-pilots';
  if (keep.servedPersonIds.length !== runnerUp.servedPersonIds.length) return 'most-people';
  if (keep.agent.monthlyRunningCost !== runnerUp.agent.monthlyRunningCost) return 'cheapest';
  return 'first-by-name';
}

/**
 * An agent as the pairing compares it, worked out once (the pairing looks at every pair of
 * agents: on a portfolio of hundreds of agents, per-pair work was most of the dashboard's
 * aggregation before the measurements).
 */
interface Candidate {
  usage: AgentUsage;
  capabilities: BitSet;
  /** The significant words of its name and purpose. */
  words: BitSet;
  /** Its one pilot when it works in exactly one (pilot ids are distinct), else null. */
  onlyPilot: string | null;
}

/** A set of strings as one bit per string of the collection it came from (see bitSets). */
interface BitSet {
  bits: Uint32Array;
  size: number;
}

/**
 * Sets of strings as bit sets: the strings numbered 0, 1, 2… in order of first appearance, a set
 * holding bit n for string n. Their overlap is an AND of a few words, not a walk over a Set.
 */
function bitSets(sets: readonly ReadonlySet<string>[]): BitSet[] {
  const numbers = new Map<string, number>();
  for (const set of sets) for (const x of set) if (!numbers.has(x)) numbers.set(x, numbers.size);
  const length = Math.ceil(numbers.size / 32);
  return sets.map((set) => {
    const bits = new Uint32Array(length);
    for (const x of set) {
      const n = numbers.get(x) ?? 0;
      bits[n >>> 5] = (bits[n >>> 5] ?? 0) | (1 << (n & 31));
    }
    return { bits, size: set.size };
  });
}

/** The number of set bits of a 32-bit word. */
function bitCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** jaccard() of two sets numbered by the same bitSets(): the same number. */
function bitJaccard(a: BitSet, b: BitSet): number {
  if (a.size === 0 && b.size === 0) return 0;
  let common = 0;
  for (let w = 0; w < a.bits.length; w += 1)
    common += bitCount((a.bits[w] ?? 0) & (b.bits[w] ?? 0));
  return common / (a.size + b.size - common);
}

/**
 * Whether two agents could be duplicating each other's work across pilots at all: both at work
 * today (not retired, in a pilot; see eligible), and not both working only in the same one pilot
 * (that is the pilot's design, not duplication across pilots).
 */
function comparable(a: Candidate, b: Candidate): boolean {
  return a.onlyPilot === null || a.onlyPilot !== b.onlyPilot;
}

/** Agents that can pair with any other: not retired and working in at least one pilot. */
function eligible(u: AgentUsage): boolean {
  return u.agent.status !== 'retired' && u.pilotIds.length > 0;
}

/**
 * Clusters of agents in different pilots that do the same job (see DUPLICATE_RULE_SENTENCES),
 * costliest first. `dismissed` lists clusters a person marked "not duplicates": agents dismissed
 * together are never paired again, but any of them still pairs with a new look-alike.
 */
export function findDuplicateClusters(
  usages: readonly AgentUsage[],
  thresholds: DuplicateThresholds,
  dismissed: readonly (readonly string[])[] = [],
): DuplicateCluster[] {
  const dismissedWith = new Map<string, Set<string>[]>();
  for (const members of dismissed) {
    const set = new Set(members);
    for (const id of members) dismissedWith.set(id, [...(dismissedWith.get(id) ?? []), set]);
  }
  const wasDismissed = (a: string, b: string) =>
    (dismissedWith.get(a) ?? []).some((set) => set.has(b));

  const capabilities = usages.map((u) => normalisedCapabilities(u.agent.capabilities));
  const pairable = usages.flatMap((usage, i) => (eligible(usage) ? [i] : []));
  const capabilityBits = bitSets(capabilities);
  const wordBits = bitSets(
    pairable.map((i) => {
      const agent = usages[i]?.agent;
      return significantWords(agent ? `${agent.name} ${agent.purpose}` : '');
    }),
  );
  const empty: BitSet = { bits: new Uint32Array(0), size: 0 };
  const candidates = pairable.flatMap((i, k): Candidate[] => {
    const usage = usages[i];
    if (!usage) return [];
    const only = usage.pilotIds.length === 1 ? usage.pilotIds[0] : undefined;
    return [
      {
        usage,
        capabilities: capabilityBits[i] ?? empty,
        words: wordBits[k] ?? empty,
        onlyPilot: only ?? null,
      },
    ];
  });

  const parent = new Map<string, string>(usages.map((u) => [u.agent.id, u.agent.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    // Every agent on the way now points at the root, not only the first: in a cluster of
    // hundreds, chains grew long and each find walked them again.
    for (let node = id; node !== root;) {
      const next = parent.get(node) ?? root;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  // In the order of `usages`, first member then second: pairs of ineligible agents never pass.
  const pairs: DuplicatePair[] = [];
  for (let i = 0; i < candidates.length; i += 1) {
    const a = candidates[i];
    if (!a) continue;
    for (let j = i + 1; j < candidates.length; j += 1) {
      const b = candidates[j];
      if (!b || !comparable(a, b)) continue;
      if (wasDismissed(a.usage.agent.id, b.usage.agent.id)) continue;
      const capabilityOverlap = bitJaccard(a.capabilities, b.capabilities);
      if (capabilityOverlap < thresholds.minCapabilityOverlap) continue;
      const wordOverlap = bitJaccard(a.words, b.words);
      if (wordOverlap < thresholds.minWordOverlap) continue;
      pairs.push({
        agentIds: [a.usage.agent.id, b.usage.agent.id],
        capabilityOverlap,
        wordOverlap,
      });
      parent.set(find(a.usage.agent.id), find(b.usage.agent.id));
    }
  }

  const paired = new Set(pairs.flatMap((p) => p.agentIds));
  const groups = new Map<string, AgentUsage[]>();
  for (const u of usages) {
    if (!paired.has(u.agent.id)) continue;
    const root = find(u.agent.id);
    const members = groups.get(root);
    if (members) members.push(u);
    else groups.set(root, [u]);
  }
  // Each pair in its cluster's list, in the order found: both of its agents have the same root.
  const pairsOf = new Map<string, DuplicatePair[]>();
  for (const pair of pairs) {
    const root = find(pair.agentIds[0]);
    const list = pairsOf.get(root);
    if (list) list.push(pair);
    else pairsOf.set(root, [pair]);
  }
  const capabilitiesOf = new Map(usages.map((u, i) => [u.agent.id, capabilities[i]]));

  const clusters = [...groups.entries()].map(([root, members]): DuplicateCluster => {
    // The one to keep and the runner-up by two passes, not by sorting every member (a large
    // cluster has hundreds): the others are sorted below by what they cost.
    const first = (list: AgentUsage[]) =>
      list.reduce((best, m) => (compareKeep(m, best) < 0 ? m : best));
    const keep = first(members);
    const others = members.filter((m) => m !== keep);
    const runnerUp = first(others);
    const ids = new Set(members.map((m) => m.agent.id));
    const caps = members
      .map((m) => capabilitiesOf.get(m.agent.id) ?? new Set<string>())
      .reduce((acc, set) => new Set(intersection(acc, set)));
    return {
      key: clusterMembersKey([...ids]),
      agentIds: [
        keep.agent.id,
        ...others
          .sort(
            (x, y) =>
              y.agent.monthlyRunningCost - x.agent.monthlyRunningCost ||
              compareText(x.agent.name, y.agent.name) ||
              compareKeep(x, y),
          )
          .map((m) => m.agent.id),
      ],
      keepAgentId: keep.agent.id,
      keepReason: keepReason(keep, runnerUp),
      pilotIds: [...new Set(members.flatMap((m) => m.pilotIds))],
      sharedCapabilities: [...caps].sort(),
      pairs: pairsOf.get(root) ?? [],
      yearlyCost: others.reduce((s, m) => s + m.agent.monthlyRunningCost * 12, 0),
      sunkBuildCost: others.reduce((s, m) => s + m.agent.buildCost, 0),
    };
  });
  return clusters.sort((a, b) => b.yearlyCost - a.yearlyCost || compareText(a.key, b.key));
}
