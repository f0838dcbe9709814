/**
 * Taxonomy building at scale: 100,000 synthetic mentions (5,000 postings of 20) through
 * buildTaxonomy, timed on one core; then the same corpus plus 10% more postings, to measure how
 * many ids survive (without and with `previous`).
 *   node --import tsx bench/taxonomy.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildTaxonomy, resolveReference, type BuiltTaxonomy, type PreviousTaxonomy } from '../src/taxonomy/index.js';
import { resolveTaxonomyConfig, taxonomyOptionsSchema, type TaxonomyConfig } from '../src/taxonomy/options.js';
import type { MentionKind, VariantStat } from '../src/types.js';
import { mulberry32 as rng } from './rng.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Zipf-like pick: the first entries are much more common, as in real postings. */
function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.min(list.length - 1, Math.floor(list.length * Math.pow(r(), 2.2)))];
}

const VERBS = 'manage develop maintain coordinate prepare track support deliver negotiate build lead plan monitor analyse report review organise present identify ensure handle resolve drive grow train process schedule liaise with reconcile forecast design implement test document improve oversee sell promote'.split(' ');
const OBJECTS = [
  'client relationships', 'customer accounts', 'sales pipeline', 'budgets', 'sales forecasts', 'monthly reports', 'contracts', 'invoices', 'payments',
  'marketing campaigns', 'key accounts', 'new business opportunities', 'project plans', 'delivery schedules', 'supplier relationships', 'team members',
  'customer complaints', 'product demonstrations', 'pricing proposals', 'service levels', 'kpis', 'crm data', 'statements of work', 'purchase orders',
  'stock levels', 'shipments', 'staff rotas', 'training sessions', 'quality audits', 'financial statements', 'cash flow', 'tenders', 'partnerships',
  'market research', 'competitor activity', 'social media content', 'events', 'trade shows', 'customer feedback', 'onboarding', 'renewals',
  'escalations', 'product launches', 'sales targets', 'regional territories', 'distribution channels', 'vendor contracts', 'risk registers',
];
const COMPLEMENTS = ['', '', '', 'with clients', 'with internal teams', 'across the region', 'for key accounts', 'on time', 'with suppliers', 'for senior management'];
const SKILLS = [
  'negotiation', 'communication', 'presentation', 'time management', 'attention to detail', 'problem solving', 'teamwork', 'leadership',
  'customer service', 'sales forecasting', 'budgeting', 'data analysis', 'report writing', 'project management', 'stakeholder management',
  'crm software', 'microsoft excel', 'ms office', 'salesforce', 'active listening', 'multitasking', 'stress resistance', 'sociability',
  'organisation', 'planning', 'decision making', 'conflict resolution', 'critical thinking', 'creativity', 'adaptability', 'persuasion',
  'upselling', 'cross-selling', 'account management', 'business development', 'market analysis', 'financial modelling', 'written english',
];
const SKILL_FORMS = ['{s}', '{s}', '{s} skills', 'good {s} skills', 'excellent {s}', 'strong {s} skills', 'ability in {s}', 'proven {s}'];
const QUALS = ["bachelor's degree in business", "bachelor's degree in marketing", "master's degree", 'degree in commerce', '3 years of sales experience',
  '5 years of account management experience', 'experience in b2b sales', 'driving licence', 'mba', 'professional certification in project management'];
const KNOWLEDGE = ['e-commerce', 'crm-related database technology', 'commercial law', 'product knowledge', 'accounting principles', 'logistics', 'incoterms', 'vat rules', 'sql'];

function mention(r: () => number, posting: number): { kind: MentionKind; normalized: string } {
  const x = r();
  if (x < 0.45) {
    const verb = pick(r, VERBS);
    const obj = pick(r, OBJECTS);
    // Rare long tails (a number, a made-up product) make the set of forms grow with the corpus.
    const tail = r() < 0.08 ? ` for product line ${Math.floor(r() * 400)}` : pick(r, COMPLEMENTS);
    return { kind: 'duty', normalized: `${verb} ${obj}${tail ? ' ' + tail : ''}` };
  }
  if (x < 0.8) {
    const s = r() < 0.05 ? `${pick(r, SKILLS)} for team ${posting % 300}` : pick(r, SKILLS);
    return { kind: 'skill', normalized: pick(r, SKILL_FORMS).replace('{s}', s) };
  }
  if (x < 0.9) return { kind: 'knowledge', normalized: pick(r, KNOWLEDGE) };
  return { kind: 'qualification', normalized: pick(r, QUALS) };
}

export function syntheticVariants(postings: number, perPosting = 20, seed = 7): VariantStat[] {
  const stats = new Map<string, VariantStat>();
  for (let p = 0; p < postings; p++) {
    // Each posting draws from its own stream, so a larger corpus extends a smaller one.
    const r = rng(seed * 1_000_003 + p);
    for (let m = 0; m < perPosting; m++) {
      const { kind, normalized } = mention(r, p);
      const key = `${kind}\0${normalized}`;
      const s = stats.get(key);
      if (s) s.count++;
      else stats.set(key, { kind, normalized, count: 1, examples: [{ docId: `d${p}`, text: normalized }] });
    }
  }
  return [...stats.values()];
}

function config(): TaxonomyConfig {
  return resolveTaxonomyConfig(taxonomyOptionsSchema.parse({}), (_p, file) => JSON.parse(readFileSync(ROOT + 'pipelines/' + file, 'utf8')));
}

/** Share of the first run's competencies (whose variants still exist) that keep their id. */
function kept(a: BuiltTaxonomy, b: BuiltTaxonomy): number {
  let same = 0;
  let total = 0;
  for (const c of a.taxonomy.competencies) {
    total++;
    if (b.idOf(c.kind, c.variants[0].normalized) === c.id) same++;
  }
  return total ? same / total : 1;
}

export async function benchTaxonomy(): Promise<Record<string, number>> {
  const cfg = config();
  const base = syntheticVariants(5000);
  const mentions = base.reduce((s, v) => s + v.count, 0);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // As a run builds it: aligned to the bundled vocabulary, loaded inside the timed part.
  const reference = await resolveReference(undefined, cfg);
  const first = buildTaxonomy(base, cfg, { reference });
  const seconds = (performance.now() - t0) / 1000;
  // On a shared machine wall time also counts other processes' turns; CPU time is this build's own.
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const heapUsedMb = process.memoryUsage().heapUsed / 2 ** 20;
  const grown = syntheticVariants(5500);
  const second = buildTaxonomy(grown, cfg, { reference });
  const previous: PreviousTaxonomy = {
    path: '(memory)',
    competencies: first.taxonomy.competencies.map((c) => ({ id: c.id, kind: c.kind, label: c.label, variants: c.variants })),
  };
  const carried = buildTaxonomy(grown, cfg, { previous, reference });
  const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    taxonomyMentions: mentions,
    taxonomyVariants: base.length,
    taxonomyCompetencies: first.taxonomy.competencies.length,
    taxonomySeconds: round(seconds),
    taxonomyCpuSeconds: round(cpuSeconds),
    taxonomyHeapUsedMb: round(heapUsedMb, 1),
    taxonomyPeakRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
    taxonomyIdsKeptPlus10pct: round(kept(first, second)),
    taxonomyIdsKeptPlus10pctWithPrevious: round(kept(first, carried)),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await benchTaxonomy(), null, 2));
}
