import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { resolveSegmentConfig, segmentOptionsSchema } from '../../src/segment/options.js';
import type { SegmentedDocument } from '../../src/types.js';
import { cleanDoc } from './fixture.js';

const config = loadPipeline().segment;
const seg = (src: string) => {
  const doc = cleanDoc(src);
  const out = segment(doc, config);
  for (const s of out.sections) for (const it of s.items) expect(doc.text.slice(it.start, it.end)).toBe(it.text);
  return out;
};
const kinds = (s: SegmentedDocument) => s.sections.map((x) => [x.heading, x.kind]);
const section = (s: SegmentedDocument, heading: string) => s.sections.find((x) => x.heading === heading);

describe('headings found from the text', () => {
  it("reads an NHS job description's factors as headings, the long ones too (no line joined to them)", () => {
    const out = seg(
      [
        'Knowledge, training and experience',
        'Knowledge of clinical procedures acquired through NVQ Level 3.',
        '',
        'Responsibilities for financial and physical resources',
        'Personal duty of care in relation to equipment.',
        '',
        'Freedom to act',
        'Works within established procedures and protocols.',
      ].join('\n'),
    );
    expect(kinds(out)).toEqual([
      ['Knowledge, training and experience', 'skills'],
      ['Responsibilities for financial and physical resources', 'responsibilities'],
      ['Freedom to act', 'responsibilities'],
    ]);
    expect(section(out, 'Responsibilities for financial and physical resources')?.items.map((i) => i.text)).toEqual(['Personal duty of care in relation to equipment.']);
  });

  it('reads a heading in two languages on either side of a slash, not a line of a list with a heading word after it', () => {
    const out = seg(['Обязанности / Your tasks', '- Manage clients', 'Job benefits:', 'Trainings and certifications', 'Extensive library / knowledge base', 'Fresh fruits and drinks'].join('\n'));
    expect(kinds(out)).toEqual([
      ['Обязанности / Your tasks', 'responsibilities'],
      ['Job benefits', 'benefits'],
    ]);
    expect(section(out, 'Job benefits')?.items.map((i) => i.text)).toEqual(['Trainings and certifications', 'Extensive library / knowledge base', 'Fresh fruits and drinks']);
  });

  it('keeps a benefit named with a heading\'s words ("Professional Certification Reimbursement") in the list of benefits', () => {
    const out = seg(['Job benefits:', 'Competitive Pay', 'Gym Reimbursement', 'Professional Certification Reimbursement', 'Flat Organization', 'Commuter Benefits'].join('\n'));
    expect(kinds(out)).toEqual([['Job benefits', 'benefits']]);
    expect(section(out, 'Job benefits')?.items).toHaveLength(5);
  });

  it('reads plain-text headings in their usual disguises', () => {
    const out = seg(
      [
        'Responsibilities',
        '- Plan weekly delivery routes for the depot.',
        'REQUIREMENTS:',
        '- Two years in a dispatch role.',
        '**Education:**',
        '- Diploma in logistics.',
        '3. Duties',
        '- Answer driver calls.',
        'II. Requirements',
        '- Forklift licence.',
        'Client Growth –',
        '- Grow the order book with existing shippers.',
      ].join('\n'),
    );
    expect(kinds(out)).toEqual([
      ['Responsibilities', 'responsibilities'],
      ['REQUIREMENTS', 'requirements'],
      ['Education', 'education'],
      ['Duties', 'responsibilities'],
      ['Requirements', 'requirements'],
      ['Client Growth', 'requirements'],
    ]);
  });

  it('reads the recruitment or selection process as the application section ("Recruitment procedure")', () => {
    const out = seg(['Requirements', 'Fluent English.', 'Recruitment procedure', 'The Recruitment Committee will shortlist minimum 3 candidates.', 'Selection process', 'Interviews will be held in May.'].join('\n'));
    expect(kinds(out)).toEqual([
      ['Requirements', 'requirements'],
      ['Recruitment procedure', 'apply'],
      ['Selection process', 'apply'],
    ]);
  });

  it('reads "References" and "Referees" as the application section: the referees a candidate names are asked for there', () => {
    const out = seg(['Requirements', 'Fluent English.', 'References', 'Two references are required, one from your current employer.', 'Referees', 'Please give the names of two referees.'].join('\n'));
    expect(kinds(out)).toEqual([
      ['Requirements', 'requirements'],
      ['References', 'apply'],
      ['Referees', 'apply'],
    ]);
  });

  it('reads "Formalities and references" and a line "Application" as the application section, not "Application Support"', () => {
    const out = seg(['Requirements', 'Fluent English.', 'Formalities and references', 'Further information can be found in the Ministerial Order.', 'Application', 'Applications submitted late will not be considered.', 'Application Support', '- Handle tickets from users'].join('\n'));
    expect(kinds(out)).toEqual([
      ['Requirements', 'requirements'],
      ['Formalities and references', 'apply'],
      ['Application', 'apply'],
      ['Application Support', expect.not.stringMatching(/^apply$/)],
    ]);
  });

  it('reads a heading addressed to the reader ("Benefits for you and your family")', () => {
    const out = seg(['Responsibilities', '- Works with the audit team', 'Benefits for you and your family', '- Pension scheme'].join('\n'));
    expect(kinds(out)).toEqual([
      ['Responsibilities', 'responsibilities'],
      ['Benefits for you and your family', 'benefits'],
    ]);
  });

  it('reads a heading with a stray full stop after its colon ("Personal profile & qualifications:.")', () => {
    const out = seg(['Personal profile & qualifications:.', 'Engineering degree (Process or Mechanical)', 'At least 5 years experience in a similar role'].join('\n'));
    expect(kinds(out)).toEqual([['Personal profile & qualifications', 'requirements']]);
  });

  it('reads "You\'ll be:" over a list of tasks as the duties and "You\'ll have:" as the requirements', () => {
    const out = seg(["You'll be:", 'Owning our dbt models', 'Mentoring junior engineers', "You'll have:", 'Strong Python and SQL'].join('\n'));
    expect(kinds(out)).toEqual([
      ["You'll be", 'responsibilities'],
      ["You'll have", 'requirements'],
    ]);
  });

  it('cuts a heading in sentence case before its colon after a lower-case word, where a one-line posting runs it on', () => {
    const out = seg('Main duties: • Assist patients with personal care • Support patients at mealtimes Person specification: Essential: Care Certificate');
    expect(kinds(out).map(([, kind]) => kind)).toContain('requirements');
    expect(section(out, 'Person specification')?.items.map((i) => i.text)).toEqual(['Essential: Care Certificate']);
    expect(out.sections.flatMap((x) => x.items.map((i) => i.text))).toContain('Support patients at mealtimes');
  });

  it('reads the headings of what is a plus as requirements ("Nice to haves", "Bonus points", "Will be a plus")', () => {
    for (const heading of ['Nice to haves', 'Bonus points:', 'Good to have', 'Will be a plus:', 'Pluses']) {
      const out = seg(['About the role', 'We build payment software.', '', heading, '- Nginx', '- Varnish'].join('\n'));
      expect(out.sections.find((x) => x.items.some((it) => it.text === 'Nginx'))?.kind).toBe('requirements');
    }
  });

  it('reads a stack heading as the skills it lists, and a heading asked as a question inside a one-line posting', () => {
    const stack = seg(['What you will do', '- Build APIs', 'THE STACK:', '- AWS Azure', '- Docker (K8s and Terraform)'].join('\n'));
    expect(stack.sections.find((x) => x.items.some((it) => it.text === 'AWS Azure'))?.kind).toBe('skills');
    const out = seg(
      'About You: You have worked on web applications in the past Working experience in CI/CD is a plus You are solution oriented and adaptable ' +
        'Why join our team? Regular virtual meetings and feedback sessions Extra paid holiday time Competitive salary',
    );
    expect(kinds(out)).toEqual([
      ['About You', 'requirements'],
      ['Why join our team?', 'benefits'],
    ]);
    // ("Why join", cut at its question mark only where a capital opens what follows.)
    expect(kinds(seg('About You: You are solution oriented and adaptable and you know why join our team? is asked by everyone we meet in the office'))).toEqual([['About You', 'requirements']]);
  });

  it('classifies headings in several languages', () => {
    const out = seg(['职位描述', 'Obsluga.', 'Обязанности', '- Вести клиентов.', 'Anforderungen', '- Erfahrung im Vertrieb.', 'Responsabilités', '- Suivre les clients.', 'Requisitos', '- Inglés fluido.', '任职要求', '- 三年经验'].join('\n'));
    expect(kinds(out)).toEqual([
      ['职位描述', 'summary'],
      ['Обязанности', 'responsibilities'],
      ['Anforderungen', 'requirements'],
      ['Responsabilités', 'responsibilities'],
      ['Requisitos', 'requirements'],
      ['任职要求', 'requirements'],
    ]);
  });

  it('gives an unknown sub-heading the kind of the section above it', () => {
    const out = seg(['## Key Responsibilities', '#### Client Relationship –', '- Serve as the main contact for each client.', '### What We Offer', '- A company car.'].join('\n'));
    expect(section(out, 'Client Relationship')?.kind).toBe('responsibilities');
    expect(section(out, 'What We Offer')?.kind).toBe('benefits');
  });

  it('needs the heading words at the start of an unmarked line', () => {
    const out = seg(
      ['Key Responsibilities', '- Plan routes.', 'Good communication skills in English', 'Strong negotiation skills', 'Skills and abilities', 'Experience of mentoring student nurses'].join('\n'),
    );
    expect(out.sections.map((s) => s.heading)).toEqual(['Key Responsibilities', 'Skills and abilities']);
  });

  it('leaves short sentences, fields and list lines alone', () => {
    const out = seg(['Responsibilities', 'We move fast.', 'Location: Leeds', '- Teamwork', 'Great team.'].join('\n'));
    expect(out.sections.map((s) => s.heading)).toEqual(['Responsibilities']);
    expect(out.sections[0].items.map((i) => i.text)).toEqual(['We move fast.', 'Teamwork', 'Great team.']);
  });
});

