import { describe, expect, it } from 'vitest';
import { only, run } from './helpers.js';

/** Greedy hard wrap at `width`, as a text export prints a paragraph. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let cur = '';
  for (const w of text.split(' ')) {
    if (cur && cur.length + 1 + w.length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  lines.push(cur);
  return lines.join('\n');
}

/** Wraps `text` so that one of its lines starts with `start`, at the first width from 35 to 90 that does. */
function wrapAt(text: string, start: string): string {
  for (let width = 35; width <= 90; width++) {
    const t = wrap(text, width);
    if (t.includes(`\n${start}`)) return t;
  }
  throw new Error(`no width puts "${start}" at a line start`);
}

describe('layout.line-join', () => {
  it('rejoins hard-wrapped lines of a paragraph and keeps separate lines apart', () => {
    const wrapped = [
      'The account manager builds lasting relationships with a portfolio of',
      'clients, coordinates delivery with internal teams and reports on the',
      'results every quarter. Travel is expected about twice a month to',
      'visit clients in the region.',
    ].join('\n');
    const doc = run(`${wrapped}\n\nSkills\nNegotiation\nForecasting`);
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'The account manager builds lasting relationships with a portfolio of clients, coordinates delivery with internal teams and reports on the results every quarter. Travel is expected about twice a month to visit clients in the region.',
      'Skills',
      'Negotiation',
      'Forecasting',
    ]);
    expect(doc.fixes.filter((f) => f.rule === 'layout.line-join')).toHaveLength(3);
  });

  it('reads short lines of one width that each open with a capital as lines, not as a narrow wrap', () => {
    const doc = run(
      [
        'Staff Nurse - Eating Disorders',
        'Band 5 | Permanent | 37.5 hours',
        '',
        'Stakeholder pension scheme',
        'Free meals and parking',
        '',
        'Interview date: 20 January 2027',
        'Shortlisting date: 10 January 2027',
      ].join('\n'),
    );
    expect(doc.blocks.map((b) => b.text)).toContain('Staff Nurse - Eating Disorders');
    expect(doc.fixes.filter((f) => f.rule === 'layout.line-join')).toEqual([]);
  });

  it("reads a person specification's criteria, one a line of about one width, as lines, not as a wide wrap", () => {
    const criteria = [
      'Degree or equivalent in Physiotherapy Essential',
      'HCPC registration Essential',
      'Evidence of relevant post-graduate training in MSK physiotherapy Essential',
      'Membership of the Chartered Society of Physiotherapy Desirable',
      'Acupuncture qualification (AACP or equivalent) Desirable',
      'Clinical educator training or willingness to complete Desirable',
      'Post-graduate experience in the NHS, including MSK outpatients Essential',
      'Experience of supervising junior staff, assistants or students Essential',
      'Experience of running exercise or education classes Desirable',
      'Sound knowledge of anatomy, physiology and pathology of MSK conditions Essential',
      'Ability to recognise serious pathology and red flags Essential',
      'Advanced manual therapy and exercise prescription skills Essential',
      'Knowledge of current NICE guidance relevant to MSK Essential',
    ];
    const doc = run(`Person specification\n\n${criteria.join('\n')}`);
    expect(doc.blocks.map((b) => b.text)).toEqual(['Person specification', ...criteria]);
    expect(doc.fixes.filter((f) => f.rule === 'layout.line-join')).toEqual([]);
  });

  it('keeps a list typed one item per line in lower case after the line that introduces it, and joins a wrapped sentence', () => {
    const list = 'Your main activities will be to:\nwrite well-designed testable efficient code\nintegrate software components into a fully functional software system\ndocument and maintain software functionality';
    expect(run(list).blocks.map((b) => b.text)).toEqual(list.split('\n'));
    const sentence = wrap('In this role you will work closely with our product and design teams on the roadmap for the coming year and report to the Head of Engineering:', 48);
    expect(run(`${sentence}\nmanaging budgets\nplanning work`).blocks.map((b) => b.text)[0]).toContain('product and design teams on the roadmap');
    const offer = 'Your main activities in this exciting new role will include the following tasks:\ncompetitive salary and\nbenefits package';
    expect(run(offer).blocks.map((b) => b.text)[0]).toContain('competitive salary and benefits package');
  });

  it('keeps an item that opens with "be" in such a list ("The successful candidate will:" / "have …" / "be able to …"), and joins "… will" / "be …"', () => {
    const list = 'The right person will:\nhave sound knowledge of payroll legislation\nbe confident using spreadsheets\nhave a full driving licence\nbe happy to travel across the region';
    expect(run(list).blocks.map((b) => b.text)).toEqual(list.split('\n'));
    const wrapped = 'In this role you will:\nsupport the finance team with month end\nreconcile supplier statements and you will\nbe the first contact for supplier queries';
    expect(run(wrapped).blocks.map((b) => b.text).join('\n')).toContain('and you will be the first contact');
  });

  it('keeps one line per item when lines are not wrapped', () => {
    const t = 'Customer Focus: Knows what clients need and acts on it in every decision.\nLevel Extensive Experience:\nAdvises others on client-focused work.';
    expect(run(t).blocks).toHaveLength(3);
  });
});

