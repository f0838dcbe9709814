/**
 * Speed of segment + extract on one core: postings of about 500 words, generated from a fixed seed
 * with the shapes real postings have (headings, duty lists, skill lines, prose, a competency block).
 */
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract/index.js';
import { loadPipeline } from '../src/pipeline/config.js';
import { segment } from '../src/segment/index.js';
import type { CleanBlock, CleanDocument } from '../src/types.js';
import { mulberry32 as rng } from './rng.js';


const VERBS = ['Manage', 'Coordinates', 'Prepare', 'Negotiates', 'Develop', 'Monitoring', 'Responsible for maintaining', 'Review', 'Lead', 'Support', 'Schedules', 'Analyse', 'Resolve', 'Train', 'Report'];
const OBJECTS = ['client accounts', 'weekly delivery schedules', 'pricing and contract terms', 'the quarterly business review', 'patient care plans', 'backend services and their APIs', 'supplier invoices', 'new team members', 'service incidents', 'the monthly forecast'];
const TAILS = ['across the region', 'with the operations team', 'in line with company policy', 'to ensure timely delivery', 'for key customers', 'on a weekly basis', ''];
const SKILLS = ['Good negotiation skills', 'Excellent listening, presentation and written communication skills', 'Ability to work effectively to deadlines', 'Attention to detail and commercial awareness', 'Self-motivated team player', 'Strong analytical and problem-solving skills'];
const KNOW = ['Working knowledge of CRM software (we use Salesforce)', 'Proficient in Microsoft Excel, including pivot tables', 'Experience with Docker and Kubernetes', 'Understanding of freight pricing models', 'Familiarity with Agile and Scrum'];
const QUALS = ["Bachelor's degree in Business or a related field", '3+ years experience managing client relationships', 'Full UK driving licence', 'RN licence and BLS certification'];
const PROSE = [
  'Our company has grown steadily for twenty years and now serves customers in nine countries from four regional offices.',
  'You will work closely with colleagues in sales, finance and operations to make sure every client gets the service they were promised.',
  'The successful candidate will be responsible for building long-term relationships with a portfolio of mid-sized clients.',
  'We offer a competitive salary, a pension scheme, flexible hours and twenty-five days of annual leave.',
];

function posting(r: () => number): CleanDocument {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const lines: [CleanBlock['kind'], string][] = [['heading', 'Regional Account Manager'], ['paragraph', pick(PROSE) + ' ' + pick(PROSE)], ['paragraph', 'Key Responsibilities:']];
  for (let i = 0; i < 22; i++) lines.push(['list-item', `${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`.trim() + '.']);
  lines.push(['paragraph', [1, 2, 3, 4, 5].map(() => pick(PROSE)).join(' ')]);
  lines.push(['paragraph', 'REQUIREMENTS']);
  for (let i = 0; i < 8; i++) lines.push(['list-item', pick(SKILLS)]);
  for (let i = 0; i < 4; i++) lines.push(['list-item', pick(KNOW)]);
  for (let i = 0; i < 3; i++) lines.push(['list-item', pick(QUALS)]);
  lines.push(['paragraph', 'Skill Descriptors']);
  lines.push(['paragraph', 'Customer Focus: Knowledge of customer needs and buying processes; ability to build tailored solutions.']);
  lines.push(['paragraph', 'Level Working Knowledge:']);
  for (let i = 0; i < 3; i++) lines.push(['list-item', `${pick(VERBS)} ${pick(OBJECTS)}.`]);
  lines.push(['paragraph', 'What we offer']);
  lines.push(['paragraph', pick(PROSE) + ' ' + pick(PROSE)]);
  lines.push(['paragraph', 'How to apply: send your CV to jobs@example.com.']);
  const blocks: CleanBlock[] = [];
  let text = '';
  for (const [kind, t] of lines) {
    if (text) text += '\n';
    blocks.push({ kind, text: t, start: text.length, end: text.length + t.length, ...(kind === 'list-item' ? { level: 1, marker: '•' } : {}) });
    text += t;
  }
  return { text, blocks, fixes: [], language: 'en', warnings: [] };
}

export async function benchExtract(): Promise<Record<string, number>> {
  const { segment: segConfig, extract: extConfig } = loadPipeline();
  const r = rng(20240611);
  const docs = Array.from({ length: 400 }, () => posting(r));
  const words = docs.reduce((n, d) => n + d.text.split(/\s+/).length, 0) / docs.length;
  let mentions = 0;
  for (const d of docs.slice(0, 50)) extract(d, segment(d, segConfig), extConfig);
  const t0 = performance.now();
  for (const d of docs) mentions += extract(d, segment(d, segConfig), extConfig).length;
  const seconds = (performance.now() - t0) / 1000;
  return {
    'extract.postingsPerSecond': Math.round(docs.length / seconds),
    'extract.wordsPerPosting': Math.round(words),
    'extract.msPerPosting': Math.round((seconds * 1000 * 100) / docs.length) / 100,
    'extract.mentionsPerPosting': Math.round((mentions / docs.length) * 10) / 10,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(await benchExtract());