describe('sub-headings', () => {
  it('gives nested unknown headings the kind of the nearest known heading above them', () => {
    const out = seg(
      ['### Essential Job Functions:', '#### Client Relationship –', '- Serve as main contact.', '#### Client Growth –', '- Grow revenue with existing clients.', '### Perks', '#### Car –', '- A company car.'].join('\n'),
    );
    expect(kinds(out)).toEqual([
      ['Essential Job Functions', 'responsibilities'],
      ['Client Relationship', 'responsibilities'],
      ['Client Growth', 'responsibilities'],
      ['Perks', 'benefits'],
      ['Car', 'other'],
    ]);
  });

  it('reads a short Title Case line before a list as its heading, but not a sentence', () => {
    const out = seg(['Key Duties', 'Clinical', '- Assess patients on admission.', 'Governance', '- Report incidents.', 'Patients come first.', '- Keep records.'].join('\n'));
    expect(kinds(out)).toEqual([
      ['Key Duties', 'responsibilities'],
      ['Clinical', 'responsibilities'],
      ['Governance', 'responsibilities'],
    ]);
    expect(out.sections[2].items.map((i) => i.text)).toEqual(['Report incidents.', 'Patients come first.', 'Keep records.']);
  });

  it('reads a list line that is a known heading followed by prose as a heading', () => {
    const out = seg(['- Purpose of the role', 'The coordinator plans the care of about 120 clients.', '- Experience with Kubernetes', '- Experience with Terraform'].join('\n'));
    expect(kinds(out)).toEqual([['Purpose of the role', 'summary']]);
    expect(out.sections[0].items.map((i) => i.text)).toEqual([
      'The coordinator plans the care of about 120 clients.',
      'Experience with Kubernetes',
      'Experience with Terraform',
    ]);
  });

  it('reads a numbered list line as a heading only when its words are a heading', () => {
    const out = seg(['Requirements', '1. Communication skills', '2. Main Duties and Responsibilities', '3. Plan the rota.'].join('\n'));
    expect(kinds(out)).toEqual([
      ['Requirements', 'requirements'],
      ['Main Duties and Responsibilities', 'responsibilities'],
    ]);
    expect(out.sections[0].items.map((i) => i.text)).toEqual(['Communication skills']);
  });
});

describe('title and company', () => {
  it('takes them from fields', () => {
    const out = seg(['## Harbour Freight – Job Specification', '**Job Title :** Transport Planner', '**Company Name :** Harbour Freight Ltd.', 'Responsibilities', '- Plan routes.'].join('\n'));
    expect(out.title).toBe('Transport Planner');
    expect(out.company).toBe('Harbour Freight Ltd.');
    expect(out.roles).toEqual(['Transport Planner']);
  });

  it('splits field lines that arrive joined into one', () => {
    const out = seg('**Job Title :** Account Manager **Company Name :** Harbour Freight Ltd. **Department :** Sales');
    expect(out.title).toBe('Account Manager');
    expect(out.company).toBe('Harbour Freight Ltd.');
  });

  it('takes no line under what the post asks as its title', () => {
    const out = seg(['Requirements:', 'Solid experience with Python and PostgreSQL', 'Experience with CI/CD pipelines Docker and Kubernetes'].join('\n'));
    expect(out.title).toBe('');
    expect(out.roles).toEqual([]);
  });

  it('falls back to the first heading and an "About X" heading', () => {
    const out = seg(['# Senior Backend Engineer', 'About Lumen Analytics', 'Lumen builds tools for small retailers and has grown to forty staff since it started.', 'About us', 'We are friendly.'].join('\n'));
    expect(out.title).toBe('Senior Backend Engineer');
    expect(out.company).toBe('Lumen Analytics');
  });

  it('takes an ALL CAPS line that names a job, not a banner, and the company from the line under it', () => {
    const out = seg(['GROWING ACCOUNTS', 'DEVOPS ENGINEER – CLOUD PLATFORM', 'Kestrel Logistics | Manchester | Hybrid', 'About the service', 'Kestrel plans routes and loads for many trucks every night across the north of England.'].join('\n'));
    expect(out.title).toBe('DEVOPS ENGINEER – CLOUD PLATFORM');
    expect(out.company).toBe('Kestrel Logistics');
  });

  it('takes the title of an anonymized posting from before its first placeholder, and no title from a line without one', () => {
    const line = 'Frontend Engineer (f/m/d) <ORGANIZATION> <ADDRESS> <LOCATION> - <LOCATION> Date posted: 2021-03-28 Likes: 0 Job description: Job type: Full-time Role: Frontend Developer Technologies reactjs django Job description Join us as one of the first engineers to build the future of voice messages.';
    expect(seg(line).title).toBe('Frontend Engineer (f/m/d)');
    expect(seg(`Northwind Recruitment | Job reference 4471 | Posted 3 May 2023\n\n${line}`).title).toBe('Frontend Engineer (f/m/d)');
    expect(seg('We look forward to your application to <CONTACT> before the end of the month, and we answer every one of them within two weeks.').title).toBe('');
  });

  it('takes the employer from a line under the title that ends like an organisation\'s name', () => {
    const out = seg(['Band 6 Occupational Therapist', 'Pennine Valley NHS Foundation Trust', 'Job summary', 'You will carry a caseload of adults in the community and work with the whole team.'].join('\n'));
    expect(out.title).toBe('Band 6 Occupational Therapist');
    expect(out.company).toBe('Pennine Valley NHS Foundation Trust');
    expect(seg(['Warehouse Operative', 'Night shifts available', 'Job summary', 'You will pick and pack orders for our customers across the region.'].join('\n')).company).toBe('');
    // A field line under the title is no name, even split like one.
    expect(seg(['MEAL Coordinator', 'Contract Type: Local - Fixed Term', 'Job summary', 'You will plan the monitoring of every project.'].join('\n')).company).toBe('');
  });

  it('cuts a heading before lower-case tags in a joined line, never before a sentence', () => {
    const out = seg(
      'Programme Lead Deadline: 1 May Required No: 1 Location: Addis Ababa Preferred Qualifications Proven leader in the sector. Experience engaging partners and strengthening partnerships. Technologies excel sharepoint',
    );
    const headings = out.sections.map((s) => s.heading);
    expect(headings).not.toContain('Experience');
    expect(headings).toContain('Technologies');
  });

  it('takes the title before a job board header joined into one line, never a field value from it', () => {
    const out = seg(
      'Full-Stack Engineer (Java React) <ORGANIZATION> <LOCATION> Date posted: 2021-01-04 Job description: Job type: Full-time Experience level: Mid-Level Senior Lead Role: Frontend Developer Technologies java reactjs Job description: You will build the booking service.',
    );
    expect(out.title).toBe('Full-Stack Engineer (Java React)');
  });

  it('never takes a field name over its value or a line about where as the title', () => {
    const out = seg(['<ORGANIZATION> Cloud Services - Site Reliability Engineering Manager (SRE) <ORGANIZATION>', 'Job type:', 'Full-time', 'Job description', 'You will keep our cloud services running for every customer in the region.'].join('\n'));
    expect(out.title).toBe('Cloud Services - Site Reliability Engineering Manager (SRE)');
    expect(seg(['Working place is in <LOCATION>', 'There will be a schedule every month', 'You will plan the shifts and keep the records of the warehouse team.'].join('\n')).title).toBe('');
  });

  it('takes a line with a gender note as the title, and never a sentence, a field or a dangling preposition', () => {
    const board = ['Head of IT (m/f/d)', '<ORGANIZATION> <LOCATION>', 'Date posted: 2021-03-23', 'Job type:', 'Full-time', 'Job description', 'You will run our network and the people who keep it safe, from the firewall to the laptops of our staff.'];
    expect(seg(board.join('\n')).title).toBe('Head of IT (m/f/d)');
    expect(seg('Full Stack Engineer at <ORGANIZATION> <LOCATION>\nYou will build our platform with a small team of engineers who care about quality and speed.').title).toBe('Full Stack Engineer');
    expect(seg('You are a mechanical engineer with experience from working with maintenance and fabrication in the oil and gas industries.').title).toBe('');
    expect(seg('Deadline: 15 September 2016\nWe need someone who can take care of our customers and grow the business with us over the coming years.').title).toBe('');
  });

  it('takes the job an article opens with', () => {
    const out = seg('Account Manager: job responsibilities. What does the job mean and why does it matter so much to a company?');
    expect(out.title).toBe('Account Manager');
  });

  it('reads an article that opens with "X is a …"', () => {
    const out = seg('Client Manager is a specialist who keeps the relationship between a firm and its customers healthy over many years of work.');
    expect(out.title).toBe('Client Manager');
  });
});