describe('layout.hyphenation', () => {
  it('undoes hyphenation where the joined word is a word, and keeps real hyphens', () => {
    const doc = run(
      'Responsible for the manage-\nment of strategic accounts and long-\nterm planning with cross-\nfunctional teams in a fast-\npaced environment with clear decision-\nmaking.',
      only('layout.line-join', 'layout.hyphenation'),
    );
    expect(doc.text).toBe('Responsible for the management of strategic accounts and long-term planning with cross-functional teams in a fast-paced environment with clear decision-making.');
    expect(doc.fixes.filter((f) => f.rule === 'layout.hyphenation').map((f) => f.before)).toEqual(['-\n']);
  });

  it('prefers the document\'s own spelling', () => {
    const doc = run('We value e-\nmail etiquette: every e-mail is answered within a day.', only('layout.line-join', 'layout.hyphenation'));
    expect(doc.text).toBe('We value e-mail etiquette: every e-mail is answered within a day.');
  });
});

describe('layout.line-join and list lines', () => {
  it('keeps long dash items apart and joins a wrapped dash only inside wrapped prose', () => {
    const list = '- In-depth knowledge of email, on-line and interactive marketing tools and channels\n- Expert in day to day client relationship management across several accounts\n- Proficient in CRM database technology solutions';
    expect(run(list).blocks).toHaveLength(3);
  });
});

describe('layout.line-join: markers a wrap put at a line start', () => {
  const lines = (t: string) => run(t).blocks.map((b) => b.text);

  it('joins a bullet the posting runs inline, and keeps a list of the same bullet', () => {
    const inline =
      'Key duties are to prepare the annual work plans and reports to meet the objectives of the project · Maintain smooth coordination with the regional team · Excellent use of Word, Excel and PowerPoint to allow reporting · Travel to the field offices when needed';
    const doc = run(wrapAt(inline, '\u00b7'));
    expect(doc.text).toContain(' \u00b7 ');
    expect(doc.blocks.filter((b) => b.kind === 'list-item')).toEqual([]);
    const list = 'Key duties\n\u00b7 Prepare the annual work plans\n\u00b7 Maintain coordination with the regional team\n\u00b7 Travel to the field offices';
    expect(lines(list)).toEqual(['Key duties', 'Prepare the annual work plans', 'Maintain coordination with the regional team', 'Travel to the field offices']);
  });

  it('joins a number that is no item of a list, and one of a list the posting runs inline', () => {
    const gloss = 'The embassy is currently advertising one (1) position of a driver for its office, and requires a minimum of five (5) years of driving experience in logistics.';
    expect(run(wrapAt(gloss, '(1)')).text).toBe(gloss);
    expect(run(wrapAt(gloss, '(5)')).text).toBe(gloss);
    const room =
      'The regional office of the programme is on the sixth floor of the Bole building, Room no. 601. It is open from Monday to Friday, and visitors are asked to register at the reception on the ground floor before they go up to the office.';
    expect(run(wrapAt(room, '601.')).text).toBe(room);
    const goals = 'The programme has two aims: 1) improve nutrition, hygiene and WASH outcomes for vulnerable households; 2) sustain and increase food production by farmers in the region.';
    expect(run(wrapAt(goals, '2)')).text).toBe(goals);
  });

  it('keeps a numbered list whose items start lines', () => {
    const t = 'Responsibilities of the accountant in the finance department of the company are:\n1. Prepare the monthly statements for the director\n2. Reconcile the bank accounts\n3. File the tax returns on time';
    expect(lines(t)).toHaveLength(4);
    expect(run(t).blocks.filter((b) => b.kind === 'list-item')).toHaveLength(3);
  });

  it('joins "+" after a number ("Seven (7) + years")', () => {
    const t = 'Knowledge of European food safety regulations and requirements Seven (7) + years of experience working with the private sector.';
    expect(run(wrapAt(t, '+')).text).toBe(t);
  });

  it('joins closing punctuation to the line before, but keeps ". NET" after a short line', () => {
    const t = [
      'Please state the position and the workplace you applied for on the',
      'subject line of the letter and the name of the office in the heading',
      '. Candidates who do not follow these instructions will not be heard.',
    ];
    expect(run(t.join('\n')).text).toBe(t.join(' '));
    expect(run('The position is based in our office in the city centre\n.').text).toBe('The position is based in our office in the city centre .');
    expect(lines('Technologies\n. NET Core and C#')).toEqual(['Technologies', '. NET Core and C#']);
  });
});

