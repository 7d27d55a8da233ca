import type { DuplicateThresholds } from '../../model';
import type { AgentUsage } from './agentUsage';
import { intersection, jaccard, normalisedCapabilities, significantWords } from './similarity';

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
    a.agent.name.localeCompare(b.agent.name) ||
    a.agent.id.localeCompare(b.agent.id)
  );
}

function keepReason(keep: AgentUsage, runnerUp: AgentUsage): KeepReason {
  if (keep.pilotIds.length !== runnerUp.pilotIds.length) return 'most-pilots';
  if (keep.servedPersonIds.length !== runnerUp.servedPersonIds.length) return 'most-people';
  if (keep.agent.monthlyRunningCost !== runnerUp.agent.monthlyRunningCost) return 'cheapest';
  return 'first-by-name';
}

/** Whether two agents could be duplicating each other's work across pilots at all. */
function comparable(a: AgentUsage, b: AgentUsage): boolean {
  if (a.agent.status === 'retired' || b.agent.status === 'retired') return false;
  if (a.pilotIds.length === 0 || b.pilotIds.length === 0) return false;
  // Two agents working only in the same one pilot are that pilot's design, not duplication
  // across pilots. (Asked of every pair of agents: no set is built for it.)
  const first = a.pilotIds[0];
  return a.pilotIds.some((id) => id !== first) || b.pilotIds.some((id) => id !== first);
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

  const features = usages.map((u) => ({
    usage: u,
    capabilities: normalisedCapabilities(u.agent.capabilities),
    words: significantWords(`${u.agent.name} ${u.agent.purpose}`),
  }));

  const parent = new Map<string, string>(usages.map((u) => [u.agent.id, u.agent.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(id, root);
    return root;
  };
  const pairs: DuplicatePair[] = [];
  for (let i = 0; i < features.length; i += 1) {
    const a = features[i];
    if (!a) continue;
    for (let j = i + 1; j < features.length; j += 1) {
      const b = features[j];
      if (!b || !comparable(a.usage, b.usage)) continue;
      if (wasDismissed(a.usage.agent.id, b.usage.agent.id)) continue;
      const capabilityOverlap = jaccard(a.capabilities, b.capabilities);
      if (capabilityOverlap < thresholds.minCapabilityOverlap) continue;
      const wordOverlap = jaccard(a.words, b.words);
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
    groups.set(root, [...(groups.get(root) ?? []), u]);
  }
  const featuresOf = new Map(features.map((f) => [f.usage.agent.id, f]));

  const clusters = [...groups.values()].map((members): DuplicateCluster => {
    const ranked = [...members].sort(compareKeep);
    const [keep, runnerUp] = ranked as [AgentUsage, AgentUsage];
    const others = ranked.slice(1);
    const ids = new Set(members.map((m) => m.agent.id));
    const caps = members
      .map((m) => featuresOf.get(m.agent.id)?.capabilities ?? new Set<string>())
      .reduce((acc, set) => new Set(intersection(acc, set)));
    return {
      key: clusterMembersKey([...ids]),
      agentIds: [
        keep.agent.id,
        ...others
          .sort(
            (x, y) =>
              y.agent.monthlyRunningCost - x.agent.monthlyRunningCost ||
              x.agent.name.localeCompare(y.agent.name),
          )
          .map((m) => m.agent.id),
      ],
      keepAgentId: keep.agent.id,
      keepReason: keepReason(keep, runnerUp),
      pilotIds: [...new Set(members.flatMap((m) => m.pilotIds))],
      sharedCapabilities: [...caps].sort(),
      pairs: pairs.filter((p) => ids.has(p.agentIds[0])),
      yearlyCost: others.reduce((s, m) => s + m.agent.monthlyRunningCost * 12, 0),
      sunkBuildCost: others.reduce((s, m) => s + m.agent.buildCost, 0),
    };
  });
  return clusters.sort((a, b) => b.yearlyCost - a.yearlyCost || a.key.localeCompare(b.key));
}