describe('items', () => {
  it('splits prose into sentences, keeping abbreviations whole', () => {
    const out = seg(['Summary', 'You will use tools, e.g. Excel and SQL. Then you report to Dr. Hale every week. Travel is rare.'].join('\n'));
    expect(out.sections[0].items.map((i) => i.text)).toEqual([
      'You will use tools, e.g. Excel and SQL.',
      'Then you report to Dr. Hale every week.',
      'Travel is rare.',
    ]);
  });

  it('splits semicolon lists but not prose with one semicolon', () => {
    const out = seg(['Skills', 'Microsoft Office; HubSpot CRM; Google Analytics', 'The team is large and spread over three sites across the north; we meet in person once every quarter at the head office.'].join('\n'));
    expect(out.sections[0].items.map((i) => i.text)).toEqual([
      'Microsoft Office',
      'HubSpot CRM',
      'Google Analytics',
      'The team is large and spread over three sites across the north; we meet in person once every quarter at the head office.',
    ]);
  });

  it('splits a long semicolon list under a duties heading', () => {
    const out = seg(
      [
        'Main duties',
        'Carry out assessments of new clients in their homes, often together with the public health nurse; write person-centred care plans and review them every three months; schedule care visits and arrange cover for sickness and leave.',
      ].join('\n'),
    );
    expect(out.sections[0].items.map((i) => i.text)).toEqual([
      'Carry out assessments of new clients in their homes, often together with the public health nurse',
      'write person-centred care plans and review them every three months',
      'schedule care visits and arrange cover for sickness and leave',
    ]);
  });

  it('hangs level lines and indicators under their competency', () => {
    const out = seg(
      [
        'Skill Descriptors',
        'Patient Advocacy: Knowledge of patient rights and consent; ability to speak up for patients.',
        'Level Working Knowledge:',
        '- Explains care options in plain words.',
        '- Escalates concerns about consent.',
        'Clinical Judgement: Knowledge of early warning scores; ability to act on deterioration.',
        'Level Extensive Experience:',
        '- Leads the response to a deteriorating patient.',
      ].join('\n'),
    );
    const items = out.sections[0].items;
    expect(items.map((i) => i.parent)).toEqual([undefined, 0, 0, 0, undefined, 4, 4]);
    expect(out.sections[0].kind).toBe('skills');
  });
});

describe('role-comparison tables', () => {
  const table = [
    'Career paths in client services',
    'Role\tJunior Analyst\tAnalyst\tLead Analyst',
    'Reports To:\tTeam Lead\tTeam Lead\tHead of Data',
    'Main Duties & Responsibilities\t\t\t',
    'Role\tJunior Analyst\tAnalyst\tLead Analyst',
    '\t• Cleans raw data • Builds weekly reports\t• Designs dashboards\t• Sets the analytics roadmap',
    'Technical Competencies\t\t\t',
    'Tools\tExcel\tSQL; Tableau\tPython',
  ].join('\n');

  it('gives one section per role and row, classified by the row label or its group', () => {
    const out = seg(table);
    expect(out.roles).toEqual(['Junior Analyst', 'Analyst', 'Lead Analyst']);
    const duties = out.sections.filter((s) => s.kind === 'responsibilities');
    expect(duties.map((s) => [s.role, s.items.map((i) => i.text)])).toEqual([
      ['Junior Analyst', ['Cleans raw data', 'Builds weekly reports']],
      ['Analyst', ['Designs dashboards']],
      ['Lead Analyst', ['Sets the analytics roadmap']],
    ]);
    expect(out.sections.filter((s) => s.heading === 'Tools').map((s) => [s.kind, s.role])).toEqual([
      ['skills', 'Junior Analyst'],
      ['skills', 'Analyst'],
      ['skills', 'Lead Analyst'],
    ]);
    expect(out.sections.find((s) => s.heading === 'Reports To')?.kind).toBe('other');
  });

  it('reads tables that follow each other, one without its own role row, as the same roles', () => {
    const out = seg(
      [
        'Role\tJunior Analyst\tAnalyst',
        'Main Duties\tCleans raw data\tDesigns dashboards',
        'Intro paragraph between the two tables.',
        'Technical Competencies\t\t',
        'Tools\tExcel\tSQL',
      ].join('\n'),
    );
    expect(out.roles).toEqual(['Junior Analyst', 'Analyst']);
    expect(out.sections.filter((s) => s.heading === 'Tools').map((s) => [s.role, s.kind, s.items[0].text])).toEqual([
      ['Junior Analyst', 'skills', 'Excel'],
      ['Analyst', 'skills', 'SQL'],
    ]);
  });

  it('reads a table without a role row as ordinary text', () => {
    const out = seg(['Shift\tHours', 'Early\t6-14', 'Late\t14-22'].join('\n'));
    expect(out.roles).toEqual([]);
    expect(out.sections.every((s) => s.role === undefined)).toBe(true);
    expect(out.sections.flatMap((s) => s.items.map((i) => i.text))).toContain('Early');
  });
});

describe('configuration', () => {
  it('rejects a heading lexicon with an unknown section kind, naming the key', () => {
    const bad = () => ({ sections: [{ kind: 'perks', phrases: { en: ['perks'] } }], fields: { title: [], company: [], other: [] }, levels: [] });
    expect(() => resolveSegmentConfig(segmentOptionsSchema.parse({}), bad)).toThrow(/segment\.headingLexicon/);
  });
});

describe('headings that open with "Essential"', () => {
  it('reads essential duties as duties and "Essential" alone as the requirements of a person specification', () => {
    const out = seg(['Essential Job Responsibilities', '- Provide nutrition technical support', 'Essential', '- Degree in Nutrition'].join('\n'));
    expect(kinds(out)).toEqual([
      ['Essential Job Responsibilities', 'responsibilities'],
      ['Essential', 'requirements'],
    ]);
  });
});

describe('short lines before a list', () => {
  it('reads tool names and a requirement as items, not sub-headings', () => {
    const out = seg(['Requirements', 'HTML & SCSS', '- Experience with ES6', 'Familiarity with RIXML', '- Node.js'].join('\n'));
    const items = out.sections.flatMap((s) => s.items.map((i) => i.text));
    expect(items).toEqual(expect.arrayContaining(['HTML & SCSS', 'Familiarity with RIXML']));
    expect(out.sections.map((s) => s.heading)).not.toContain('HTML & SCSS');
  });
});