describe('layout.line-join: labels and widths', () => {
  it('joins a full line ending in a label to its value, and keeps a short heading with a colon', () => {
    const t = 'You will ensure the safety of the site and prevent work-related accidents and injuries. Job Requirements: Bachelor\'s degree in engineering and five years of experience.';
    expect(run(wrapAt(t, 'Bachelor')).text).toBe(t);
    expect(run('Job Requirements:\nBachelor\'s degree in engineering').blocks.map((b) => b.text)).toEqual(['Job Requirements:', 'Bachelor\'s degree in engineering']);
  });

  it('keeps a known heading that ends in "for" apart from the line after it', () => {
    expect(run("What we're looking for\nExperience in care is an advantage.").blocks.map((b) => b.text)).toEqual(["What we're looking for", 'Experience in care is an advantage.']);
    expect(run('What we are looking for\n5+ years of experience in sales').blocks.map((b) => b.text)).toEqual(['What we are looking for', '5+ years of experience in sales']);
    // A line that is no heading and ends in "for" goes on.
    expect(run('We are looking for\nExperienced carers to join us.').blocks.map((b) => b.text)).toEqual(['We are looking for Experienced carers to join us.']);
  });

  it('joins a paragraph wrapped narrower than the rest of the document', () => {
    const wide = 'The account manager builds lasting relationships with a portfolio of clients, coordinates delivery with internal teams and reports on the results every quarter to the sales director.';
    const narrow = 'The position is a fixed-term contract within the research group of the Department of Materials Engineering.';
    const doc = run(`${wrap(wide, 75)}\n\n${wrap(narrow, 48)}`);
    expect(doc.blocks.map((b) => b.text)).toEqual([wide, narrow]);
  });

  it('keeps short lines of a block apart although the document is wrapped', () => {
    const wide = 'The account manager builds lasting relationships with a portfolio of clients, coordinates delivery with internal teams and reports on the results every quarter to the sales director.';
    const doc = run(`${wrap(wide, 75)}\n\nWe offer\nA competitive salary\nTraining every year`);
    expect(doc.blocks.map((b) => b.text)).toEqual([wide, 'We offer', 'A competitive salary', 'Training every year']);
  });

  it('keeps unpunctuated lines of a list and one-word subheadings apart in a block that is not wrapped', () => {
    const lines = [
      'Main duties of the job',
      'To provide high quality nursing care to patients with eating disorders',
      'To manage a caseload of patients and maintain accurate records',
      'To supervise junior staff and students',
      'Qualifications',
      'Essential',
      'Registered Mental Health Nurse (RMN) with current NMC registration',
      'Desirable',
      'Post-registration qualification in eating disorders',
    ];
    expect(run(lines.join('\n')).blocks.map((b) => b.text)).toEqual(lines);
    // A paragraph wrapped on its own still joins, up to its last line.
    const para = 'The ward team provides assessment and treatment for adults with eating disorders across the county and';
    const doc = run(`${wrap(`${para} works closely with community services.`, 60)}\nEssential\nKnowledge of the Mental Health Act`);
    expect(doc.blocks.map((b) => b.text)).toEqual([`${para} works closely with community services.`, 'Essential', 'Knowledge of the Mental Health Act']);
    // The block's two longest lines one after the other, each nearly as long as the block's widest: still a list.
    const spec = ['Essential', 'BTEC/NVQ Level 3 in Pharmaceutical Science or equivalent', 'Registered with the General Pharmaceutical Council (GPhC)', 'Desirable'];
    expect(run(spec.join('\n')).blocks.map((b) => b.text)).toEqual(spec);
    const skills = ['Skills and abilities', 'Excellent verbal and written communication skills', 'Ability to prioritise workload and work under pressure', 'Good IT skills including Microsoft Word and Excel', 'Able to work as part of a team'];
    expect(run(skills.join('\n')).blocks.map((b) => b.text)).toEqual(skills);
  });

  it('keeps lines apart in a block of paragraphs a PDF reader already joined (longer than any printed line)', () => {
    const items = [
      'Acting as a single point of contact for the Engineering Quality Service Technology and Service Quality departments towards Strategic Procurement Ensuring a continuing high level of technical specifications are available on current and future wind turbines',
      'Supporting Strategic Procurement in defining and integrating technical solutions on current wind turbine fleet',
      'Taking the lead in identifying and introducing new technology and supplier solutions on the current fleet',
    ];
    expect(run(items.join('\n')).blocks.map((b) => b.text)).toEqual(items);
  });

  it('keeps a person specification\'s subheadings ("Desirable", "Skills:") off the full line before them', () => {
    const lines = [
      'Person Specification',
      'Essential',
      'Registered Nurse (Adult) with current NMC registration and a commitment to',
      'continuing professional development',
      'Computer literacy, including use of electronic patient records and e-rostering',
      'Desirable',
      'Experience of caring for patients on a respiratory ward or in a high',
      'dependency unit',
      'Knowledge and understanding of the trust\'s infection prevention policies',
      'Skills:',
      'Good communication and interpersonal skills with patients, relatives and the',
      'multidisciplinary team',
    ];
    expect(run(lines.join('\n')).blocks.map((b) => b.text)).toEqual([
      'Person Specification',
      'Essential',
      'Registered Nurse (Adult) with current NMC registration and a commitment to continuing professional development',
      'Computer literacy, including use of electronic patient records and e-rostering',
      'Desirable',
      'Experience of caring for patients on a respiratory ward or in a high dependency unit',
      'Knowledge and understanding of the trust\'s infection prevention policies',
      'Skills:',
      'Good communication and interpersonal skills with patients, relatives and the multidisciplinary team',
    ]);
    // A heading word that a wrap carries after a capital (a Title Case item) or a connector goes on.
    const items = ['Demonstrates Excellent Written And Verbal Communication', 'Skills', 'Uses the electronic patient record and keeps up to date with', 'Training'];
    expect(run(items.join('\n')).blocks.map((b) => b.text)).toEqual([
      'Demonstrates Excellent Written And Verbal Communication Skills',
      'Uses the electronic patient record and keeps up to date with Training',
    ]);
  });

  it('reads a person specification of noun phrases, typed one per line, as its lines', () => {
    // Too few function words in each block to tell its language: the posting's own prose tells it. "IT literate" opens
    // with an acronym; "Understanding of …" follows a line that ends in a lower-case word.
    const spec = [
      ['Qualifications', 'Essential', 'Registered Nurse (Adult) with current NMC registration', 'Evidence of continuing professional development', 'Desirable', 'Mentorship qualification'],
      ['Knowledge', 'Essential', 'Knowledge of the Mental Capacity Act and safeguarding procedures', 'Understanding of the NMC Code of Conduct'],
      ['Skills', 'Essential', 'Excellent verbal and written communication skills', 'Ability to prioritise workload and work under pressure', 'IT literate'],
    ];
    const prose = 'You will be part of a friendly team and we will support you with a preceptorship programme.';
    expect(run([prose, ...spec.map((lines) => lines.join('\n'))].join('\n\n')).blocks.map((b) => b.text)).toEqual([prose, ...spec.flat()]);
    // A wrapped sentence goes on in its acronym.
    const wrapped = ['The Service Development unit drives the development of new', 'HR services and our global service organisation.'];
    expect(run(`${prose}\n\n${wrapped.join('\n')}`).blocks.map((b) => b.text)).toEqual([prose, wrapped.join(' ')]);
  });

  it('keeps a list item that opens like a sentence apart from an item before it that ends in a name', () => {
    const lines = [
      'Day to day you will:',
      'Build and orchestrate batch and streaming pipelines with Airflow, Kafka and dbt',
      'Model data in our Snowflake warehouse and own its data quality checks',
      'Improve the performance and cost of our AWS infrastructure (S3, Glue, Lambda), managed with Terraform',
      'Contribute to code reviews, design documents and our on-call rota',
    ];
    expect(run(lines.join('\n')).blocks.map((b) => b.text)).toEqual(lines);
  });

  it('keeps a criterion that opens with "Knowledge of", "Use of" … apart from a line before it that ends in a name', () => {
    const spec = [
      ['Experience', 'Experience of working within the NHS and with the MDT', 'Knowledge of the Mental Health Act'],
      ['Skills', 'Excellent written and verbal communication in English', 'Use of Microsoft Office packages'],
    ];
    expect(run(spec.map((lines) => lines.join('\n')).join('\n\n')).blocks.map((b) => b.text)).toEqual(spec.flat());
  });

  it('joins a line that ends in an example\'s cue ("(e.g.") to the examples on the next line', () => {
    const lines = ['Skills', 'Knowledge of JavaScript frameworks (e.g.', 'React Node.js) and of databases', 'Familiarity with testing'];
    expect(run(lines.join('\n')).blocks.map((b) => b.text)).toEqual(['Skills', 'Knowledge of JavaScript frameworks (e.g. React Node.js) and of databases', 'Familiarity with testing']);
  });

  it('keeps a short task that opens with a gerund apart from a long one ending in a name, in a list of gerund tasks', () => {
    const lines = [
      "You'll be:",
      'Designing, building and operating batch and streaming pipelines in Python and SQL',
      "Owning our dbt models and making sure they're tested and documented",
      'Improving the reliability and cost of our AWS infrastructure (S3, Glue, Lambda, Kinesis) using Terraform',
      'Mentoring junior engineers and reviewing code',
    ];
    expect(run(lines.join('\n')).blocks.map((b) => b.text)).toEqual(lines);
  });

  it('keeps a long known heading ("Detailed job description and main responsibilities") off the short line after it', () => {
    const lines = ['Detailed job description and main responsibilities', 'Clinical', '- Carry out assessments of daily living skills', '- Plan treatment'];
    expect(run(lines.join('\n')).blocks.map((b) => b.text)).toEqual(['Detailed job description and main responsibilities', 'Clinical', 'Carry out assessments of daily living skills', 'Plan treatment']);
  });

  it('keeps a line closed by a bracket apart from a next line that opens like a sentence', () => {
    const posting = [
      'What you will do',
      'Design, build and operate batch and streaming pipelines in Spark and Kafka',
      'Own our dbt models and the data warehouse on Snowflake',
      'Partner with analysts and ML engineers to define data contracts',
      '',
      'Nice to have',
      'Experience with real-time analytics (Flink, Druid)',
      'Contributions to open-source data tooling',
    ].join('\n');
    expect(run(posting).blocks.map((b) => b.text).slice(-2)).toEqual(['Experience with real-time analytics (Flink, Druid)', 'Contributions to open-source data tooling']);
  });

  it('keeps the lines of a requirement list typed one a line apart: after a bracket, a count of years, a short sentence', () => {
    const lines = [
      'High school diploma or GED required',
      'BLS certification (must be obtained within 30 days of hire)',
      'CPR certification (within 60 days)',
      '1+ year of clinical experience in an outpatient setting',
      'Proficiency with Epic or athenahealth',
    ];
    expect(run(lines.join('\n')).blocks.map((b) => b.text)).toEqual(lines);
  });

  it("keeps a job board's field line apart from the long field line before it", () => {
    const lines = [
      'Position: Sales Representative',
      'Required number: 3',
      'Qualification: Diploma / Level IV in Marketing Management, Sales or related field',
      'Experience: 0-2 years',
      'Skills: Good communication skill, negotiation skill, computer skill',
      'Duties: Promote company products to customers, collect market information, achieve monthly sales targets, prepare weekly sales reports',
      'Deadline: December 15, 2026',
    ];
    expect(run(lines.join('\n')).blocks.map((b) => b.text).at(-1)).toBe('Deadline: December 15, 2026');
  });

  it('leaves a one-line posting with inline markers as it is', () => {
    const t = 'Driver Job Requirements: Minimum of five (5) years relevant driving experience · Valid driving licence · 1) Grade 10 complete; 2) Basic English. How to Apply: in person.';
    expect(run(t, only('layout.line-join', 'layout.hyphenation', 'bullets.glyph', 'bullets.numbering')).text).toBe(t);
  });
});

describe('layout.hyphenation: words the dictionary lacks', () => {
  it('undoes the hyphen of a full line cut inside a misspelt or unlisted word, and keeps prefixes', () => {
    const t = 'The concept of the new restaurant will be focused on the Chinese kitchen, predominently noodles and handmade dumplings, with a strong team.';
    expect(run(wrapAt(t.replace('predominently', 'predom- inently'), 'inently').replace('- \n', '-\n')).text).toBe(t);
    const prefix = 'Experience with sustainable value chains, community enterprises and multi-stakeholder partnerships in the coffee sector.';
    expect(run(wrapAt(prefix.replace('multi-stakeholder', 'multi- stakeholder'), 'stakeholder').replace('- \n', '-\n')).text).toBe(prefix);
  });
});
