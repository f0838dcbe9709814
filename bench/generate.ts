// Synthetic postings for the benchmark, from our own templates: varied enough that the taxonomy has
// real work (shared and distinct competencies, noise of the kinds the cleaner handles), deterministic
// for a given count.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 as rng } from './rng.js';

interface Family {
  titles: string[];
  duties: string[];
  skills: string[];
  knowledge: string[];
  qualifications: string[];
  blurb: string;
}

const FAMILIES: Family[] = [
  {
    titles: ['Account Manager', 'Senior Account Manager', 'Key Account Manager', 'Client Services Manager'],
    duties: [
      'Develop long-term relationships with a portfolio of clients',
      'Negotiate contract renewals and pricing with decision makers',
      'Prepare quarterly business reviews for key accounts',
      'Forecast monthly revenue and track account performance',
      'Coordinate delivery of services with internal teams',
      'Identify upselling and cross-selling opportunities',
      'Resolve escalated client issues within agreed service levels',
      'Maintain accurate records of client activity in the CRM',
      'Onboard new clients and train their users',
      'Present product roadmaps to client stakeholders',
    ],
    skills: ['Excellent negotiation skills', 'Strong presentation skills', 'Good listening skills', 'Ability to work to tight deadlines', 'Attention to detail', 'Strong organisational skills'],
    knowledge: ['Knowledge of Salesforce CRM', 'Proficient in Microsoft Excel', 'Understanding of SaaS pricing models', 'Familiarity with digital marketing'],
    qualifications: ["Bachelor's degree in Business or Marketing", '3+ years of account management experience', '2 years of B2B sales experience'],
    blurb: 'We are a fast-growing software company that helps retailers understand their customers.',
  },
  {
    titles: ['Software Engineer', 'Backend Developer', 'Senior Software Engineer', 'Platform Engineer'],
    duties: [
      'Design and build scalable backend services',
      'Write automated unit and integration tests',
      'Review code from other engineers',
      'Maintain continuous integration pipelines',
      'Investigate and fix production incidents',
      'Document system architecture and APIs',
      'Mentor junior developers',
      'Collaborate with product managers on requirements',
      'Improve the performance of database queries',
      'Participate in the on-call rotation',
    ],
    skills: ['Strong problem-solving skills', 'Clear written communication', 'Ability to work independently', 'Good teamwork skills', 'Analytical thinking'],
    knowledge: ['Experience with TypeScript and Node.js', 'Knowledge of PostgreSQL', 'Proficient in Docker and Kubernetes', 'Understanding of REST API design', 'Familiarity with AWS'],
    qualifications: ["Bachelor's degree in Computer Science", '4+ years of software development experience', 'AWS Certified Developer certification'],
    blurb: 'Our engineering team builds the payments platform used by thousands of merchants.',
  },
  {
    titles: ['Registered Nurse', 'Staff Nurse', 'Charge Nurse', 'Community Nurse'],
    duties: [
      'Assess patients on admission and plan their care',
      'Administer medication according to prescriptions',
      'Monitor vital signs and escalate deterioration',
      'Maintain accurate patient care records',
      'Educate patients and families about treatment',
      'Supervise healthcare assistants on shift',
      'Support students on clinical placement',
      'Coordinate discharge planning with the multidisciplinary team',
      'Ensure infection control procedures are followed',
      'Respond to medical emergencies',
    ],
    skills: ['Compassionate communication skills', 'Ability to stay calm under pressure', 'Strong time management', 'Good teamwork skills', 'Attention to detail'],
    knowledge: ['Knowledge of infection control standards', 'Familiarity with electronic health records', 'Understanding of safeguarding procedures'],
    qualifications: ["Bachelor's degree in Nursing", 'Current RN licence', '2+ years of acute care experience', 'Basic Life Support certification'],
    blurb: 'The hospital is a 400-bed teaching hospital serving the region.',
  },
  {
    // Acronyms, plurals and Title Case items, as NHS archives have them: what a memo keyed too
    // loosely answers differently depending on which document came first.
    titles: ['CAMHS Practitioner', 'Mental Health Nurse', 'Band 6 CAMHS Nurse', 'Clinical Psychologist', 'IAPT Therapist'],
    duties: [
      'Deliver CBT interventions to children and young people',
      'Carry out risk assessments and safety plans',
      'Liaise with schools, GPs and social care',
      'Manage a caseload of young people with eating disorders',
      'Contribute to MDT meetings and care programme reviews',
      'Supervises junior staff and students',
      'Undertakes home visits across the locality',
      'Safeguarding children and vulnerable adults',
      'Maintains records on RiO in line with NMC standards',
      'Facilitates group therapies for parents and carers',
      'CAMHS experience with looked-after children',
      'Eating disorders assessments and care plans',
    ],
    skills: ['CAMHS Experience', 'Eating Disorders Experience', 'Excellent communication skills', 'Ability to work under pressure', 'Risk Assessment Skills', 'Caseloads Management'],
    knowledge: ['Knowledge of the Mental Health Act', 'Understanding of NICE guidelines', 'Experience of DBT and CBT approaches', 'Knowledge of safeguarding procedures'],
    qualifications: ['Registered Mental Health Nurse with current NMC registration', 'Enhanced DBS check', 'Degree in Psychology or Nursing', '2+ years of CAMHS experience'],
    blurb: 'The Trust provides community and inpatient mental health services across the county.',
  },
];

/** Sentence case or Title Case, as postings write their list items either way. */
function casing(r: () => number, x: string): string {
  const u = r();
  if (u < 0.25) return x.replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
  if (u < 0.5) return x.replace(/(?<=\s)(\p{Lu})(\p{Ll}+)/gu, (_m, c: string, rest: string) => c.toLowerCase() + rest);
  return x;
}

const BULLETS = ['- ', '• ', '61 ', '\uF0B7 ', '* ', 'o '];

function pick<T>(r: () => number, xs: T[], n: number): T[] {
  const copy = [...xs];
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]);
  return out;
}

export function posting(i: number): { name: string; text: string } {
  const r = rng(i + 1);
  const f = FAMILIES[i % FAMILIES.length];
  const title = f.titles[Math.floor(r() * f.titles.length)];
  const bullet = BULLETS[Math.floor(r() * BULLETS.length)];
  const company = `Company ${String.fromCharCode(65 + (i % 26))}${i}`;
  const list = (xs: string[]) => xs.map((x) => `${bullet}${casing(r, x)}`).join('\n');
  const prose = Array.from({ length: 3 }, () => f.blurb).join(' ');
  const text = [
    `${title}`,
    `${company}`,
    '',
    'About us',
    `${prose} ${company} has offices in ${1 + Math.floor(r() * 9)} countries and values curiosity, ownership and care.`,
    '',
    'Responsibilities:',
    list(pick(r, f.duties, 6 + Math.floor(r() * 4))),
    '',
    'Skills and knowledge',
    list([...pick(r, f.skills, 3), ...pick(r, f.knowledge, 2)]),
    '',
    'Qualifications',
    list(pick(r, f.qualifications, 2)),
    '',
    'What we offer',
    'Competitive salary, flexible hours, 25 days of annual leave and a learning budget.',
    '',
    `How to apply: send your CV to jobs${i}@example.com before the closing date.`,
    '',
  ].join('\n');
  return { name: `posting-${String(i).padStart(6, '0')}.txt`, text };
}

/** Writes `count` postings into `dir` (created), returns the folder. */
export function generateCorpus(dir: string, count: number): string {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const p = posting(i);
    writeFileSync(join(dir, p.name), p.text);
  }
  return dir;
}