describe('postings pasted as one line', () => {
  it('reads one-word category headings run together without colons ("… in Nursing Experience Two years … Skills Good …")', () => {
    const out = seg('Laboratory Technician\n\nJob Requirements Education BSc in Laboratory Technology Experience Two years of relevant experience Skills Good communication skills');
    expect(out.sections.slice(1).map((x) => [x.kind, x.items.map((i) => i.text)])).toEqual([
      ['requirements', ['BSc in Laboratory Technology']],
      ['experience', ['Two years of relevant experience']],
      ['skills', ['Good communication skills']],
    ]);
    // (Nor after a count or "Work": "3 Year Work Experience" ends a phrase.)
    const counted = seg('Driver\n\nJob Requirements Education Grade 10 Or Above 3 Year Work Experience Location: Saris Skills Good driving record');
    expect(counted.sections.some((x) => x.heading === 'Experience')).toBe(false);
    // (One such word alone is part of the sentence: "… in Nursing Experience Award".)
    expect(seg('Nurse\n\nWe won the Patient Experience Award in 2024 and we grow.').sections.some((x) => x.kind === 'experience')).toBe(false);
  });

  it('reads category words listed in Title Case in a run-on line as one heading ("… reports Knowledge, Skills and Abilities Strong …")', () => {
    const out = seg(
      'Data Analyst\n\nAbout the role We are hiring an analyst for our sales team. Responsibilities: Analyse sales data Prepare monthly reports Knowledge, Skills and Abilities Strong Excel skills Knowledge of SQL',
    );
    expect(section(out, 'Knowledge, Skills and Abilities')?.kind).toBe('skills');
    expect(section(out, 'Knowledge, Skills and Abilities')?.items.map((i) => i.text)).toEqual(['Strong Excel skills Knowledge of SQL']);
    expect(out.sections.flatMap((s) => s.items.map((i) => i.text)).some((t) => t.includes('Prepare monthly reports'))).toBe(true);
    // The object of a sentence, or a list that ends in a lower-case word, stays in the sentence.
    for (const line of [
      'Data Analyst\n\nAbout the role We are hiring an analyst who brings the Knowledge, Skills and Abilities Our clients expect and more to our sales team every day.',
      'Data Analyst\n\nAbout the role We are hiring an analyst who brings Knowledge, Skills and Abilities that our clients value in our sales team every day.',
    ]) {
      expect(seg(line).sections.some((s) => s.heading.startsWith('Knowledge, Skills'))).toBe(false);
    }
  });

  it('reads the attitudes a person specification asks for as a skills heading ("Skills, Attitudes and Attributes")', () => {
    const out = seg(
      'Finance Officer\n\nJob Requirements Education BA degree in Accounting Experience Two years of relevant experience Skills, Attitudes and Attributes Excellent communication skills',
    );
    expect(section(out, 'Skills, Attitudes and Attributes')?.kind).toBe('skills');
    expect(section(out, 'Skills, Attitudes and Attributes')?.items.map((i) => i.text)).toEqual(['Excellent communication skills']);
    expect(out.sections.flatMap((s) => s.items.map((i) => i.text))).toContain('Two years of relevant experience');
  });

  it('reads a heading phrase after a possessive as a name in the sentence, not a section', () => {
    const out = seg(
      "Programme Manager\n\nResponsibilities: § Represent the organization at meetings § Apply the organization's Code of Conduct Human Resources Management: § Develop support strategies for staff",
    );
    expect(out.sections.map((s) => s.kind)).not.toContain('legal');
    expect(out.sections.flatMap((s) => s.items.map((i) => i.text))).toContain('Develop support strategies for staff');
    expect(out.sections.find((s) => s.items.some((i) => i.text === 'Develop support strategies for staff'))?.kind).toBe('responsibilities');
  });

  it('reads the value after an inline heading and its colon as the section\'s first item, never as a sub-heading', () => {
    const out = seg('Electrical Engineer\n\nWe build power stations. Job Requirements: • Education: BSc in Electrical Engineering • Total Experience: 5 years and above');
    const education = out.sections.find((s) => s.kind === 'education');
    expect(education?.heading).toBe('Education');
    expect(education?.items.map((i) => i.text)).toEqual(['BSc in Electrical Engineering', 'Total Experience: 5 years and above']);
  });

  it('reads "Relevant Experience:" run in after a degree as one heading, not "Relevant" as the degree\'s last word', () => {
    const out = seg('Accountant\n\nJob Requirements Qualification: BA in Accounting Relevant Experience: 2 years in audit');
    expect(out.sections.map((s) => [s.heading, s.items.map((i) => i.text)])).toContainEqual(['Relevant Experience', ['2 years in audit']]);
    expect(out.sections.flatMap((s) => s.items.map((i) => i.text))).toContain('BA in Accounting');
  });

  it('loses nothing of a line that runs from joined fields into the posting\'s text', () => {
    const out = seg(
      [
        'Warehouse Clerk',
        '',
        'Job Title: Warehouse Clerk Company Name: Acme Trading PLC Deadline: May 3, 2023 Required No: 2 Job Requirements Diploma in Logistics or a related field and two years of experience in stock control',
      ].join('\n'),
    );
    expect(out.company).toBe('Acme Trading PLC');
    const requirements = out.sections.find((s) => s.kind === 'requirements');
    expect(requirements?.items.map((i) => i.text)).toEqual(['Diploma in Logistics or a related field and two years of experience in stock control']);
  });

  it('leaves a heading word that closes an item to the item before a field of another kind ("… Good Communication Skill Salary: …")', () => {
    const out = seg('Experience: 0-2 years Skills: Computer Skills, Honesty, Good Communication Skill Salary: As per company scale Deadline: 10 days from posting date');
    expect(out.sections.find((s) => s.kind === 'skills')?.items.map((i) => i.text)).toEqual(['Computer Skills, Honesty, Good Communication Skill']);
    expect(out.sections.find((s) => s.heading === 'Salary')?.kind).toBe('benefits');
  });

  it('reads a benefits or application heading run into its text, its punctuation lost, and not a sentence that opens like one', () => {
    const out = seg(
      [
        'Responsibilities',
        '- Design mechanical solutions in CAD',
        'Whats in it for you A job in a growing global organisation with energetic and engaged colleagues',
        'How to apply Please send your CV and a cover letter to the address below',
      ].join('\n'),
    );
    expect(kinds(out).slice(-2)).toEqual([
      ['Whats in it for you', 'benefits'],
      ['How to apply', 'apply'],
    ]);
    const prose = seg(['Responsibilities', '- Design mechanical solutions in CAD', 'What we offer is a chance to shape the product from its first day'].join('\n'));
    expect(kinds(prose).map(([, k]) => k)).not.toContain('benefits');
  });

  it('finds inline headings and the items after inline bullets', () => {
    const out = seg(
      'Store Keeper\n\nOur client is a growing trading company in the capital. JOB SUMMARY The store keeper keeps the stock records. ' +
        'DUTIES AND RESPONSIBILITIES : · Receive goods and check them against orders; · Keep the bin cards up to date · Prepare monthly stock reports ' +
        'Job Requirements · Diploma in Accounting or related field · Two years of experience in a warehouse How to Apply Send your CV to the office.',
    );
    const kinds = out.sections.map((s) => [s.heading, s.kind]);
    expect(kinds).toContainEqual(['DUTIES AND RESPONSIBILITIES', 'responsibilities']);
    expect(kinds).toContainEqual(['Job Requirements', 'requirements']);
    expect(kinds).toContainEqual(['How to Apply', 'apply']);
    const duties = out.sections.find((s) => s.kind === 'responsibilities')!;
    expect(duties.items.map((i) => i.text)).toEqual(['Receive goods and check them against orders', 'Keep the bin cards up to date', 'Prepare monthly stock reports']);
    expect(out.sections.find((s) => s.kind === 'requirements')!.items.map((i) => i.text)).toEqual([
      'Diploma in Accounting or related field',
      'Two years of experience in a warehouse',
    ]);
  });

  it('splits a line\'s items numbered from 1 whatever their case ("Duties: 1) prepare … 2) reconcile …")', () => {
    const out = seg('Duties: 1) prepare monthly financial reports 2) reconcile bank statements 3) handle payroll.');
    expect(out.sections.find((s) => s.kind === 'responsibilities')?.items.map((i) => i.text)).toEqual(['prepare monthly financial reports', 'reconcile bank statements', 'handle payroll.']);
    // Letters from a too.
    expect(seg('Responsibilities: a) visit customers b) prepare weekly sales reports c) collect payments').sections.find((s) => s.kind === 'responsibilities')?.items.map((i) => i.text)).toEqual([
      'visit customers',
      'prepare weekly sales reports',
      'collect payments',
    ]);
    // (Numbers that do not count up from 1 stay in the text.)
    expect(seg('Duties: handle 2) cash and 5) cheques daily.').sections.flatMap((s) => s.items.map((i) => i.text))).toEqual(['handle 2) cash and 5) cheques daily.']);
  });

  it('finds headings written in sentence case inside a posting pasted as one line, not a clause or an object', () => {
    const out = seg(
      'Sales Officer Addis Ababa full time minimum 2 years Key competencies required Strong communication skills and good negotiation skills ' +
        'for the market Duties and responsibilities Prepare weekly sales reports and follow up customer orders Educational qualification BA degree in Marketing',
    );
    expect(kinds(out).slice(1)).toEqual([
      ['Key competencies required', 'skills'],
      ['Duties and responsibilities', 'responsibilities'],
      ['Educational qualification', 'education'],
    ]);
    expect(section(out, 'Duties and responsibilities')?.items.map((i) => i.text)).toEqual(['Prepare weekly sales reports and follow up customer orders']);
    // After a field's short value too ("Sex: Female Key competencies required …").
    const field = seg('Sales Officer Location: Addis Ababa Sex: Female Key competencies required Strong interpersonal and communication skills and integrity in all dealings with customers');
    expect(kinds(field).map(([h]) => h)).toContain('Key competencies required');
    // A clause ("You will work Monday …"), a requirement ("Experience with Docker …"), the object of a verb: no heading.
    const prose = seg(
      'Responsibilities\nYou will work Monday to Friday in our busy office and support the team with every request they bring. Experience with Docker Compose and ' +
        'Kubernetes is a plus. We will review Job descriptions Quarterly with every manager in the region and their staff.',
    );
    expect(kinds(prose)).toEqual([['Responsibilities', 'responsibilities']]);
  });

  it('reads a requirement typed in capitals as an item, not a heading (a sentence with its full stop, a verdict, a grade)', () => {
    const out = seg('Requirements:\nEXPERIENCE OF WORKING IN A WAREHOUSE ENVIRONMENT IS ESSENTIAL.\nGOOD COMMUNICATION SKILLS\nFORKLIFT LICENCE IS REQUIRED');
    expect(kinds(out)).toEqual([['Requirements', 'requirements']]);
    expect(out.sections[0].items.map((i) => i.text)).toEqual([
      'EXPERIENCE OF WORKING IN A WAREHOUSE ENVIRONMENT IS ESSENTIAL.',
      'GOOD COMMUNICATION SKILLS',
      'FORKLIFT LICENCE IS REQUIRED',
    ]);
    // (A heading in capitals stays one.)
    expect(kinds(seg('KEY RESPONSIBILITIES\nPrepare monthly reports.'))).toEqual([['KEY RESPONSIBILITIES', 'responsibilities']]);
  });

  it('reads a field label run into a one-line posting whole: "Educational Level:", "Years of Experience:"', () => {
    const out = seg(
      'Sales Representative We are looking for a dedicated Sales Representative to promote our products to retailers. Job Requirements Educational Level: ' +
        "Bachelor's Degree in Marketing or related fields Years of Experience: 2 - 3 years Skills: Good communication skills",
    );
    expect(kinds(out).slice(-4)).toEqual([
      ['Job Requirements', 'requirements'],
      ['Educational Level', 'education'],
      ['Years of Experience', 'experience'],
      ['Skills', 'skills'],
    ]);
    expect(section(out, 'Educational Level')?.items.map((i) => i.text)).toEqual(["Bachelor's Degree in Marketing or related fields"]);
  });

  it('reads a qualifier and "work" before a label\'s heading word as the label\'s ("… in Accounting Related work Experience: …")', () => {
    const out = seg('Job Requirements\nBA degree in Accounting Related work Experience: 2 years in a similar position');
    expect(kinds(out)).toEqual([
      ['Job Requirements', 'requirements'],
      ['Related work Experience', 'experience'],
    ]);
    expect(section(out, 'Job Requirements')?.items.map((i) => i.text)).toEqual(['BA degree in Accounting']);
  });

  it('reads "Is this you?" on a line of its own as the heading of what the candidate is asked to be', () => {
    const out = seg('Is this you?\nOrganised, proactive and able to juggle multiple priorities.');
    expect(kinds(out)).toEqual([['Is this you', 'requirements']]);
  });

  it('finds a heading before the dash of its first item in a posting pasted as one line, after a capitalised word too', () => {
    const out = seg(
      'Vacancy Announcement Position: Nurse Experience: 2 years for BSc and 4 years for Diploma Main responsibilities - Provide nursing care for patients ' +
        '- Administer medication as prescribed - Work in shifts including nights and weekends Required skills - Compassionate - Ability to work under pressure',
    );
    expect(section(out, 'Main responsibilities')?.kind).toBe('responsibilities');
    expect(section(out, 'Main responsibilities')?.items.map((i) => i.text)).toEqual([
      'Provide nursing care for patients',
      'Administer medication as prescribed',
      'Work in shifts including nights and weekends',
    ]);
    expect(section(out, 'Required skills')?.items.map((i) => i.text)).toEqual(['Compassionate', 'Ability to work under pressure']);
  });

  it('reads "Your qualifications" as the heading it names in a run-on line, also where the line ends with it', () => {
    const out = seg(
      'Analyst\nWe are hiring for our pricing team Coordinate changes in external prices and present pricing analyses to managers Develop and maintain analysis tools Your qualifications\n' +
        'You have an analytical mind-set.\nYour responsibility Test the application in cooperation with the rest of the team and fix the bugs that customers report to support Your opportunities\n' +
        'A world of opportunities.',
    );
    expect(kinds(out).slice(1)).toEqual([
      ['Your qualifications', 'requirements'],
      ['Your responsibility', 'responsibilities'],
      ['Your opportunities', 'benefits'],
    ]);
    expect(section(out, 'Your qualifications')?.items.map((i) => i.text)).toEqual(['You have an analytical mind-set.']);
    // A possessive before a word that names no section is a clause or an object: "Your manager …", "… of your team".
    const prose = seg('We are hiring for our pricing team and you will coordinate changes in external prices with local markets Your manager Anna will train you in our tools');
    expect(kinds(prose)).toEqual([['', 'summary']]);
  });

  it('finds "Job Requirements" after a capitalised name in a posting pasted as one line ("… to the Area Manager Job Requirements BA …")', () => {
    const out = seg('Main Duties Prepare monthly reports and submit them to the Area Manager Job Requirements BA degree in Public Health with 4 years of relevant work experience');
    expect(kinds(out)).toEqual([['Main Duties', 'responsibilities'], ['Job Requirements', 'requirements']]);
    expect(section(out, 'Job Requirements')?.items.map((i) => i.text)).toEqual(['BA degree in Public Health with 4 years of relevant work experience']);
  });

  it('opens a person specification\'s criteria with their category when the table is read as one line ("Qualifications Essential criteria …")', () => {
    const out = seg(
      'Person Specification\nQualifications Essential criteria Registered Nurse (Adult) on the NMC register Desirable criteria Mentorship or practice assessor ' +
        'qualification Experience Essential criteria Experience of working in an acute care setting',
    );
    expect(kinds(out)).toEqual([
      ['Person Specification', 'requirements'],
      ['Qualifications Essential criteria', 'requirements'],
      ['Desirable criteria', 'requirements'],
      ['Experience Essential criteria', 'experience'],
    ]);
    expect(section(out, 'Qualifications Essential criteria')?.items.map((i) => i.text)).toEqual(['Registered Nurse (Adult) on the NMC register']);
    // A heading that names its section alone keeps the heading word before it out ("… Job Requirements Education and experience …").
    const alone = seg('Physiotherapist Employment type: Permanent Job Requirements Education and experience Degree in physiotherapy and registration with the professional body');
    expect(kinds(alone).slice(1)).toEqual([['Job Requirements', 'requirements'], ['Education and experience', 'education']]);
  });

  it('finds a known heading with a pronoun or verb in it inside a line pasted as one, not a clause like it', () => {
    const out = seg(
      'Senior Developer Your tasks Review code written by the team and keep the build green every day of the week Your mindset Curious and calm ' +
        'under pressure What we offer Employer-funded pension and thirty days of leave Documents to download Job description (PDF)',
    );
    expect(kinds(out).map(([h]) => h)).toContain('What we offer');
    expect(kinds(out).slice(-3, -1)).toEqual([
      ['What we offer', 'benefits'],
      ['Documents to download', 'apply'],
    ]);
    const clause = seg('Responsibilities\nReview code written by the team and keep the build green every day of the week What we offer is a chance to grow with us');
    expect(kinds(clause)).toEqual([['Responsibilities', 'responsibilities']]);
    // A known heading that opens with "you" opens a sentence as often ("You will be HCPC registered …").
    const you = seg('Physiotherapist\nWelcome to our friendly and busy respiratory team at the hospital. You will be HCPC registered with significant experience in respiratory care.');
    expect(kinds(you).map(([h]) => h)).not.toContain('You will be');
  });

  it('reads a person specification table pasted as one line: no assessment method in a criterion, each category a heading', () => {
    const oneLine = seg(
      'Person Specification Criteria Essential Desirable Assessed by Qualifications BSc (Hons) Occupational Therapy Application form Experience ' +
        'Clinical placements in mental health settings Experience of group work Application form and interview Skills Ability to manage a caseload Interview ' +
        'Other Full UK driving licence Application form',
    );
    // The same table with a line per row, under its header's line.
    const rows = seg(
      [
        'Person Specification',
        'Criteria Essential Desirable How assessed',
        'Qualifications BSc (Hons) Occupational Therapy Application form',
        'Experience Experience of working with older people Application form and interview',
        'Skills Ability to manage a caseload Interview',
        'Other Full UK driving licence Application form',
      ].join('\n'),
    );
    for (const out of [oneLine, rows]) {
      // ("Other": the table's row of what fits no category; its label is no word of the criterion.)
      expect(kinds(out).slice(-4).map(([h]) => h)).toEqual(['Qualifications', 'Experience', 'Skills', 'Other']);
      expect(kinds(out).slice(-4, -1)).toEqual([
        ['Qualifications', 'requirements'],
        ['Experience', 'experience'],
        ['Skills', 'skills'],
      ]);
      const texts = out.sections.flatMap((s) => s.items.map((i) => i.text));
      expect(texts).toContain('Full UK driving licence');
      expect(texts).toContain('BSc (Hons) Occupational Therapy');
      expect(texts).toContain('Ability to manage a caseload');
      for (const t of texts) expect(t).not.toMatch(/Application form|Interview$|Assessed by|How assessed/);
    }
    // Without a table's header in the line, "Interview" is a word of the text.
    const prose = seg('Responsibilities\nPrepare candidates for the Interview Skills workshop and book rooms for every session of the programme each month');
    expect(prose.sections[0].items.map((i) => i.text)).toEqual(['Prepare candidates for the Interview Skills workshop and book rooms for every session of the programme each month']);
  });

  it('reads the assessment column\'s codes ("A", "I", "A/I/R") and a category of two words ("Personal qualities") in a person specification\'s rows', () => {
    const out = seg(
      [
        'Person Specification',
        'Criteria Essential Desirable Assessment',
        'Qualifications Registered Nurse (Adult) with current NMC registration Mentorship qualification A/I/R',
        'Degree level qualification or equivalent experience Post-registration qualification in critical care A',
        'Knowledge Understanding of NMC Code of Conduct Knowledge of clinical governance I',
        'Personal qualities Flexible approach to working patterns I',
        'Other Grade A in GCSE Maths A',
      ].join('\n'),
    );
    expect(kinds(out).slice(-4).map(([h]) => h)).toEqual(['Qualifications', 'Knowledge', 'Personal qualities', 'Other']);
    const texts = out.sections.flatMap((s) => s.items.map((i) => i.text));
    expect(texts).toContain('Degree level qualification or equivalent experience Post-registration qualification in critical care');
    expect(texts).toContain('Understanding of NMC Code of Conduct Knowledge of clinical governance');
    expect(texts).toContain('Flexible approach to working patterns');
    // ("grade A" is the grade's.)
    expect(texts).toContain('Grade A in GCSE Maths');
  });

  it('reads a job board header pasted without its colons as fields, and the title before them', () => {
    const out = seg(
      'Staff Nurse - Eating Disorders Date posted 12 November 2026 Pay scheme Agenda for change Band Band 5 Salary £29,970 to £36,483 a year ' +
        'Contract Permanent Working pattern Full-time, Flexible working Job summary We are recruiting a staff nurse for our inpatient unit',
    );
    expect(out.title).toBe('Staff Nurse - Eating Disorders');
    expect(out.sections.flatMap((s) => s.items.map((i) => i.text))).toEqual(['Staff Nurse - Eating Disorders', 'We are recruiting a staff nurse for our inpatient unit']);
    // Field names in prose are no header: "Band" and "Salary" once each, far apart.
    const prose = seg(
      'Responsibilities\nPlan the Band Concert programme with the music teachers and the parents of the pupils every term of the school year, ' +
        'and check each Salary Review against the budget',
    );
    expect(prose.sections[0].items).toHaveLength(1);
  });

  it('reads one-word verdicts of a person specification pasted as one line ("… development Desirable Non-medical …")', () => {
    const out = seg(
      'Person specification Qualifications Essential Registered Nurse with current NMC registration Evidence of continuing professional development ' +
        'Desirable Non-medical prescribing qualification',
    );
    expect(section(out, 'Desirable')?.items.map((i) => i.text)).toEqual(['Non-medical prescribing qualification']);
    // The criteria's category before a verdict opens the heading, even after a name ("… Care Act Skills Essential …"); so
    // does a heading after a date's year ("… 25 November 2026 Person Specification …").
    const category = seg(
      'Shortlisting date 25 November 2026 Person Specification Knowledge Essential Knowledge of the Mental Health Act and Care Act Skills Essential ' +
        'Enthusiastic and motivated Desirable Experience of teaching',
    );
    expect(kinds(category).slice(1).map(([h]) => h)).toEqual(['Person Specification Knowledge Essential', 'Skills Essential', 'Desirable']);
    expect(section(category, 'Person Specification Knowledge Essential')?.items.map((i) => i.text)).toEqual(['Knowledge of the Mental Health Act and Care Act']);
    // Without both verdicts in the line, "Essential" before a capital is a word of the text.
    const one = seg('Responsibilities\nMaintain the stock of medical devices in the clinic and order Essential Supplies when the stock runs low each week');
    expect(kinds(one)).toEqual([['Responsibilities', 'responsibilities']]);
  });

  it('reads the NHS Jobs heading "Employer certification / accreditation badges" as the employer\'s, before the badges\' text', () => {
    const out = seg(['Person specification', 'Excellent communication skills', 'Employer certification / accreditation badges', 'Disability confident employer. Armed Forces Covenant.'].join('\n'));
    expect(kinds(out)).toEqual([
      ['Person specification', 'requirements'],
      ['Employer certification / accreditation badges', 'company'],
    ]);
  });

  it('ends a run-in equal-opportunity statement in a posting pasted as one line at its first sentence about something else', () => {
    const out = seg(
      'Network Engineer Knowledge of Linux and Windows networking. Acme is an Equal Employment Opportunity Employer. All qualified applicants will ' +
        'receive consideration for employment without regard to race or religion. Supports the design of a large cloud environment. Mentors junior engineers.',
    );
    expect(kinds(out).map(([, k]) => k)).toEqual(['summary', 'legal', 'summary']);
    expect(out.sections[2].items.map((i) => i.text)).toEqual(['Supports the design of a large cloud environment.', 'Mentors junior engineers.']);
  });

  it('cuts a line at its recurring dashes, not at the dash of a range ("3 - 4 years", "£25k - 40k")', () => {
    const out = seg(
      'Developer\nThe role pays £25k - 40k and you will need around 3 - 4 years of industry experience to work on a variety of projects - Great team - Flexible hours',
    );
    expect(out.sections.flatMap((s) => s.items.map((i) => i.text)).slice(1)).toEqual([
      'The role pays £25k - 40k and you will need around 3 - 4 years of industry experience to work on a variety of projects',
      'Great team',
      'Flexible hours',
    ]);
  });

  it('cuts a line at its recurring asterisks as well as at the dashes that recur in it', () => {
    const out = seg('Developer\nSoftware Engineer - Full Stack Requirements: * Strong Java skills. * Experience with Maven - Junit - Mockito etc * Unix scripting');
    expect(out.sections.flatMap((s) => s.items.map((i) => i.text)).slice(-5)).toEqual(['Strong Java skills.', 'Experience with Maven', 'Junit', 'Mockito etc', 'Unix scripting']);
  });

  it('splits a duties list that lost its line breaks at each "You" after a lower-case word', () => {
    const out = seg('Head of IT\nYour tasks\nYou lead and develop the IT team You are responsible for our global IT operations You operate company DNS and email infrastructure');
    expect(section(out, 'Your tasks')?.items.map((i) => i.text)).toEqual([
      'You lead and develop the IT team',
      'You are responsible for our global IT operations',
      'You operate company DNS and email infrastructure',
    ]);
    // Once in a sentence that does not open with it: no list.
    const prose = seg('Head of IT\nYour tasks\nIn this role with our growing team You will lead the IT operations of the group.');
    expect(section(prose, 'Your tasks')?.items).toHaveLength(1);
  });

  it('finds "About us" after a job title and "Skills Needed" in a posting pasted as one line', () => {
    const out = seg(
      'Principal DevOps Engineer About us We make a huge investment in everyone and celebrate success. You will coach the other engineers ' +
        "without taking on full management responsibilities. Skills Needed You'll have strong hands-on experience in devops.",
    );
    // (What the candidate will do ends the employer's sentences: see the next test.)
    expect(kinds(out).map(([, k]) => k)).toEqual(['summary', 'company', 'summary', 'skills']);
    expect(section(out, 'Skills Needed')?.items.map((i) => i.text)).toEqual(["You'll have strong hands-on experience in devops."]);
  });

  it('ends a run-in "About us" in a posting pasted as one line at its first sentence telling the candidate what they will do', () => {
    const out = seg(
      'IT Support Analyst About us We are a growing logistics company with 300 staff. Our values guide everything we do. Your role in the team ' +
        'Working as part of a small IT team you will provide second-line support to users. You are responsible for patching servers.',
    );
    expect(kinds(out).map(([, k]) => k)).toEqual(['summary', 'company', 'summary']);
    expect(out.sections[1].items.map((i) => i.text)).toEqual(['We are a growing logistics company with 300 staff.', 'Our values guide everything we do.']);
    expect(out.sections[2].items.map((i) => i.text)).toEqual([
      'Your role in the team Working as part of a small IT team you will provide second-line support to users.',
      'You are responsible for patching servers.',
    ]);
  });

  it('reads headings written as questions ("What will you do?", "Who are we looking for?", "What do we offer?")', () => {
    const out = seg(
      ['Data Analyst', 'Who are we?', 'We are a fintech startup in Berlin.', 'What will you do?', 'Build dashboards in Power BI', 'Who are we looking for?', 'A degree in statistics', 'What do we offer?', 'A modern office', 'Interested?', 'Send us your CV.'].join('\n'),
    );
    expect(kinds(out).slice(1)).toEqual([
      ['Who are we', 'company'],
      ['What will you do', 'responsibilities'],
      ['Who are we looking for', 'requirements'],
      ['What do we offer', 'benefits'],
      ['Interested', 'apply'],
    ]);
  });

  it('keeps a benefit named by a heading word ("Educational Assistance") in the benefits list around it', () => {
    const out = seg(['Job benefits:', 'Medical and Dental Plans', 'Educational Assistance', 'Charitable Contribution Matching', 'Education', 'Degree in Computer Science'].join('\n'));
    expect(kinds(out)).toEqual([['Job benefits', 'benefits'], ['Education', 'education']]);
    expect(section(out, 'Job benefits')?.items.map((i) => i.text)).toContain('Educational Assistance');
    // Its other words a heading's ("Educational Requirements"), or the list ended, it opens its section.
    expect(kinds(seg(['Job benefits:', 'Medical and Dental Plans', 'Educational Requirements', 'Degree in Computer Science'].join('\n')))).toEqual([['Job benefits', 'benefits'], ['Educational Requirements', 'education']]);
  });

  it('reads recruitment agencies\' headings ("Your new role", "The Successful Applicant", "What\'s on Offer" …)', () => {
    const out = seg(['Your new company', 'A manufacturer in Telford.', '', 'Your new role', 'Process supplier invoices.', '', 'What you need to do now', "Click 'apply now'."].join('\n'));
    expect(kinds(out)).toEqual([['Your new company', 'company'], ['Your new role', 'responsibilities'], ['What you need to do now', 'apply']]);
    const page = seg(['The Successful Applicant', '- ACCA or CIMA qualified', '', "What's on Offer", '- Hybrid working'].join('\n'));
    expect(kinds(page)).toEqual([['The Successful Applicant', 'requirements'], ["What's on Offer", 'benefits']]);
    expect(kinds(seg(['The Person', 'You will be IRPM qualified.'].join('\n')))).toEqual([['The Person', 'requirements']]);
  });

  it('starts an item at each capital "To" inside a line whose duty bullets were lost, two or more of them', () => {
    const out = seg('Main duties To assess patients with complex needs and plan their care To supervise Band 5 staff To keep accurate records');
    expect(out.sections.flatMap((s) => s.items.map((i) => i.text))).toEqual(['To assess patients with complex needs and plan their care', 'To supervise Band 5 staff', 'To keep accurate records']);
    const one = seg('Main duties: Deliver care to patients and report To the nurse in charge any changes');
    expect(one.sections.flatMap((s) => s.items.map((i) => i.text))).toEqual(['Deliver care to patients and report To the nurse in charge any changes']);
  });

  it('reads a heading inside a run of capitalised words only before a colon, and leaves competency names alone', () => {
    const out = seg('Community Health Nurse Responsibilities: Visiting patients at home and dressing wounds. Keeping care records.');
    expect(out.sections.map((s) => s.kind)).toContain('responsibilities');
    const named = seg(['Skill Descriptors', 'Industry Knowledge: Knowledge of the sector and its rules; ability to apply them.', 'Level Working Knowledge:'].join('\n'));
    expect(named.sections.map((s) => s.kind)).toEqual(['skills']);
  });

  it('reads no heading inside a name an acronym opens ("the NMC Code of Conduct")', () => {
    const out = seg(['Knowledge', 'Understanding of the NMC Code of Conduct', 'Knowledge of infection control procedures'].join('\n'));
    expect(out.sections.map((s) => s.kind)).toEqual(['skills']);
    expect(out.sections[0].items.map((i) => i.text)).toEqual(['Understanding of the NMC Code of Conduct', 'Knowledge of infection control procedures']);
  });

  it('reads "Knowledge of the Mental Health Act" as a requirement line, "Skills of the successful candidate" as a heading', () => {
    const out = seg(['Knowledge and Skills', 'Knowledge of the Mental Health Act', 'Ability to work as part of a team', '', 'Skills of the successful candidate', 'Enthusiastic and motivated'].join('\n'));
    expect(kinds(out).map(([h]) => h)).toEqual(['Knowledge and Skills', 'Skills of the successful candidate']);
    expect(out.sections[0].items.map((i) => i.text)).toEqual(['Knowledge of the Mental Health Act', 'Ability to work as part of a team']);
  });

  it('reads no heading in a Title Case name after "the" or a preposition ("the Data Protection Act", "with Health and Safety …")', () => {
    const out = seg(
      [
        'Person specification',
        '- Sound knowledge of the Data Protection Act and information governance',
        '- Works in line with Health and Safety legislation at all times',
        '- Experience of audit',
      ].join('\n'),
    );
    expect(out.sections.map((s) => s.kind)).toEqual(['requirements']);
    expect(out.sections[0].items.map((i) => i.text)).toEqual([
      'Sound knowledge of the Data Protection Act and information governance',
      'Works in line with Health and Safety legislation at all times',
      'Experience of audit',
    ]);
  });

  it('reads the NHS Jobs part "Working for our organisation" as the employer', () => {
    const out = seg(['Main duties of the job', 'To administer medicines in line with Trust policy.', '', 'Working for our organisation', 'The Trust is committed to equality and diversity. Free meals and parking.'].join('\n'));
    expect(kinds(out)).toEqual([
      ['Main duties of the job', 'responsibilities'],
      ['Working for our organisation', 'company'],
    ]);
  });

  it('reads the NHS Jobs heading "Detailed job description and main responsibilities" as the duties', () => {
    const out = seg(['Job overview', 'We are seeking a Pharmacy Technician.', '', 'Detailed job description and main responsibilities', 'The post holder will supervise pharmacy assistants.'].join('\n'));
    expect(kinds(out)).toEqual([
      ['Job overview', 'summary'],
      ['Detailed job description and main responsibilities', 'responsibilities'],
    ]);
  });

  it('reads the NHS Jobs closing parts (DBS check, certificate of sponsorship, employer details) as silent sections', () => {
    const parts = [
      ['Skills', 'Able to prioritise own workload'],
      ['Disclosure and Barring Service Check', 'This post is subject to the Rehabilitation of Offenders Act (Exceptions Order) 1975.'],
      ['Certificate of Sponsorship', 'Applications from job seekers who require current Skilled worker sponsorship to work in the UK are welcome.'],
      ['Employer details', 'Employer name\nExample NHS Foundation Trust'],
    ];
    const out = seg(parts.map((p) => p.join('\n')).join('\n\n'));
    expect(kinds(out)).toEqual([
      ['Skills', 'skills'],
      ['Disclosure and Barring Service Check', 'legal'],
      ['Certificate of Sponsorship', 'legal'],
      ['Employer details', 'company'],
      ['Employer name', 'company'],
    ]);
  });

  it('keeps a dash inside a sentence and capitalised names that only contain heading words', () => {
    const out = seg('Summary\nThe team - small but busy - serves the Skills Academy and the Education Office in town.');
    expect(out.sections.map((s) => s.kind)).toEqual(['summary']);
    expect(out.sections[0].items).toHaveLength(1);
  });
});

