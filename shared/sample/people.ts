import type { Person, PersonRole } from '../model';
import { MIDDLE_INITIALS, NAME_CULTURES } from './catalogue/names';
import { BUSINESS_UNITS, EMAIL_DOMAIN, TEAMS, type BusinessUnit } from './catalogue/organisation';
import { recordMeta } from './clock';
import type { PilotPlan, SampleContext } from './plan';
import type { Random } from './random';

/** The people of one business unit, by the part they play in pilots. */
export interface UnitStaff {
  executives: Person[];
  sponsors: Person[];
  leads: Person[];
  supervisors: Person[];
  workers: Person[];
}

export interface Staff {
  people: Person[];
  byId: Map<string, Person>;
  byUnit: Record<BusinessUnit, UnitStaff>;
}

/** Whole-euro hourly cost ranges by role: what a supervision hour or a lead's time costs. */
const HOURLY_COST: Record<PersonRole, readonly [number, number]> = {
  worker: [38, 58],
  supervisor: [55, 82],
  lead: [70, 105],
  sponsor: [110, 160],
  executive: [150, 220],
  other: [45, 70],
};

/** E-mail local part: ASCII only, as mail systems would make it. */
function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '');
}

class NameBook {
  private readonly names = new Set<string>();
  private readonly emails = new Set<string>();

  constructor(private readonly rng: Random) {}

  /** A name not used before; middle initials separate repeats once common names run out. */
  next(): { name: string; email: string } {
    for (let attempt = 0; ; attempt++) {
      const culture = this.rng.pick(NAME_CULTURES);
      const given = this.rng.pick(culture.given);
      const family = this.rng.pick(culture.family);
      // Past ~24,000 people single initials run out too: two initials, then a counter, so the
      // loop always ends (the default sample never gets this far, so its names do not change).
      let middle = attempt < 6 ? '' : `${this.rng.pick([...MIDDLE_INITIALS])}.`;
      if (attempt >= 50) middle += ` ${this.rng.pick([...MIDDLE_INITIALS])}.`;
      if (attempt >= 200) middle += ` ${this.names.size}`;
      const name = middle ? `${given} ${middle} ${family}` : `${given} ${family}`;
      if (this.names.has(name)) continue;
      const base = [given, middle, family].filter(Boolean).map(emailPart).join('.');
      let email = `${base}@${EMAIL_DOMAIN}`;
      for (let n = 2; this.emails.has(email); n++) email = `${base}${n}@${EMAIL_DOMAIN}`;
      this.names.add(name);
      this.emails.add(email);
      return { name, email };
    }
  }
}

/**
 * People sized to the pilots each unit runs: one executive per unit, a lead per ~3 pilots, a
 * supervisor per ~2 pilots and a handful of workers the agents serve.
 */
export function generatePeople(ctx: SampleContext, plans: PilotPlan[], rng: Random): Staff {
  const book = new NameBook(rng);
  const people: Person[] = [];
  const pilotsPerUnit = new Map<BusinessUnit, number>();
  for (const p of plans) {
    pilotsPerUnit.set(
      p.template.businessUnit,
      (pilotsPerUnit.get(p.template.businessUnit) ?? 0) + 1,
    );
  }

  const make = (unit: BusinessUnit, role: PersonRole): Person => {
    const { name, email } = book.next();
    const [lo, hi] = HOURLY_COST[role];
    const team = role === 'executive' ? unit : `${unit} · ${rng.pick(TEAMS[unit])}`;
    let capacity: number | null = null;
    // Supervisors with no stated capacity fall back to the portfolio default (10 h/week).
    if (role === 'supervisor' && rng.chance(0.5)) capacity = rng.pick([6, 8, 12, 12, 16]);
    if (role === 'lead' && rng.chance(0.3)) capacity = rng.pick([2, 4, 4, 6]);
    const created = ctx.originDay + rng.int(0, 45);
    const person: Person = {
      ...recordMeta(rng, created, rng.chance(0.3) ? rng.int(created, ctx.todayDay) : created),
      name,
      role,
      team,
      email,
      // Not every organisation shares salary data: some costs are left blank.
      hourlyCost: rng.chance(0.08) ? null : rng.int(lo, hi),
      oversightCapacityHours: capacity,
    };
    people.push(person);
    return person;
  };

  const byUnit = {} as Record<BusinessUnit, UnitStaff>;
  for (const unit of BUSINESS_UNITS) {
    const n = pilotsPerUnit.get(unit) ?? 0;
    // IT's AI Centre of Excellence owns the group services, so it always has an extra lead.
    const extraLead = unit === 'IT' ? 1 : 0;
    const staff: UnitStaff = {
      executives: [make(unit, 'executive')],
      sponsors: Array.from({ length: Math.floor(n / 8) }, () => make(unit, 'sponsor')),
      leads: Array.from({ length: Math.max(1, Math.ceil(n / 3)) + extraLead }, () =>
        make(unit, 'lead'),
      ),
      supervisors: Array.from({ length: Math.max(1, Math.ceil(n / 2)) }, () =>
        make(unit, 'supervisor'),
      ),
      workers: Array.from({ length: Math.max(3, Math.ceil(n * 1.5)) }, () => make(unit, 'worker')),
    };
    byUnit[unit] = staff;
  }
  return { people, byId: new Map(people.map((p) => [p.id, p])), byUnit };
}