describe('sub-headings inside a job description', () => {
  it('reads a short Title Case line before a "To …" duty as the name of the group, not an item', () => {
    const out = seg(['Job responsibilities', 'Health and Safety', 'To report all accidents and incidents using the Datix system.', 'To comply with Trust policies.'].join('\n'));
    expect(out.sections.flatMap((s) => s.items.map((i) => i.text))).toEqual(['To report all accidents and incidents using the Datix system.', 'To comply with Trust policies.']);
  });
});

describe('the closing parts of an NHS Jobs advert', () => {
  it('reads the employer badges, the documents and the contact as sections that give no mention', () => {
    const out = seg(
      [
        'Skills',
        'Ability to prioritise workload',
        'Employer certification / accreditation badges',
        'Disability confident employer.',
        'Documents to download',
        'Job Description (PDF, 200KB)',
        'Further details / informal visits contact',
        'Jane Smith',
      ].join('\n'),
    );
    expect(kinds(out)).toContainEqual(['Employer certification / accreditation badges', 'company']);
    expect(kinds(out)).toContainEqual(['Documents to download', 'apply']);
    expect(kinds(out)).toContainEqual(['Further details / informal visits contact', 'apply']);
    expect(section(out, 'Skills')!.items.map((i) => i.text)).toEqual(['Ability to prioritise workload']);
  });

  it('reads the DBS check, the employer details and the interview date as sections that give no mention', () => {
    const out = seg(
      [
        'Skills',
        'Ability to work under pressure',
        'Disclosure and Barring Service Check',
        'This post is subject to the Rehabilitation of Offenders Act (Exceptions Order) 1975.',
        'Employer details',
        'Employer name',
        'Riverside Teaching Hospitals NHS Foundation Trust',
        'Interview date 12/04/2024',
      ].join('\n'),
    );
    expect(kinds(out)).toContainEqual(['Disclosure and Barring Service Check', 'legal']);
    expect(kinds(out)).toContainEqual(['Employer details', 'company']);
    expect(section(out, 'Skills')!.items.map((i) => i.text)).toEqual(['Ability to work under pressure']);
    expect(out.sections.filter((s) => !['skills', 'legal', 'company', 'apply'].includes(s.kind))).toEqual([]);
  });
});

describe('sections opened inside a line', () => {
  it('reads a heading before a colon at the start of a line, and ends a benefits line with its line', () => {
    const out = seg(
      [
        'Salary: 40k | Remote Job type: Full-time',
        'We build tools for restaurants.',
        'Your responsibilities: Plan the release of new features.',
        'Review pull requests from the team.',
      ].join('\n'),
    );
    const kinds = out.sections.map((s) => s.kind);
    expect(kinds).toContain('responsibilities');
    const duties = out.sections.find((s) => s.kind === 'responsibilities')!;
    expect(duties.items.map((i) => i.text)).toEqual(['Plan the release of new features.', 'Review pull requests from the team.']);
    // The line after the pay line is not benefits.
    const blurb = out.sections.find((s) => s.items.some((i) => i.text.startsWith('We build')))!;
    expect(blurb.kind).not.toBe('benefits');
  });
});

describe('benefits introduced by a sentence or a question', () => {
  it('opens the benefits section at "… we offer the following benefits:-" and at "Why join us?"', () => {
    const s = seg(['Responsibilities', '- Support residents with personal care', 'In return for your hard work we offer the following benefits:-', '- Free meals and parking', '- Life assurance', 'Why join us?', 'We are a family run care group.'].join('\n'));
    expect(kinds(s)).toEqual([
      ['Responsibilities', 'responsibilities'],
      ['In return for your hard work we offer the following benefits', 'benefits'],
      ['Why join us', 'benefits'],
    ]);
  });
  it('opens the benefits section at a question that opens with a known heading ("Why work for us?")', () => {
    const s = seg(['Responsibilities', '- Support residents with personal care', 'Why work for us?', '- Flexible working patterns'].join('\n'));
    expect(kinds(s)).toEqual([
      ['Responsibilities', 'responsibilities'],
      ['Why work for us', 'benefits'],
    ]);
  });
  it('keeps a requirement line that ends with a run-in "What we offer:" a requirement', () => {
    const s = seg(['Requirements', '- Good communication skills', 'Fluent in German and English (verbal and written) What we offer:', 'A friendly team.'].join('\n'));
    expect(s.sections[0].items.map((i) => i.text).join(' | ')).toContain('Fluent in German and English (verbal and written)');
  });
  it('reads no heading inside a line typed in capitals but before a colon ("NMC REGISTRATION AND EXPERIENCE OF …")', () => {
    const s = seg(['Requirements', '- NMC REGISTRATION AND EXPERIENCE OF WORKING IN ACUTE CARE SETTINGS', '- MUST HAVE EXCELLENT COMMUNICATION SKILLS AND A FULL UK DRIVING LICENCE'].join('\n'));
    expect(kinds(s)).toEqual([['Requirements', 'requirements']]);
    expect(s.sections[0].items.map((i) => i.text)).toEqual(['NMC REGISTRATION AND EXPERIENCE OF WORKING IN ACUTE CARE SETTINGS', 'MUST HAVE EXCELLENT COMMUNICATION SKILLS AND A FULL UK DRIVING LICENCE']);
  });
});

describe('headings of what a day holds', () => {
  it('reads "A day in the life" as a duties heading, not a line of its own', () => {
    const out = seg(['The Role', 'You will plan campaigns.', 'A day in the life', 'Writing copy for email newsletters'].join('\n'));
    expect(section(out, 'A day in the life')?.kind).toBe('responsibilities');
  });
});

describe('items of a text that keeps a wide character', () => {
  it('are one byte a character where their own characters allow', () => {
    // V8's serializer tags a string one byte a character with '"'.
    const oneByte = (t: string) => serialize(t)[2] === 0x22;
    const out = seg('Requirements\n- Fluent Mandarin (\u666e\u901a\u8bdd)\n- Strong Excel skills\n- A full driving licence');
    const items = out.sections.flatMap((x) => x.items);
    expect(items.map((it) => oneByte(it.text))).toEqual([false, true, true]);
  });
});
