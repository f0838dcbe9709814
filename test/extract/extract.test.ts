import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { finish } from '../../src/extract/finish.js';
import { extractOptionsSchema, resolveExtractConfig } from '../../src/extract/options.js';
import { segment } from '../../src/segment/index.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import type { Mention, MentionKind, SectionKind } from '../../src/types.js';
import { cleanDoc } from '../segment/fixture.js';

const { segment: segConfig, extract: config } = loadPipeline();

function run(src: string, language = 'en'): Mention[] {
  const doc = { ...cleanDoc(src), language };
  const mentions = extract(doc, segment(doc, segConfig), config);
  for (const m of mentions) {
    expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(m.confidence).toBeGreaterThanOrEqual(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
  }
  return mentions;
}
const of = (ms: Mention[], kind: MentionKind) => ms.filter((m) => m.kind === kind);
const pairs = (ms: Mention[], kind: MentionKind) => of(ms, kind).map((m) => [m.text, m.normalized]);
/** A mention of `t` where it first occurs in `text`, as a rule hands it to finish(). */
function spanIn(text: string, t: string, kind: MentionKind, section: SectionKind, normalized = t): Mention {
  const start = text.indexOf(t);
  return { kind, text: t, normalized, section, start, end: start + t.length, confidence: 0.8 };
}

describe('duties', () => {
  it('splits tasks named by nouns whose head is two nouns joined by "and" ("… and the loading and unloading of vehicles")', () => {
    const ms = run('Responsible for the safe operation of forklift trucks and the loading and unloading of vehicles.');
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['safe operation of forklift trucks', 'loading and unloading of vehicles']);
  });

  it('keeps the bodies after "qualified" with it ("part qualified ACCA/CIMA"), not a job title ("CIPD qualified HR Advisor")', () => {
    const quals = (t: string) => of(run(t), 'qualification').map((m) => m.text);
    expect(quals("You will be part qualified ACCA/CIMA with at least 2 years' post qualification experience.")).toEqual(['part qualified ACCA/CIMA', "2 years' post qualification experience"]);
    expect(quals('Our client is seeking a CIPD qualified HR Advisor.')).toEqual(['CIPD qualified']);
  });

  it('reads no qualification in who accredits the one named before ("… or its equivalent, as accredited by the BPS")', () => {
    const ms = run('Qualifications\nDoctoral level training in clinical or counselling psychology, or its equivalent, as accredited by the BPS. Registered with the HCPC as a Practitioner Psychologist.');
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['Doctoral level training in clinical or counselling psychology', 'Registered with the HCPC as a Practitioner Psychologist']);
  });

  it('names an experience by the whole role in Title Case before it ("Team Leader experience within a retail environment")', () => {
    expect(of(run('Team Leader experience within a retail environment is essential.'), 'qualification').map((m) => m.text)).toEqual(['Team Leader experience within a retail environment']);
    expect(of(run('We Expect Team Leader experience within retail.'), 'qualification').map((m) => m.text)).toEqual(['Team Leader experience within retail']);
  });

  it('reads no qualification in documents the application asks for or checks the employer runs', () => {
    const ms = run(
      [
        'Requirements',
        '- Candidates must submit copies of high school completion certificate and other diplomas, incl. work certificates (if available).',
        '- We will conduct robust reference and background screening checks.',
        '- Copy of your driving licence',
        '- Must hold a valid enhanced DBS check.',
      ].join('\n'),
    );
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['valid enhanced DBS check']);
  });

  it('reads a certificate\'s letters alone on a line as the qualification, not as a verb ("SMSTS")', () => {
    expect(of(run('Requirements\n- SMSTS\n- SSSTS'), 'qualification').map((m) => m.text)).toEqual(['SMSTS', 'SSSTS']);
  });

  it('reads a UK trade card as a qualification ("JIB Gold Card")', () => {
    expect(of(run('You will be an Approved Electrician with JIB Gold Card and 18th Edition.'), 'qualification').map((m) => m.text)).toEqual(['JIB Gold Card', '18th Edition']);
  });

  it('reads two verbs in -s joined by "and" as the task\'s verbs ("Provides and receives routine information")', () => {
    const ms = run('Duties\n- Provides and receives routine information.\n- Receives and processes orders.\n- Sales and marketing');
    expect(pairs(ms, 'duty').slice(0, 2)).toEqual([
      ['Provides and receives routine information', 'provide and receive routine information'],
      ['Receives and processes orders', 'receive and process orders'],
    ]);
  });

  it('reads the task a candidate\'s means are used for ("use your knowledge of employment law to advise …")', () => {
    const ms = run('You will use your knowledge of employment law to advise managers on HR issues.');
    expect(pairs(ms, 'duty')).toEqual([['advise managers on HR issues', 'advise managers on hr issues']]);
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['employment law']);
    expect(pairs(run('Responsibilities\n- Use your own vehicle to visit clients\n- Use Excel to produce monthly reports'), 'duty')).toEqual([
      // (On a list line the span keeps the means: the tagger would read them as a task of their own.)
      ['Use your own vehicle to visit clients', 'visit clients'],
      ['Use Excel to produce monthly reports', 'use excel to produce monthly reports'],
    ]);
  });

  it('reads two or more tasks with their objects named as examples ("including processing invoices and reconciling accounts") as duties of their own', () => {
    const ms = run('The post holder will provide administrative support to the finance team, including processing invoices and reconciling accounts.');
    expect(pairs(ms, 'duty')).toEqual([
      ['provide administrative support to the finance team', 'provide administrative support to the finance team'],
      ['processing invoices', 'process invoices'],
      ['reconciling accounts', 'reconcile accounts'],
    ]);
    expect(pairs(run('Responsibilities\n- Maintain records including accounting records'), 'duty')).toEqual([['Maintain records', 'maintain records']]);
  });

  it('reads "Nursing experience" or "Hands on experience with …" under a duties heading as the experience asked, not a task', () => {
    const ms = run(['Responsibilities', '- Nursing experience.', '- Hands on experience with Spring framework', '- Leads experience design workshops.'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['Nursing experience', 'Hands on experience with Spring framework']);
    expect(pairs(ms, 'duty')).toEqual([['Leads experience design workshops', 'lead experience design workshops']]);
  });

  it('normalizes to base verb + object, the span without lead-in or scope tail', () => {
    const ms = run(
      [
        'Responsibilities',
        '- Responsible for managing client Severity 1 issues.',
        '- Coordinates delivery of services within the company and its partners.',
        '- Creating weekly scorecards',
        '- Effectively manage and develop own book of business',
      ].join('\n'),
    );
    expect(pairs(ms, 'duty')).toEqual([
      ['managing client Severity 1 issues', 'manage client severity 1 issues'],
      ['Coordinates delivery of services', 'coordinate delivery of services'],
      ['Creating weekly scorecards', 'create weekly scorecards'],
      ['Effectively manage and develop own book of business', 'manage and develop own book of business'],
    ]);
  });

  it('splits two verbs with their own objects, not a shared object or a noun list', () => {
    const ms = run(
      [
        'Duties',
        '- Track account profitability and flag accounts that fall below target.',
        '- Establish and develop strong partnerships with buyers.',
        '- Processes purchase orders and invoices',
        '- Keep account records and contact notes up to date.',
      ].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual([
      'Track account profitability',
      'flag accounts that fall below target',
      'Establish and develop strong partnerships with buyers',
      'Processes purchase orders and invoices',
      'Keep account records and contact notes up to date',
    ]);
  });

  it('keeps verbs that share one object together, and reads a role as the subject', () => {
    const ms = run(
      [
        'Job Purpose',
        'The post holder will assess, plan, implement and evaluate care for two patients per shift.',
        'The Charge Nurse leads the nursing team on shift and supports junior staff.',
        'Acme Logistics runs twelve depots.',
      ].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual([
      'assess, plan, implement and evaluate care for two patients per shift',
      'leads the nursing team on shift',
      'supports junior staff',
    ]);
  });

  it('keeps a gerund with "of" as written: it names the task as a noun', () => {
    const ms = run(['Main duties', '- Monitoring of vital signs and health promotion', '- Monitoring patients after surgery'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.normalized)).toEqual(['monitoring of vital signs and health promotion', 'monitor patients after surgery']);
  });

  it('leaves out mentions inside the employer\'s name', () => {
    const ms = run(['Healthcare Support Worker', 'Northshire Community Health NHS Trust', 'Job summary', 'You will support registered nurses in delivering care to patients in their own homes.'].join('\n'));
    expect(ms.map((m) => m.text)).toEqual(['support registered nurses in delivering care to patients in their own homes']);
  });

  it('gives two duties for "responsible for X and for Y"', () => {
    const ms = run(['Job summary', 'You will be responsible for the accurate dispensing of medicines and for supporting ward-based medicines optimisation.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['accurate dispensing of medicines', 'supporting ward-based medicines optimisation']);
  });

  it('gives two duties for "responsible for X and will Y" (the modal again opens a clause)', () => {
    const ms = run(['Main duties of the job', 'The post holder is responsible for managing their own caseload and will prioritise referrals according to clinical need.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['managing their own caseload', 'prioritise referrals']);
  });

  it('reads "research projects" after "and" as an object ("participate in clinical audit and research projects"), "research new suppliers" as a duty', () => {
    const ms = run(['Main duties of the job', 'You will participate in clinical audit and research projects. You will review prices and research new suppliers.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['participate in clinical audit and research projects', 'review prices', 'research new suppliers']);
  });

  it('reads "support workers" after "and" as an object ("supervise therapists and support workers"), "support the team" as a duty', () => {
    const ms = run(['Main duties of the job', 'You will supervise junior therapists and support workers. You will plan the rota and support the team leader.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['supervise junior therapists and support workers', 'plan the rota', 'support the team leader']);
  });

  it('keeps an -ing word after "and" with the gerund after a preposition ("a plan for reducing waste and improving …")', () => {
    const ms = run(['Responsibilities', '- Developing a plan for reducing stock losses and improving shelf availability', '- Checking deliveries and recording them in the system'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Developing a plan for reducing stock losses and improving shelf availability', 'Checking deliveries', 'recording them in the system']);
  });

  it('reads the short last conjunct of a list of objects as one more object, not a new duty', () => {
    const ms = run(['Main duties', 'To supervise junior staff, students and support workers.', 'To order stock, count the tills and check deliveries.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toContain('supervise junior staff, students and support workers');
    expect(of(ms, 'duty').map((m) => m.text)).toContain('check deliveries');
    // (A word in capitals inside a sentence is an acronym: "WASH outcomes" are water, sanitation and hygiene's.)
    const wash = run('Responsibilities\n- Improve short-term food security, nutrition, and WASH outcomes for vulnerable households.');
    expect(of(wash, 'duty').map((m) => m.text)).not.toContain('WASH outcomes for vulnerable households');
    // ("program" is mostly a noun: "… partners and program participants" lists people, no task of programming them.)
    const people = run('Responsibilities\n- Promote an inclusive workplace culture in daily interaction with team members, partners and program participants.');
    expect(of(people, 'duty').map((m) => m.text)).not.toContain('program participants');
  });

  it('puts every verb of a shared-object list in the base form', () => {
    const ms = run(['Responsibilities', '- Identifies, obtains, and organizes relevant data and ideas.', '- Looks for and considers non-verbal cues from clients.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.normalized)).toEqual([
      'identify, obtain and organize relevant data and ideas',
      'look for and consider non-verbal cues from clients',
    ]);
  });

  it('reads a work line under a requirements heading as a duty, not a skill', () => {
    const ms = run(['Education and development', '- Act as a practice supervisor for student nurses.', '- Maintain professional registration and complete revalidation.'].join('\n'));
    expect(ms.map((m) => m.kind)).toEqual(['duty', 'duty', 'duty']);
  });

  it('reads "To be responsible for …" as the duty it names', () => {
    const ms = run(['Main duties of the job', 'To be responsible for the assessment and treatment of patients on the stroke unit.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['assessment and treatment of patients on the stroke unit']);
  });

  it('reads "You will …" prose and a task named without a verb', () => {
    const ms = run(['What you will do', 'You will assess new patients on arrival.', '- Monthly engagement emails'].join('\n'));
    expect(pairs(ms, 'duty')).toEqual([
      ['assess new patients on arrival', 'assess new patients on arrival'],
      ['Monthly engagement emails', 'monthly engagement emails'],
    ]);
    // (A list of who the work is with names no task, unless they are the task's complement.)
    const who = run(['Responsibilities', '- Present final designs to key stakeholders', '- REB, RRS or other relevant authorities', '- Technical sales support to customers'].join('\n'));
    expect(of(who, 'duty').map((m) => m.text)).toEqual(['Present final designs to key stakeholders', 'Technical sales support to customers']);
  });

  it('gives no duty for an idiom of taking part ("Play a key part", "lead the way")', () => {
    const ms = run(['Responsibilities', '- Play a key part', '- You will lead the way', '- Make a real difference', '- Be part of a self-organising and cross functional Agile team', '- Prepare monthly financial reports'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Prepare monthly financial reports']);
    // What others in the post do for the employer, said of them: no task asked.
    expect(of(run(['Job overview', 'Porters play a vital role in the smooth running of the hospital.'].join('\n')), 'duty')).toEqual([]);
  });

  it('keeps "in ensuring …" as the object of a duty ("Support the Deputy Manager in ensuring …"), not after an idiom of taking part', () => {
    const ms = run(['Responsibilities', '- Support the Deputy Manager in ensuring the smooth running of the home', '- Play a key part in ensuring a high-quality software product', '- Monitor stock levels, ensuring that orders are placed on time'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual([
      'Support the Deputy Manager in ensuring the smooth running of the home',
      'ensuring a high-quality software product',
      'Monitor stock levels',
      'ensuring that orders are placed on time',
    ]);
  });

  it('gives nothing for rights, legal text, benefits, company blurbs and contact lines', () => {
    const ms = run(
      [
        'About us',
        'Northgate Freight moves parcels for retailers across the region and employs 400 people.',
        'Rights',
        '- The account manager has the right to request information from other departments.',
        'Responsibilities',
        '- The account manager has the right to sign documents within their authority.',
        '- Send reports to ops@example.com every Monday.',
        'Benefits',
        '- Manage your own hours with flexible working.',
        'General provisions',
        '- The employee is liable under the labour law of the country.',
        'How to apply',
        '- Send your CV to jobs@example.com.',
      ].join('\n'),
    );
    expect(ms).toEqual([]);
  });
});

describe('skills', () => {
  it('reads each "and to …" after an ability as an ability of its own', () => {
    const ms = run('Requirements\n- Ability to work alone and to plan audit projects with minimum supervision and to complete work within required deadlines');
    expect(of(ms, 'skill').map((m) => m.normalized)).toEqual(['working alone', 'planning audit projects with minimum supervision', 'completing work within required deadlines']);
  });

  it('ends an ability before a focus it is held with ("… in parallel with a strong focus on achieving results")', () => {
    const ms = run('You are able to handle multiple tasks in parallel with a strong focus on achieving results.');
    expect(pairs(ms, 'skill')).toEqual([
      ['able to handle multiple tasks in parallel', 'handling multiple tasks in parallel'],
      ['focus on achieving results', 'focus on achieving results'],
    ]);
  });

  it('reads the skills a line names after "Skills in" (a short list one each), not a name', () => {
    const skills = (line: string) => of(run(`Skills\n- ${line}`), 'skill').map((m) => m.text);
    expect(skills('Skills in negotiation and conflict resolution.')).toEqual(['negotiation', 'conflict resolution']);
    expect(skills('Skills in the use of complex methods of psychological assessment, intervention and management.')).toEqual(['use of complex methods of psychological assessment, intervention and management']);
    expect(skills('Skilled in the use of Excel.')).toEqual([]);
  });

  it('reads what the candidate enjoys after the qualities they are ("you are resilient, adaptable and enjoy working …")', () => {
    const ms = run("You'll thrive in this role if you are resilient, adaptable and enjoy working in a fast-paced environment.");
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['resilient', 'adaptable', 'enjoy working in a fast-paced environment']);
  });

  it('reads "patient" right after "be" as the quality, and a quality noun after "a good"', () => {
    const ms = run('About you\nYou will be patient, reliable and a good listener. Experience of patient care is desirable.');
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['patient', 'reliable', 'listener']);
  });

  it('reads "will be offered a …" as what the employer gives, not a quality of the candidate', () => {
    const ms = run(['Job summary', 'The successful applicant will be offered a structured preceptorship and will be given the chance to rotate.', 'You will be organised and calm under pressure.'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['organised', 'calm under pressure']);
  });

  it('names the skill without its adjectives, one per quality of a list sharing its head noun, once per posting', () => {
    const ms = run(['Skills', '- Good negotiation skills', '- Excellent listening, negotiation and presentation skills', '- Basic IT skills', '- Excellent interpersonal skills'].join('\n'));
    // (An adjective or an acronym names nothing without its head noun.)
    expect(pairs(ms, 'skill')).toEqual([
      ['negotiation skills', 'negotiation'],
      ['listening', 'listening'],
      ['presentation skills', 'presentation'],
      ['IT skills', 'it skills'],
      ['interpersonal skills', 'interpersonal skills'],
    ]);
  });

  it('starts a new skill at a modifier after "and", and drops "is a plus"', () => {
    const ms = run(['Requirements', '- Strong attention to detail and excellent problem-solving skills', '- Fluent English; Latvian is a plus', '- Excellent written and verbal communication skills'].join('\n'));
    expect(pairs(ms, 'skill')).toEqual([
      ['attention to detail', 'attention to detail'],
      ['problem-solving skills', 'problem-solving'],
      ['written and verbal communication skills', 'written and verbal communication skills'],
    ]);
    // Spoken languages are knowledge, named by the language.
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['English', 'Latvian']);
  });

  it('names each spoken language as knowledge once per posting and drops "nice to have but not required"', () => {
    const ms = run(['Requirements', '- Fluent English; Dutch, German or Polish is a strong plus', '- Very good English; German is nice to have but not required', '- good IT skills'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['English', 'Dutch', 'German', 'Polish']);
    expect(pairs(ms, 'skill')).toEqual([['IT skills', 'it skills']]);
  });

  it('reads each sentence of a long list line on its own', () => {
    const ms = run(['Requirements', '- Demonstrated ability to present at all levels, including C-level. Excellent listening and negotiation skills.'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['ability to present at all levels', 'listening and negotiation skills']);
    expect(of(ms, 'knowledge')).toEqual([]);
  });

  it('reads abilities as what one is able to do', () => {
    const ms = run(
      [
        'Requirements',
        '- Ability to work effectively to deadlines',
        '- Willingness to travel up to 40% of the time',
        '- Ability to work under pressure and prioritise care',
        '- Ability to remain calm under pressure and communicate effectively with clients',
        '- Forklift licence (or willingness to obtain it)',
        '- Accredited Checking Technician qualification (or be willing to work towards one)',
      ].join('\n'),
    );
    expect(pairs(ms, 'skill')).toEqual([
      ['Ability to work effectively to deadlines', 'working to deadlines'],
      ['Willingness to travel up to 40% of the time', 'willingness to travel up to 40% of the time'],
      ['Ability to work under pressure', 'working under pressure'],
      ['prioritise care', 'prioritising care'],
      ['Ability to remain calm under pressure', 'remain calm under pressure'],
      ['communicate effectively with clients', 'communicating with clients'],
    ]);
    const last = run(['Requirements', '- Ability to prioritise and delegate', '- Able to listen and communicate effectively'].join('\n'));
    expect(of(last, 'skill').map((m) => m.normalized)).toEqual(['prioritising and delegating', 'listening and communicating']);
  });

  it('cuts a long ability at its fourteenth word, counted from its start, and before "and to"', () => {
    const ms = run(['Requirements', 'We expect you to be able to acquire product trends within our industry quickly and intuitively and to act with a strong orientation towards meeting the needs of customers.'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toContain('able to acquire product trends within our industry quickly and intuitively');
  });

  it('ends an ability longer than fourteen words before its last clause or phrase, not in the middle of a noun phrase', () => {
    const ms = run(
      [
        'Requirements',
        '- Capacity to spark innovative approaches to programming and inspire groups to collaborate closely to implement high-quality programs.',
        '- Ability to communicate complex insights in an effective way to both senior management and throughout line of business.',
        '- Ability to work on problems of diverse scope where analysis of data requires evaluation of identifiable factors.',
        '- Ability to translate customer business requirements and specifications into code solutions along with the ability to develop estimates',
      ].join('\n'),
    );
    expect(of(ms, 'skill').map((m) => m.text)).toEqual([
      'Capacity to spark innovative approaches to programming and inspire groups to collaborate closely',
      'Ability to communicate complex insights in an effective way to both senior management',
      'Ability to work on problems of diverse scope',
      'Ability to translate customer business requirements and specifications into code solutions',
      'ability to develop estimates',
    ]);
  });

  it('reads what the candidate is confident or comfortable doing as a skill, from its gerund', () => {
    const ms = run("You'll need to be confident dealing with customers over the phone and comfortable working to tight deadlines.");
    expect(pairs(ms, 'skill')).toEqual([
      ['dealing with customers over the phone', 'dealing with customers over the phone'],
      ['working to tight deadlines', 'working to tight deadlines'],
    ]);
  });

  it('reads "a passion for" and "an eye for" as what the candidate brings, not what the employer has', () => {
    const ms = run('You will have a real passion for food and a good eye for detail. We share a passion for changing lives and we are growing.');
    expect(pairs(ms, 'skill')).toEqual([
      // (The normal form keeps the cue: "detail" alone would be the competency's label.)
      ['passion for food', 'passion for food'],
      ['eye for detail', 'eye for detail'],
    ]);
    // "eager/keen to …", "passionate about …": the whole disposition, not the adjective alone.
    expect(of(run(['Requirements', '- Eager to deliver good service to the organisation', '- Passionate about building an innovative culture'].join('\n')), 'skill').map((m) => m.text)).toEqual([
      'Eager to deliver good service to the organisation',
      'Passionate about building an innovative culture',
    ]);
    expect(of(run('We are keen to hear from candidates in the area.'), 'skill')).toEqual([]);
    // A new clause after "and" ends it ("… and will work with our team", "… and are organised").
    expect(of(run(['Requirements', '- A passion for mobile technologies and will work with our team'].join('\n')), 'skill').map((m) => m.text)).toEqual(['passion for mobile technologies']);
    expect(of(run('You love challenging tasks and working independently and are organised.'), 'skill').map((m) => m.text)).toContain('love challenging tasks and working independently');
    // Where commas were lost, a capitalised word after the noun opens the next item.
    expect(of(run('Skills: an eye for attractive and accessible user interfaces Cassandra MongoDB'), 'skill').map((m) => m.text)).toEqual(['eye for attractive and accessible user interfaces']);
    // "and strong …" opens the next requirement.
    expect(of(run('The ideal candidate will have a passion for marketing and strong copywriting skills.'), 'skill').map((m) => m.text)).toEqual(['passion for marketing', 'copywriting skills']);
    // So does a count of years, which is the experience asked for, even without the word "experience".
    expect(run('We are keen to hear from chefs with a passion for fresh food and at least one year in a similar role.').map((m) => `${m.kind}:${m.text}`)).toEqual([
      'skill:passion for fresh food',
      'qualification:one year in a similar role',
    ]);
  });

  it('reads a quality that takes no "skills" after it as one of its own ("integrity and interpersonal skills")', () => {
    expect(of(run(['Requirements', '- Highly organized and demonstrate professional integrity and interpersonal skills'].join('\n')), 'skill').map((m) => m.text)).toEqual(['organized', 'integrity', 'interpersonal skills']);
    expect(of(run('Communication and listening skills.'), 'skill').map((m) => m.text)).toEqual(['Communication and listening skills']);
  });

  it('reads a disposition asked of the candidate ("a flexible approach to work"), not the employer\'s or a manner of doing', () => {
    const ms = run(
      'The successful candidate will be a team player with a flexible approach to work. Excellent customer service skills and a friendly, professional manner are required. ' +
        'You must have a strong work ethic. We take a holistic approach to care. Staff are expected to conduct themselves in a professional manner.',
    );
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['team player', 'flexible approach to work', 'customer service skills', 'friendly, professional manner', 'work ethic']);
    // A requirement cut short by a skill inside it ends before its joining words ("… experience and a passion for …").
    const q = run('You possess Windows UI development experience and a passion for smart usability.');
    expect(of(q, 'qualification').map((m) => m.text)).toEqual(['Windows UI development experience']);
  });

  it('reads qualities a sentence says the role requires ("The role requires a high level of numeracy")', () => {
    expect(of(run('The role requires a high level of numeracy.'), 'skill').map((m) => m.text)).toEqual(['numeracy']);
    // A line that is only a run of qualities names each of them.
    expect(of(run('Flexible and reliable, you will support the team.'), 'skill').map((m) => m.text)).toEqual(['Flexible', 'reliable']);
    expect(of(run('High level of integrity.'), 'skill').map((m) => m.text)).toEqual(['integrity']);
    expect(of(run('Proactive, resourceful, solutions-oriented and results-oriented.'), 'skill').map((m) => m.text)).toEqual(['Proactive', 'resourceful', 'solutions-oriented', 'results-oriented']);
    expect(of(run('Must have a good telephone manner.'), 'skill').map((m) => m.text)).toEqual(['telephone manner']);
    expect(of(run('You must be IT literate and numerate.'), 'skill').map((m) => m.text)).toEqual(['IT literate', 'numerate']);
    expect(of(run('The post holder will need to be computer literate.'), 'skill').map((m) => m.text)).toEqual(['computer literate']);
    expect(of(run('You will need to be comfortable with public speaking.'), 'skill').map((m) => m.text)).toEqual(['public speaking']);
    expect(of(run(['Qualifications', 'Essential: Good standard of literacy and numeracy. Care Certificate or willingness to complete it.'].join('\n')), 'skill').map((m) => m.text)).toEqual(['literacy', 'numeracy']);
    expect(of(run('The role requires someone with strong leadership qualities.'), 'skill').map((m) => m.text)).toEqual(['leadership qualities']);
    expect(of(run('You will need to be physically fit as the role involves heavy lifting.'), 'skill').map((m) => m.text)).toEqual(['physically fit']);
  });

  it('reads the qualities of the person sought past a word of the post ("an experienced and highly motivated …")', () => {
    expect(of(run('We are looking for an experienced and highly motivated Medical Secretary to join our team.'), 'skill').map((m) => m.text)).toEqual(['motivated']);
    expect(of(run('We seek dynamic and inspirational Chemistry teachers who want to make a difference.'), 'skill').map((m) => m.text)).toEqual(['dynamic', 'inspirational']);
    expect(of(run('This is a great opportunity for an enthusiastic and motivated individual.'), 'skill').map((m) => m.text)).toEqual(['enthusiastic', 'motivated']);
    expect(of(run('This is a great opportunity for an innovative solution to grow.'), 'skill')).toEqual([]);
    expect(of(run('You will be an established Developer-in-Test.'), 'skill').map((m) => m.text)).toEqual([]);
    expect(of(run('You are an established, dedicated engineer.'), 'skill').map((m) => m.text)).toEqual(['dedicated']);
  });

  it('reads what the candidate enjoys doing as a skill, not what "you will enjoy" or "would you like"', () => {
    const ms = run('It is expected that you are precise and focused and you enjoy manual work. Would you like to shape our strategy? You will enjoy a generous pension.');
    expect(of(ms, 'skill').map((m) => m.text)).toContain('enjoy manual work');
    expect(of(ms, 'skill').map((m) => m.text).filter((t) => /like|pension/.test(t))).toEqual([]);
    const q = run('You have experience in growing an E-Commerce business and you like changes.');
    expect(q.map((m) => [m.kind, m.text])).toEqual([
      ['qualification', 'experience in growing an E-Commerce business'],
      ['skill', 'like changes'],
    ]);
  });

  it('finds personal qualities, and only where the role needs them', () => {
    const ms = run(
      ['Requirements', '- Commercial awareness and attention to detail', '- Self-motivated team player', 'About us', 'Our leadership team values teamwork.'].join('\n'),
    );
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['Commercial awareness', 'attention to detail', 'Self-motivated', 'team player']);
  });

  it('takes the name of a quality that a list line goes on to explain', () => {
    const ms = run(
      [
        'A person applying for such a position should have a number of qualities:',
        '1. Sociability. The ability of a person to talk to anyone and keep the conversation going.',
        '2. Quickly switch between tasks. It happens that one manager runs several projects at once.',
        '3. Skill to work in team. Sometimes it is this quality that helps most of all.',
      ].join('\n'),
    );
    expect(pairs(ms, 'skill')).toEqual([
      ['Sociability', 'sociability'],
      ['Quickly switch between tasks', 'switching between tasks'],
      ['Skill to work in team', 'working in team'],
    ]);
  });

  it('splits short coordinated qualities on a requirements line', () => {
    const ms = run(['Requirements', '- stress-steadiness and result orientation', '- Excellent knowledge of the local market and its main players'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['stress-steadiness', 'result orientation']);
  });

  it('ends a skill where a run-together requirement line opens ("… thinker Highly organized …")', () => {
    const ms = run(['Requirements', 'Detail oriented and strategic thinker Highly organized and demonstrate professional integrity and interpersonal skills Good command of spoken and written English'].join('\n'));
    const skills = of(ms, 'skill').map((m) => m.text);
    expect(skills).toEqual(expect.arrayContaining(['integrity', 'interpersonal skills']));
    expect(skills.filter((t) => /thinker Highly|demonstrate/.test(t))).toEqual([]);
  });

  it('reads a short line of tool names with a joiner and a platform word as knowledge, one per name', () => {
    const ms = run(['Requirements', '- Cisco ASA & Nexus platforms', '- Punctuality and teamwork'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Cisco ASA', 'Nexus platforms']);
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['Punctuality', 'teamwork']);
  });

  it('gives a named competency one skill with its level, and duties from its indicators', () => {
    const ms = run(
      [
        'Skill Descriptors',
        'Customer Focus: Knowledge of customer needs; ability to build customer solutions.',
        'Level Extensive Experience:',
        '- Measures customer satisfaction and acts on the results.',
        'Industry Knowledge: Knowledge of the sector and its regulation; ability to apply it.',
        'Level Working Knowledge:',
        '- Follows the main competitors.',
      ].join('\n'),
    );
    expect(ms.filter((m) => m.kind !== 'duty').map((m) => [m.kind, m.text, m.level])).toEqual([
      ['skill', 'Customer Focus', 'extensive experience'],
      ['knowledge', 'Industry Knowledge', 'working knowledge'],
    ]);
    expect(of(ms, 'duty').map((m) => m.normalized)).toContain('measure customer satisfaction');
    expect(ms.some((m) => /^Level/.test(m.text))).toBe(false);
  });
});

describe('knowledge', () => {
  it('reads the ability to speak or write languages as the languages ("Ability to speak Amharic, English and Afaan Oromo")', () => {
    const ms = run('Requirements\n- Ability to speak Amharic, English and Afaan Oromo\n- Able to speak and write Polish fluently');
    expect(ms.map((m) => [m.kind, m.text])).toEqual([
      ['knowledge', 'Amharic'],
      ['knowledge', 'English'],
      ['knowledge', 'Afaan Oromo'],
      ['knowledge', 'Polish'],
    ]);
  });

  it('splits a determined list that opens with an acronym before its noun ("the EYFS framework and safeguarding procedures")', () => {
    expect(of(run('A good understanding of the EYFS framework and safeguarding procedures.'), 'knowledge').map((m) => m.text)).toEqual(['EYFS framework', 'safeguarding procedures']);
  });

  it('reads no tool in the post sought, whose name a tool shares ("We are seeking an experienced Site Manager")', () => {
    expect(of(run('We are seeking an experienced Site Manager.'), 'knowledge')).toEqual([]);
    expect(of(run('Experience with Site Manager is required.'), 'knowledge').map((m) => m.text)).toEqual(['Site Manager']);
  });

  it('reads a product named right after the kind of tool it is ("the CAD system CREO"), not a word or a part of a name', () => {
    const ms = run('Design mechanical solutions in the CAD system CREO. Experience with the patient record system SystmOne. Integrated with the source control system CI/CD pipelines. Please send your application CV.');
    const names = of(ms, 'knowledge').map((m) => m.text);
    expect(names).toEqual(expect.arrayContaining(['CREO', 'SystmOne']));
    expect(names).not.toContain('CI');
    expect(names).not.toContain('CV');
  });

  it('gives no knowledge that is a generic head noun alone ("policies"), from the rules or the tagger', () => {
    const ms = run(
      ['Person specification', '- Good knowledge of the National Disaster Risk Management Commission (NDRMC) and relevant policies', '- Good grounding in theory', '- Familiarity with protocols'].join('\n'),
    );
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['National Disaster Risk Management Commission']);
  });

  it('reads "in particular" after a knowledge cue as examples that follow, no subject "particular"', () => {
    const ms = run(['Requirements', '- Very good JavaScript knowledge in particular React JS', '- Good knowledge in particular of SQL', '- Knowledge in particle physics'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['JavaScript', 'React', 'SQL', 'particle physics']);
  });

  it('reads a list of names each followed by its abbreviation as one list ("… Therapy (CBT) and … Therapy (DBT)")', () => {
    const ms = run(['Person specification', '- Knowledge of Cognitive Behavioural Therapy (CBT) and Dialectical Behaviour Therapy (DBT)'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Cognitive Behavioural Therapy', 'Dialectical Behaviour Therapy']);
  });

  it('reads the abbreviation in brackets after a name as the same knowledge, and other brackets as examples', () => {
    const ms = run(['Person specification', '- Knowledge of Electronic Patient Records (EPR)', '- Knowledge of statistical packages (SPSS)'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Electronic Patient Records', 'statistical packages', 'SPSS']);
  });

  it('reads a tool\'s generic name before "product", "company" … as a modifier ("a high-quality medical software product")', () => {
    const ms = run(['About the role', 'Play a key part in ensuring a high-quality medical software product.'].join('\n'));
    expect(of(ms, 'knowledge')).toEqual([]);
    // A product's name in lower case before "team" names the team ("Front Desk" is an O*NET product).
    expect(of(run('We are looking for a Receptionist to join our busy front desk team.'), 'knowledge')).toEqual([]);
  });

  it('ends a knowledge span at its name, before a run-on "is …" ("Knowledge of local languages is a desirable")', () => {
    const ms = run(['Requirements', '- Knowledge of local languages is a desirable'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => [m.text, m.normalized])).toEqual([['local languages', 'local languages']]);
  });

  it('gives no knowledge for an object that points back ("an expert in this area", "knowledge of these")', () => {
    const ms = run(['About the role', 'You will be an expert in this area of competence which other teams will access. Knowledge of these is an advantage.'].join('\n'));
    expect(of(ms, 'knowledge')).toEqual([]);
  });

  it('gives no knowledge "equivalent" or "later" for an alternative ("SAP or equivalent": the name; "Windows 10 or later")', () => {
    const ms = run(['Person specification', '- Knowledge of SAP or equivalent', '- Knowledge of Windows 10 or later'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['SAP', 'Windows 10']);
    // (Nor "a similar language": "Go, Java, or a similar language" names two.)
    const similar = run(['Requirements', '- Strong proficiency in Go, Java, or a similar language', '- Knowledge of Python or a similar language'].join('\n'));
    expect(of(similar, 'knowledge').map((m) => m.text)).toEqual(['Go', 'Java', 'Python']);
  });

  it('keeps two names that share one lower-case head together ("SystmOne and EMIS clinical systems"), not two names alone', () => {
    const ms = run(['Person specification', '- Knowledge of SystmOne and EMIS clinical systems', '- Knowledge of HTML and CSS'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['SystmOne and EMIS clinical systems', 'HTML', 'CSS']);
  });

  it('keeps a generic head noun that ends a list with the part before it ("NHS policies and procedures")', () => {
    const ms = run(
      [
        'Person specification',
        '- Knowledge of NHS policies and procedures',
        '- Knowledge of Cloud/Distributed architecture and principles',
        '- Knowledge of Excel, Word and databases',
        '- Knowledge of local services and resources',
      ].join('\n'),
    );
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual([
      'NHS policies and procedures',
      'Cloud',
      'Distributed architecture and principles',
      'Excel',
      'Word',
      'databases',
      'local services and resources',
    ]);
  });

  it('reads cues with their level and names known tools on their own', () => {
    const ms = run(['Knowledge', '- Working knowledge of CRM software (we use Salesforce)', '- Proficient in Microsoft Excel, including pivot tables'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => [m.text, m.normalized, m.level])).toEqual([
      ['CRM software', 'crm software', 'working knowledge'],
      ['Salesforce', 'salesforce', undefined],
      ['Microsoft Excel', 'microsoft excel', 'proficient'],
      ['pivot tables', 'pivot tables', undefined],
    ]);
  });

  it('gives each alternative and each named example its own mention', () => {
    const ms = run(
      [
        'Requirements',
        '- Strong knowledge of TypeScript or Go',
        '- Knowledge of warehouse management systems (Manhattan, SAP EWM or similar)',
        '- Experience with a customer success platform such as Gainsight',
        '- Good knowledge of MS Office: Word, Excel',
      ].join('\n'),
    );
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['TypeScript', 'Go', 'warehouse management systems', 'Manhattan', 'SAP EWM', 'Gainsight', 'MS Office', 'Word', 'Excel']);
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['Experience with a customer success platform such as Gainsight']);
  });

  it('reads no quantity into a knowledge cue\'s object ("a wide range of software packages", "a number of programming languages")', () => {
    const ms = run(['Requirements', '- Knowledge of a wide range of software packages', '- Familiar with a number of programming languages including Python and Java'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['software packages', 'programming languages', 'Python', 'Java']);
  });

  it('keeps the dots inside names after a knowledge cue ("ASP.NET MVC", ".NET Core"), and ends the object at a full stop glued to the next sentence or a version\'s "or up"', () => {
    const ms = run(
      [
        'Requirements',
        '- Knowledge of ASP.NET MVC and Entity Framework',
        '- Strong knowledge of SQL Server, C# and .NET Core is required',
        '- Good knowledge of Excel.Good communication skills',
        '- Expert knowledge of ASP.NET and ASP.NET MVC 3 or up',
      ].join('\n'),
    );
    expect(of(ms, 'knowledge').map((m) => [m.text, m.normalized])).toEqual([
      ['ASP.NET MVC', 'asp.net mvc'],
      ['Entity Framework', 'entity framework'],
      ['SQL Server', 'sql server'],
      ['C#', 'c#'],
      ['.NET Core', '.net core'],
      ['Excel', 'excel'],
      ['ASP.NET', 'asp.net'],
      ['ASP.NET MVC 3', 'asp.net mvc 3'],
    ]);
  });

  it('reads a short language name before "code" as the language ("testable Go code")', () => {
    const ms = run(['Requirements', '- Experience writing clean, testable Go code'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Go']);
  });

  it('gives each example written in lower case its own mention ("statistical packages such as stata, spss or r")', () => {
    const ms = run(['Requirements', '- Knowledge of statistical packages such as stata, spss or r', '- Knowledge of spoken and written English'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['statistical packages', 'stata', 'spss', 'r', 'English']);
  });

  it('splits a list of laws after "the" when each is a Title Case name, small words inside ("Misuse of Drugs Regulations")', () => {
    const ms = run(['Requirements', '- Working knowledge of the Children Act and Misuse of Drugs Regulations', '- Knowledge of the quality and safety standards'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Children Act', 'Misuse of Drugs Regulations', 'quality and safety standards']);
  });

  it('splits a list of laws that repeats "the" before each name ("the Mental Health Act 1983 and the Care Act 2014")', () => {
    const ms = run(['Knowledge', '- Knowledge of the Mental Health Act 1983 and the Care Act 2014'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Mental Health Act 1983', 'Care Act 2014']);
  });

  it('does not take a tool named in a duty line, nor a common word that looks like a tool', () => {
    const ms = run(['Responsibilities', '- Keep contact notes up to date in the CRM.', 'Requirements', '- A good word from a previous employer'].join('\n'));
    expect(of(ms, 'knowledge')).toEqual([]);
  });
});

describe('lines that are no duty', () => {
  it('reads a line that shares its knowledge ("share this knowledge"), not one that asks to share the advert', () => {
    const ms = run(
      ['Embedded Software Engineer', 'You develop high-quality software for embedded Linux systems You constantly learn and share this knowledge with our team', 'Share this job with a friend who knows C++'].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['develop high-quality software for embedded Linux systems']);
    expect(ms.some((m) => m.text === 'C++')).toBe(false);
  });

  it('reads reporting lines, an introduction to a list and the selection process as nothing', () => {
    const ms = run(
      [
        'Job Summary',
        'The Physiotherapy Assistant will work under the direction and guidance of the Physiotherapist.',
        'The assistant will only take instruction in relation to any patient from a Physiotherapist.',
        'The assistant will perform some of the following activities, along with others that may be necessary.',
        'The assistant will maintain order and cleanliness of treatment areas and equipment.',
        'Requirements',
        '- Applicants who meet the above qualification will be considered',
      ].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['maintain order and cleanliness of treatment areas and equipment']);
    expect(of(ms, 'qualification')).toEqual([]);
  });
});

describe('captions inside a duties list', () => {
  it('reads a short line over sentences or deeper items as the caption of a group of tasks, not a task or a skill', () => {
    const ms = run(
      [
        'Detailed job description and main responsibilities',
        'Leadership',
        'Supervise, teach and assess student nurses and Band 5 staff.',
        'Training and supervision',
        '1. To supervise the work of assistant practitioners.',
        '2. To deliver training on dysphagia awareness to care providers.',
        'Service development',
        '3. To contribute to the planning and development of the service.',
      ].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual([
      'Supervise, teach and assess student nurses and Band 5 staff',
      'supervise the work of assistant practitioners',
      'deliver training on dysphagia awareness',
      'contribute to the planning and development of the service',
    ]);
    expect(of(ms, 'skill')).toEqual([]);
  });

  it('keeps the short lines of a list written without full stops', () => {
    const ms = run(['Key responsibilities', '- Manage the ward budget', '- Train new staff', '- Order clinical supplies'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Manage the ward budget', 'Train new staff', 'Order clinical supplies']);
  });
});

describe('reporting lines', () => {
  it('reads "Working under the supervision of …" as a reporting line, for the tagger too', () => {
    const ms = run(
      [
        'Main duties of the job',
        'Working under the supervision of a registered nurse, you will provide personal care to patients, take clinical observations such as blood pressure, pulse and temperature, and record them accurately.',
      ].join('\n'),
    );
    expect(of(ms, 'duty').filter((m) => /supervision/.test(m.text))).toEqual([]);
  });
});

describe('values', () => {
  it('reads the values named after "values:" as what the employer stands for, not duties', () => {
    const ms = run(
      [
        'Main duties of the job',
        'Support registered nurses in delivering fundamental care to patients.',
        'Applicants must be able to demonstrate the NHS values: working together for patients, respect and dignity, commitment to quality of care, compassion, improving lives, everyone counts.',
      ].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Support registered nurses in delivering fundamental care to patients']);
  });

  it('reads the aim after "vision:" or "mission:" as the employer\'s, unless it is "your mission"', () => {
    const ms = run(['Your role', 'Everything we do is based on one vision: to improve the financial health of the world.', 'Your mission: to build our payments platform.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['build our payments platform']);
  });
});

describe('cut fragments', () => {
  it('drops the employer\'s checks on a new starter as duties ("undertake an enhanced DBS check"), keeps checks done for others', () => {
    const text = 'The post holder will be required to undertake an enhanced DBS check. Complete DBS checks for new volunteers.';
    const span = (t: string) => spanIn(text, t, 'duty', 'responsibilities');
    expect(finish([span('undertake an enhanced DBS check'), span('Complete DBS checks for new volunteers')], 0.5, text, true).map((m) => m.text)).toEqual([
      'Complete DBS checks for new volunteers',
    ]);
    // (Checks named in more than one word: "a pre-employment background check and post-offer drug screening".)
    const us = 'You must be able to pass a pre-employment background check and post-offer drug screening.';
    expect(finish([spanIn(us, 'able to pass a pre-employment background check and post-offer drug screening', 'skill', 'requirements')], 0.5, us, true)).toEqual([]);
    const basic = 'The successful candidate will be required to complete a basic disclosure.';
    expect(finish([spanIn(basic, 'complete a basic disclosure', 'duty', 'summary')], 0.5, basic, true)).toEqual([]);
  });

  it('drops a duty span that ends on a pronoun or a relative word ("ensuring that all individuals we"), keeps a whole one', () => {
    const text = 'Acme is committed to ensuring that all individuals we come into contact with are treated with respect.';
    const span = (t: string) => spanIn(text, t, 'duty', 'responsibilities');
    expect(finish([span('ensuring that all individuals we')], 0.5, text, true).map((m) => m.text)).toEqual([]);
    expect(finish([span('ensuring that all individuals')], 0.5, text, true).map((m) => m.text)).toEqual(['ensuring that all individuals']);
  });

  it('drops a mention made only of small words ("after", a list item cut at its semicolons)', () => {
    const text = 'Safety is our main driver; after; quality and delivery come next.';
    const start = text.indexOf('after');
    expect(finish([{ kind: 'skill', text: 'after', normalized: 'after', section: 'requirements', start, end: start + 5, confidence: 0.8 }], 0.5, text, true)).toEqual([]);
  });

  it('takes the grade off a competency ("Good organizational skills"), keeps a name that begins with one ("Basic Life Support"), drops a grade alone and a duty that begins with one', () => {
    const text = 'Good organizational skills. Demonstrated experience of program management. Strong experience. Basic Life Support. Very good SAP knowledge. Solid.';
    const span = (t: string, kind: MentionKind) => spanIn(text, t, kind, 'requirements', t.toLowerCase());
    const kept = finish(
      [
        span('Good organizational skills', 'skill'),
        span('Demonstrated experience of program management', 'qualification'),
        span('Strong experience', 'qualification'),
        span('Basic Life Support', 'knowledge'),
        span('Very good SAP knowledge', 'duty'),
        span('Solid', 'skill'),
      ],
      0.5,
      text,
      true,
    );
    expect(kept.map((m) => [m.text, m.normalized])).toEqual([
      ['organizational skills', 'organizational skills'],
      ['experience of program management', 'experience of program management'],
      ['Basic Life Support', 'basic life support'],
    ]);
    for (const m of kept) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('what the employer stands for', () => {
  it('reads a commitment of the employer ("… is committed to ensuring …") as policy boilerplate', () => {
    const ms = run(
      [
        'Key responsibilities',
        '- Coordinate the monthly stock take with the pharmacy team',
        'Safeguarding Ethics Acme Relief is committed to ensuring that all individuals we work with are treated with respect.',
      ].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Coordinate the monthly stock take with the pharmacy team']);
  });

  it('reads the commitment of the person sought ("seeking a nurse who is committed to …") as asked of the candidate', () => {
    const ms = run('Ward 7 is a rehabilitation ward. We are seeking a compassionate nurse who is committed to delivering person-centred care.');
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['compassionate']);
  });

  it('reads no quality in "competent", which says only that the candidate can do the job', () => {
    const ms = run('Position summary. We are looking for competent and committed staff who are passionate and dedicated.');
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['committed', 'passionate', 'dedicated']);
  });
});

describe('process lines under a duties heading', () => {
  it('reads a verb-like word and a noun before "is/are" as a subject ("Working hours are …"), unless the verb takes a clause', () => {
    const ms = run(['Main duties of the job', '- booking outpatient appointments', 'Working hours are Monday to Friday, 9am - 5pm.', 'Training sessions are held every month.', '- Ensure reports are submitted on time'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['booking outpatient appointments', 'Ensure reports are submitted on time']);
  });

  it('reads a word before a modal as the subject\'s last word, not a duty verb ("The Practice Nurse will work …")', () => {
    const ms = run(['Job responsibilities', 'The Practice Nurse will work as part of the multidisciplinary primary health care team to deliver nursing care.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['work as part of the multidisciplinary primary health care team']);
  });

  it('reads a Title Case run before "is/are/has" as a subject, for the rules and the tagger ("Safeguarding Ethics Acme Relief has …")', () => {
    const ms = run(
      [
        'Key responsibilities',
        '- Coordinate the monthly stock take with the pharmacy team',
        'Safeguarding Ethics Acme Relief has a zero tolerance approach to abuse of any kind.',
        'Training Needs Analysis Reports are reviewed by the Board every quarter.',
      ].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Coordinate the monthly stock take with the pharmacy team']);
  });

  it('reads a plural noun before "will"/"are" as a subject, not a duty verb ("Interviews will be held …")', () => {
    const ms = run(['Job responsibilities', 'Maintain the ward stock of controlled drugs.', 'Interviews will be held on 12 March.', 'Shortlists are drawn up by the panel.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Maintain the ward stock of controlled drugs']);
  });
});

describe('a purpose clause before the subject', () => {
  it('reads "To …, we …" as why the employer acts, and takes the duty from "To …, you will …"', () => {
    const ms = run(
      [
        'About the role',
        'To keep our patients safe, we check the references of every new starter.',
        'To support the discharge team, you will arrange transport for patients going home.',
        'Key tasks',
        '- To monitor stock levels, place orders and check deliveries',
      ].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['arrange transport for patients going home', 'monitor stock levels', 'place orders', 'check deliveries']);
  });
});

describe('what the employer does for the post holder', () => {
  it('reads no duty inside a passive\'s "by" phrase ("You will be supported by a Band 6 mentor throughout …")', () => {
    const ms = run(
      [
        'Main duties of the job',
        'You will be part of a team of 12 nurses and support workers. You will be working 37.5 hours per week. You will be supported by a Band 6 mentor throughout your preceptorship. You will carry out risk assessments.',
      ].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['carry out risk assessments']);
  });

  it('reads "To be …" list lines as what the post holder is, not tasks named by a noun', () => {
    const ms = run(['Key responsibilities', '- To be an active member of the ward team.', '- To be aware of and adhere to Trust policies and procedures.', '- To act as a role model for junior staff.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['act as a role model for junior staff']);
  });

  it('reads what the post holder will receive, benefit from or have access to as an offer, not a duty', () => {
    const ms = run(
      [
        'Job overview',
        'You will receive a comprehensive preceptorship programme and will have the opportunity to rotate to outpatients. You will have access to a wide range of courses.',
      ].join('\n'),
    );
    expect(of(ms, 'duty')).toEqual([]);
  });

  it('ends a duty before "and will be …" (supported, given, offered)', () => {
    const ms = run(['Main duties of the job', 'The post holder will manage a caseload of adult patients and will be given protected time for study.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['manage a caseload of adult patients']);
  });

  it('reads the task before "and take part in …" as a duty of its own', () => {
    const ms = run(['Main duties of the job', 'The post holder will supervise assistant psychologists on placement, and take part in service evaluation and audit.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['supervise assistant psychologists on placement', 'take part in service evaluation and audit']);
    // (Its modal again after "and": "… and will be involved in training …".)
    const again = run(['Job overview', 'The successful candidate will lead the ward-based technician service and will be involved in training junior staff.'].join('\n'));
    expect(of(again, 'duty').map((m) => m.text)).toEqual(['lead the ward-based technician service', 'training junior staff']);
  });

  it('ends a duty before a participle of origin ("… changes deriving from these", "… risks arising from …")', () => {
    const ms = run(['Duties', '- Guide mechanical changes deriving from these in the short term and the long term', '- Manage clinical risks arising from changes to the service'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Guide mechanical changes', 'Manage clinical risks']);
  });

  it('ends a duty before a manner tail ("as agreed with …", "as requested by …")', () => {
    const ms = run(['Duties', '- Participate in clinical audit as agreed with the team manager', '- Cover reception as requested by the practice manager'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Participate in clinical audit', 'Cover reception']);
  });

  it('ends a duty before "and" + a clause with its own subject ("… and your ideas will be heard")', () => {
    const ms = run(['Main duties of the job', 'You will lead the weekly multidisciplinary meeting and your views will be heard by the senior team.', 'Responsibilities', '- Review discharge plans with the ward team and we will support your development'].join('\n'));
    const duties = of(ms, 'duty').map((m) => m.text);
    expect(duties).toEqual(expect.arrayContaining(['lead the weekly multidisciplinary meeting', 'Review discharge plans with the ward team']));
    expect(duties.filter((t) => /\bwill\b/.test(t))).toEqual([]);
  });
});

describe('working hours', () => {
  it('reads the hours and the shift pattern as a contract term, not a duty', () => {
    const ms = run(
      ['Main duties of the job', 'You will work 30 hours per week on a rotating shift pattern. You will triage patients arriving at the unit.', 'Duties', '- Work nights and weekends as part of the team'].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['triage patients arriving at the unit']);
  });
});

describe('run-on duty lines', () => {
  it('opens a new duty at a capitalised verb after a comma, but not at a field of a list', () => {
    const ms = run(
      [
        'Responsibilities',
        '- Needs Assessment In line with the annual plan of the project, develop an activity plan for furniture supplies, Lead needs assessments for equipment and maintenance works, Prepare need assessment reports for the project team',
        'Requirements',
        "- Bachelor's degree in Business, Marketing or a related field, or equivalent experience",
      ].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(
      expect.arrayContaining(['Lead needs assessments for equipment and maintenance works', 'Prepare need assessment reports for the project team']),
    );
    expect(of(ms, 'qualification').map((m) => m.text)).toContain("Bachelor's degree in Business, Marketing or a related field");
  });

  it('opens no new duty at a capitalised verb after a possessive or "that" (a noun or a subject follows)', () => {
    const ms = run(
      [
        'Responsibilities',
        "- Complete the patient's Discharge checklist with the nurse in charge before the patient leaves the ward",
        '- Ensure that Review meetings with families are held every month and recorded on the system',
      ].join('\n'),
    );
    const duties = of(ms, 'duty').map((m) => m.text);
    expect(duties.some((t) => t.startsWith("Complete the patient's Discharge checklist"))).toBe(true);
    expect(duties.some((t) => t.startsWith('Ensure that Review meetings'))).toBe(true);
  });
});

describe('names that end in a verb', () => {
  it('opens a new part of a run-on line after a language ("fluent in English Competence in using technology …")', () => {
    const ms = run(['Requirements', '- Strong interpersonal and communication skills and fluent in English Competence in using technology in the classroom'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['English']);
  });

  it('opens no new part at a capitalised verb followed by "when/where/if" ("… the Sister/Charge Nurse when competent")', () => {
    const ms = run(['Job responsibilities', 'Take charge of the ward in the absence of the Sister/Charge Nurse when competent to do so.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Take charge of the ward in the absence of the Sister/Charge Nurse']);
  });

  it('opens a new part of a run-on line at a capitalised number word ("… and requirements Two years of experience …"), not after "At least"', () => {
    const ms = run(
      ['Requirements', '- Knowledge of food hygiene regulations and requirements Two years of experience in a hospital catering role', '- At least Three years of experience in a similar role within the NHS'].join('\n'),
    );
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['food hygiene regulations']);
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['Two years of experience in a hospital catering role', 'Three years of experience in a similar role within the NHS']);
    expect(of(ms, 'skill')).toEqual([]);
  });

  it('does not open a new part at a capitalised verb that ends a name before "and" ("the Mental Health Act and …")', () => {
    const ms = run(['Community Psychiatric Nurse', '', 'Requirements', '- Up to date knowledge of the Mental Health Act and the Code of Practice'].join('\n'));
    const knowledge = of(ms, 'knowledge').map((m) => m.text);
    expect(knowledge.some((t) => t.startsWith('Mental Health Act'))).toBe(true);
    expect(knowledge).not.toContain('Mental Health');
  });

  it('keeps a year in brackets with the law\'s name ("the Mental Health Act (1983) and …")', () => {
    const ms = run(['Person specification', '- Knowledge of the Mental Health Act (1983) and the Mental Capacity Act (2005)'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toContain('Mental Health Act');
  });

  it('keeps the year of a law with its name ("the Data Protection Act 2018"): no duty "Act 2018"', () => {
    const ms = run(['Responsibilities', '- Store patient records in accordance with the Data Protection Act 2018'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Store patient records']);
  });

  it('reads a capitalised verb after "and" and a Title Case word as the end of a name ("Infection Prevention and Control (10%)"), unless an object follows', () => {
    const ms = run(
      ['Main responsibilities', 'Deliver Training in Infection Prevention and Control (10%)', 'Support the Ward Sister with rostering and Review staffing levels each morning'].join('\n'),
    );
    const duties = of(ms, 'duty').map((m) => m.text);
    expect(duties.filter((t) => t.startsWith('Control'))).toEqual([]);
    expect(duties).toContain('Review staffing levels each morning');
  });
});

describe('requirements that name the law', () => {
  it('reads labour law and disciplinary cases as what the role asks, not as a legal notice', () => {
    const ms = run(['Requirements', '- Knowledge of labour law and collective agreements', '- Relevant experience in recruiting and disciplinary cases'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toContain('labour law');
    expect(of(ms, 'qualification').map((m) => m.text)).toContain('Relevant experience in recruiting and disciplinary cases');
  });
});

describe('a job board header joined into one line', () => {
  it('reads each field apart: the tags after "Technologies" are knowledge, the seniority a qualification, the pay nothing', () => {
    const ms = run(
      'Technical Lead Developer Date posted: 2020-12-21 Job description: Compensation: £75k - 85k | Equity Job type: Full-time Experience level: Senior Role: Frontend Developer Technologies reactjs node.js php laravel Job description: You will lead a small team building our analytics platform.',
    );
    expect(of(ms, 'knowledge').map((m) => m.text.toLowerCase())).toEqual(expect.arrayContaining(['reactjs', 'node.js', 'php', 'laravel']));
    expect(of(ms, 'qualification').map((m) => m.text)).toContain('Senior');
    expect(ms.map((m) => m.text)).not.toContain('Equity');
  });
});

describe('qualifications', () => {
  it('gives each certificate listed by name after its head a qualification of its own ("Certifications such as CISSP, CISM or CEH")', () => {
    const quals = (line: string) => of(run(['Requirements', line].join('\n')), 'qualification').map((m) => m.text);
    expect(quals('Certifications such as CISSP, CISM or CEH are a plus')).toEqual(['CISSP', 'CISM', 'CEH']);
    expect(of(run('Requirements\nCertifications such as CISSP or CISM'), 'qualification').map((m) => m.qualification?.certification)).toEqual(['cissp', 'cism']);
    expect(quals('Professional certification (ACCA, CIMA or ACA)')).toEqual(['ACCA', 'CIMA', 'ACA']);
    expect(quals('Certifications in Cisco CCNP CCIE Juniper JNCIP-SP or other data communication certifications.')).toEqual(['Cisco CCNP', 'CCIE', 'Juniper JNCIP-SP', 'data communication certifications']);
    // (One name, or a field, is the qualification's whole name.)
    expect(quals('Certification in PRINCE2')).toEqual(['Certification in PRINCE2']);
    expect(quals('Certificate in Auto Mechanics')).toEqual(['Certificate in Auto Mechanics']);
  });

  it('reads a degree named in brackets after a criterion as a qualification ("(GCSE or equivalent)")', () => {
    const ms = run(['Qualifications', '- Good standard of literacy and numeracy (GCSE or equivalent)'].join('\n'));
    expect(of(ms, 'knowledge')).toEqual([]);
    expect(of(ms, 'qualification').map((m) => [m.text, m.qualification?.degreeLevel])).toContainEqual(['GCSE', expect.any(String)]);
  });

  it('ends an experience where an anonymised name opens a sentence of its own ("… technologies <ORGANIZATION> is a global leader …")', () => {
    const ms = run(['QA Engineer', 'Minimum requirement', 'Experience in UI testing technologies <ORGANIZATION> <ORGANIZATION> is a global leader in banking providing advice to the largest corporations in the world.'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['Experience in UI testing technologies']);
    // (After an article the name is the sentence's own: "The <ORGANIZATION> is …" is not cut there.)
    expect(of(run(['Researcher', 'Requirements', 'Experience with lasers at the <ORGANIZATION> is an advantage'].join('\n')), 'qualification').map((m) => m.text)).toEqual(['Experience with lasers at the <ORGANIZATION>']);
  });

  it('reads "within the last 3 years" as a time window, not years of experience', () => {
    const ms = run(['Requirements', '- Full UK driving licence with no penalty points within the last 3 years', '- 2 years of experience as a delivery driver'].join('\n'));
    expect(of(ms, 'qualification').map((m) => [m.text, m.qualification?.minYears])).toEqual([
      ['Full UK driving licence with no penalty points within the last 3 years', undefined],
      ['2 years of experience as a delivery driver', 2],
    ]);
  });

  it('gives an alternative degree and each count of years its own mention, but not "or equivalent experience" or "BSc or MSc"', () => {
    const ms = run(
      [
        'Job Requirement',
        'MA/MBA in Banking Finance, Accounting, Economics and any other related fields with 6.5 years of experience or BA in the same fields with 8.5 years of experience in banking industry, of which 2 years as a branch officer.',
        'A degree in Computer Science or related fields or equivalent practical experience, and a BSc or MSc in Physics, are welcome in our growing data team today.',
      ].join('\n'),
    );
    const texts = of(ms, 'qualification').map((m) => m.text);
    expect(texts).toEqual(
      expect.arrayContaining(['MA/MBA in Banking Finance, Accounting, Economics and any other related fields', '6.5 years of experience', 'BA in the same fields', '8.5 years of experience in banking industry']),
    );
    expect(texts).not.toContain('equivalent practical experience');
    expect(texts.some((t) => /^BSc or MSc in Physics/.test(t))).toBe(true);
  });

  it('opens a new requirement at a count of years run on after a noun, not after "including"', () => {
    const ms = run(
      [
        'Requirements',
        '- Diploma in Logistics or a related field 2 years of experience in stock control',
        '- At least 3 years of post-registration experience, including 2 years in emergency care',
        '- Minimum 6 years of experience in Software Engineering Minimum 4 years of experience in Java development',
        '- Experience in business development preferably in E-Commerce Bachelor degree in Marketing',
        '- 1 year above for Degree and 2 years above for Diploma',
      ].join('\n'),
    );
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual([
      'Diploma in Logistics or a related field',
      '2 years of experience in stock control',
      '3 years of post-registration experience, including 2 years in emergency care',
      '6 years of experience in Software Engineering',
      '4 years of experience in Java development',
      'Experience in business development preferably in E-Commerce',
      'Bachelor degree in Marketing',
      '1 year above for Degree and 2 years above for Diploma',
    ]);
    // A clause with its own verb after "and" ends the requirement ("… and are familiar with …").
    const and = run('You have solid experience with commercial and technical risk management and are familiar with change management.');
    expect(of(and, 'qualification').map((m) => m.text)).toEqual(['experience with commercial and technical risk management']);
    // In a run-on paragraph a requirement ends at a bracket before the next sentence.
    const prose = run("Many years experience in sales. Master's degree (preferably MSc or MBA in business) A strong network in the wine industry and you know how it works.");
    expect(of(prose, 'qualification').map((m) => m.text)).toContain("Master's degree (preferably MSc or MBA in business)");
  });

  it('reads a person specification\'s "Car driver" as the licence it asks for, not a skill', () => {
    const ms = run(['Person specification', 'Desirable', '- Car driver with access to a vehicle', '- Car owner/driver'].join('\n'));
    expect(ms.map((m) => `${m.kind}: ${m.text}`)).toEqual(['qualification: Car driver with access to a vehicle', 'qualification: Car owner/driver']);
  });

  it('reads a qualification whose first word looks like a verb ("Clean driving licence", "Practice educator qualification")', () => {
    const ms = run(['Desirable', '- Clean driving licence', '- Practice assessor qualification', '- Teaching qualification', '- Maintain professional registration with the HCPC'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['Clean driving licence', 'Practice assessor qualification', 'Teaching qualification']);
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Maintain professional registration with the HCPC']);
  });

  it('reads a licence listed after a slash as its own qualification, the pieces before it their own mentions', () => {
    const ms = run(['Requirements', '- Negotiation / Customer service / MS Excel / Driving licence', '- BSc / MSc in Computer Science'].join('\n'));
    expect(ms.map((m) => `${m.kind}: ${m.text}`)).toEqual([
      'skill: Negotiation',
      'skill: Customer service',
      'knowledge: MS Excel',
      'qualification: Driving licence',
      'qualification: BSc / MSc in Computer Science',
    ]);
  });

  it('reads names the vocabulary does not know, listed with a tool it knows, as tools too', () => {
    const ms = run(
      ['Requirements', '- Experience with Kotlin RxJava or Coroutines', '- Experience using Xero or QuickBooks', '- Experience with Java and Strong communication skills', '- Full Stack Engineer (JavaScript / React /Node JS)'].join('\n'),
    );
    const knowledge = of(ms, 'knowledge').map((m) => m.text);
    expect(knowledge).toEqual(expect.arrayContaining(['Kotlin', 'RxJava', 'Coroutines', 'Xero', 'QuickBooks']));
    // Not in prose about the employer.
    const about = run('Our lab has an infrastructure with Kubernetes, Zorblax and Quuxify.');
    expect(of(about, 'knowledge').map((m) => m.text)).not.toContain('Zorblax');
    // A capitalised word that opens a new requirement, or one word of a longer name, is none.
    expect(knowledge).not.toContain('Strong');
    expect(knowledge).not.toContain('Node');
  });

  it('reads "knowledge within X" as a knowledge cue', () => {
    expect(of(run('Good knowledge within finance and accounting.'), 'knowledge').map((m) => m.text)).toEqual(['finance and accounting']);
  });

  it('reads the examples "including …" after a knowledge cue\'s object as knowledge of their own, in a sentence alone', () => {
    const ms = run('Proficient in the use of Microsoft Excel including pivot tables and VLOOKUPs.');
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Microsoft Excel', 'pivot tables', 'VLOOKUPs']);
  });

  it('reads a list after a knowledge cue up to "is required", and an ability up to "is essential"', () => {
    expect(of(run('A good understanding of SEO, PPC and social media marketing is required.'), 'knowledge').map((m) => m.text)).toEqual(['SEO', 'PPC', 'social media marketing']);
    // (The ability to speak a language asks for the language: knowledge, mentions.md.)
    const welsh = run('The ability to speak Welsh is essential for this post.');
    expect([of(welsh, 'skill'), of(welsh, 'knowledge').map((m) => m.text)]).toEqual([[], ['Welsh']]);
    expect(of(run('Candidates with a background in retail are encouraged to apply.'), 'qualification').map((m) => m.text)).toEqual(['background in retail']);
    // A capitalised "Should/Must have" opens the next requirement of a run-on line.
    const runOn = of(run('Job Requirements Qualification Has a potential to distribute our Products, Should have renewed driving License Should have a Car Should have 2 years of experience as a distributor'), 'qualification');
    expect(runOn.map((m) => m.text)).toContain('2 years of experience as a distributor');
    expect(runOn.filter((m) => /Car/.test(m.text))).toEqual([]);
    // A sentence that opens with the experience asks for it, in prose about the role too.
    expect(of(run(['About the role', 'We work across the region. Experience applying community-based approaches that promote gender equality is valued.'].join('\n')), 'qualification').map((m) => m.text)).toEqual([
      'Experience applying community-based approaches that promote gender equality',
    ]);
    expect(of(run('10 or more years’ relevant management and technical experience.'), 'qualification').map((m) => [m.text, m.qualification?.minYears])).toEqual([
      ['10 or more years’ relevant management and technical experience', 10],
    ]);
    // "A levels of …" is an article and a noun, no A levels asked for.
    expect(of(run('A levels of competence are defined below.'), 'qualification')).toEqual([]);
    // A list that runs on into a skill stops where it did.
    expect(of(run('Knowledge of accounting, good communication skills and teamwork are required.'), 'knowledge').map((m) => m.text)).toEqual(['accounting']);
    // So does one into a quality, or before examples in brackets ("IFRS, Computer skills (MS Excel …)").
    expect(pairs(run(['Skills', '- Knowledge of IFRS, good computer skills and honesty'].join('\n')), 'knowledge')).toEqual([['IFRS', 'ifrs']]);
    expect(of(run(['Skills', '- Good knowledge of IFRS, Computer skills (MS Excel and Peachtree), Honest'].join('\n')), 'knowledge').map((m) => m.text)).not.toContain('IFRS, Computer skills');
    expect(of(run(['Skills', '- Good knowledge of IFRS, Computer skills (MS Excel and Peachtree), Honest'].join('\n')), 'knowledge').map((m) => m.text)).toContain('IFRS');
    // A count of years with a degree is a requirement of its own on a list line, as in prose.
    expect(of(run(['Requirements', '- BA Degree in Accounting and Finance with 2 years of relevant experience', '- Experience with 2 or more programming languages'].join('\n')), 'qualification').map((m) => m.text)).toEqual([
      'BA Degree in Accounting and Finance',
      '2 years of relevant experience',
      'Experience with 2 or more programming languages',
    ]);
  });

  it('reads a named scheme one is trained in, and named qualifications in the plural, as qualifications', () => {
    const prose = run('Must be IPAF and PASMA trained. Our fully trained staff will support you. As a Senior Electrician you will hold 18th Edition and AM2 qualifications.');
    expect(of(prose, 'qualification').map((m) => m.text)).toEqual(['IPAF and PASMA trained', '18th Edition and AM2 qualifications']);
    // UK awarding bodies and trade schemes named alone ("City and Guilds 2391", "Gas Safe registered"); "&" inside a body's name.
    expect(of(run('17th Edition and City & Guilds 2391 qualifications are essential. Must hold City and Guilds 2391 or equivalent.'), 'qualification').map((m) => m.text)).toEqual([
      '17th Edition',
      'City & Guilds 2391 qualifications',
      'City and Guilds 2391',
    ]);
    expect(of(run(['Requirements', '- City & Guilds Level 3 in Plumbing', '- Gas Safe registered'].join('\n')), 'qualification').map((m) => m.text)).toEqual([
      'City & Guilds Level 3 in Plumbing',
      'Gas Safe registered',
    ]);
    // A card named by its scheme after a licence is a requirement of its own.
    expect(of(run('An HGV Class 1 licence with a valid CPC card and digi tacho card is essential.'), 'qualification').map((m) => m.text)).toEqual([
      'HGV Class 1 licence',
      'valid CPC card and digi tacho card',
    ]);
    const list = run(['Essential', '- Manual handling trained', '- Relevant qualifications', '- Professional qualifications', '- Trained in phlebotomy', '- Trained staff will help'].join('\n'));
    expect(of(list, 'qualification').map((m) => m.text)).toEqual(['Manual handling trained', 'Trained in phlebotomy']);
    // A qualification that names none is no skill either.
    expect(of(list, 'skill')).toEqual([]);
  });

  it('ends a requirement before "is an added advantage", and reads training relevant for a field', () => {
    const ms = run(['Job Requirements', '- Automotive background is an added advantage', '- Technical training relevant for logistics and driving of vehicles', '- Must demonstrate initiative and proactiveness'].join('\n'));
    expect(ms.map((m) => [m.kind, m.text])).toEqual([
      ['qualification', 'Automotive background'],
      ['qualification', 'Technical training relevant for logistics and driving of vehicles'],
      ['skill', 'initiative'],
      ['skill', 'proactiveness'],
    ]);
  });

  it('reads a registered profession as a registration ("Registered Mental Health Nurse (RMN)", "RGN or RMN")', () => {
    const ms = run(['Qualifications', '- Registered Mental Health Nurse (RMN)', '- Registered General Nurse', '- RGN or RMN'].join('\n'));
    expect(ms.map((m) => [m.kind, m.text])).toEqual([
      ['qualification', 'Registered Mental Health Nurse (RMN)'],
      ['qualification', 'Registered General Nurse'],
      ['qualification', 'RGN or RMN'],
    ]);
  });

  it('reads training done, named on a requirement line, as a qualification, and training offered as nothing', () => {
    const ms = run(['Essential', '- Cervical cytology training', '- Post-graduate training in injection therapy', '- Full training will be given', '- Deliver training to staff'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['Cervical cytology training', 'Post-graduate training in injection therapy']);
    expect(of(ms, 'skill')).toEqual([]);
  });

  it('keeps "Bachelor and/or Master\'s degree" one requirement', () => {
    expect(of(run("We need someone with a Bachelor and/or Master's degree in business."), 'qualification').map((m) => m.text)).toEqual(["Bachelor and/or Master's degree in business"]);
  });

  it('reads a short sentence that is only a degree as asking for it', () => {
    const ms = run(['Job summary', 'We build mobile apps for banks.', 'Degree in Computer Science. Proven ability to influence cross functional teams.'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['Degree in Computer Science']);
  });

  it('reads a certificate in a sentence about what the successful candidate will have', () => {
    const ms = run(['Job summary', 'The team is busy.', 'The successful candidate will have an AMSPAR qualification or equivalent experience.'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toContain('AMSPAR qualification');
  });

  it('reads no level word alone as a skill ("Dysphagia competencies at specialist level")', () => {
    const ms = run(['KNOWLEDGE, TRAINING AND EXPERIENCE', 'Degree in Speech and Language Therapy.', 'Dysphagia competencies at specialist level.'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['Dysphagia competencies']);
  });

  it('reads certificates and certifications in the plural as qualifications', () => {
    expect(of(run('Relevant professional certifications are desirable.'), 'qualification').map((m) => m.text)).toEqual(['Relevant professional certifications']);
  });

  it('reads a certificate named after a verb ("Care Certificate") as a qualification, and registration work as a duty', () => {
    const ms = run(['Qualifications', '- Care Certificate', '- Maintain professional registration with the NMC'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['Care Certificate']);
  });

  it('fills degree level, field, minimum years and certification', () => {
    const ms = run(
      [
        'Education and Experience',
        "- Bachelor's degree in Nursing or a related field",
        '- 3+ years experience managing client accounts',
        '- AWS certification (Solutions Architect)',
        '- Full UK driving licence and willingness to travel',
      ].join('\n'),
    );
    expect(of(ms, 'qualification').map((m) => [m.text, m.qualification])).toEqual([
      ["Bachelor's degree in Nursing or a related field", { degreeLevel: 'bachelor', field: 'nursing' }],
      ['3+ years experience managing client accounts', { minYears: 3 }],
      ['AWS certification (Solutions Architect)', { certification: 'aws certification' }],
      ['Full UK driving licence', { certification: 'uk driving licence' }],
    ]);
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['willingness to travel']);
  });

  it('gives a degree offered with others the field they share ("BA/BSc Degree in …", "Bachelor\'s or master\'s degree in …")', () => {
    const ms = run(
      [
        'Requirements',
        '- BSc/Diploma in Nursing',
        "- Bachelor's or master's degree in public health, healthcare management",
        '- BA/MA Degree in Marketing Management and other related fields',
        '- BA degree in Accounting, Warehouse Management or in a related field',
        '- Degree or experience in marketing',
      ].join('\n'),
    );
    expect(of(ms, 'qualification').map((m) => m.qualification)).toEqual([
      { degreeLevel: 'bachelor', field: 'nursing' },
      { degreeLevel: 'bachelor', field: 'public health, healthcare management' },
      { degreeLevel: 'bachelor', field: 'marketing management' },
      { degreeLevel: 'bachelor', field: 'accounting, warehouse management' },
      // ("experience in marketing" is no degree's field.)
      { degreeLevel: 'degree' },
    ]);
  });

  it('gives a degree\'s field as its subject alone ("the area of …", "… field of study", "… degree"), none for a vague one', () => {
    const ms = run(
      [
        'Requirements',
        "- Bachelor's degree in the area of Computer Science",
        '- BSc in Engineering field of study',
        '- BSc in physiotherapy degree from recognized University',
        "- Bachelor's degree in relevant field of study",
        '- BSc in Computer Science good written and spoken English',
      ].join('\n'),
    );
    expect(of(ms, 'qualification').map((m) => m.qualification?.field)).toEqual(['computer science', 'engineering', 'physiotherapy', undefined, 'computer science']);
  });

  it('reads letters a posting names itself by as the employer, no tool ("CRS is seeking …", "About CRS")', () => {
    const knowledge = (first: string) => of(run([first, 'Requirements', '- Knowledge of CRS and PowerPoint'].join('\n')), 'knowledge').map((m) => m.text);
    expect(knowledge('CRS is seeking a Chief of Party.')).toEqual(['PowerPoint']);
    expect(knowledge('About CRS')).toEqual(['PowerPoint']);
    expect(knowledge('We are seeking a Chief of Party.')).toEqual(['CRS', 'PowerPoint']);
  });

  it('reads an ability past a bracketed aside of its verb ("Ability to handle (and be excited by) challenging problems")', () => {
    const skills = (src: string) => of(run(src), 'skill').map((m) => [m.text, m.normalized]);
    expect(skills('Ability to handle (and be excited by) challenging problems.')).toEqual([
      ['Ability to handle (and be excited by) challenging problems', 'handling challenging problems'],
    ]);
    // (An aside after the object ends it, as before.)
    expect(skills('Ability to work independently (or in a team).')).toEqual([['Ability to work independently', 'working independently']]);
  });

  it('reads a skill back from its head no further than a verb before an adjective, and keeps the head after an adjective', () => {
    const text = (src: string) => of(run(src), 'skill').map((m) => [m.text, m.normalized]);
    expect(text('The candidate applies broad technical skills to new problems.')).toEqual([['technical skills', 'technical skills']]);
    expect(text('We need a cybersecurity expert keeping technical skills up to date.')).toEqual([['technical skills', 'technical skills']]);
    expect(text('You bring current technical skills.')).toEqual([['current technical skills', 'current technical skills']]);
    // (A noun before a noun stays: "change management", "report writing".)
    expect(text('Strong change management skills and report writing skills.')).toEqual([
      ['change management skills', 'change management'],
      ['report writing skills', 'report writing'],
    ]);
  });

  it('reads a drive asked after an experience as a skill of its own ("… and a hunger to succeed")', () => {
    const ms = run('You must have a proven track record in B2B sales and a hunger to succeed.');
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['track record in B2B sales']);
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['hunger to succeed']);
    expect(of(run('Requirements\n- Enthusiasm for technology'), 'skill').map((m) => m.text)).toEqual(['Enthusiasm for technology']);
  });

  it('ends a qualification line where a skill or knowledge is added with "and", normalized form included', () => {
    const ms = run(
      [
        'Requirements',
        '- Degree in Accounting and strong Excel skills',
        '- A degree in Finance and proficiency in Excel',
        '- NVQ Level 3 in Health and Social Care and a caring nature',
        '- Degree in Business and Finance',
      ].join('\n'),
    );
    expect(pairs(ms, 'qualification')).toEqual([
      ['Degree in Accounting', 'degree in accounting'],
      ['degree in Finance', 'degree in finance'],
      ['NVQ Level 3 in Health and Social Care', 'nvq level 3 in health and social care'],
      ['Degree in Business and Finance', 'degree in business and finance'],
    ]);
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['caring nature']);
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Excel']);
  });

  it('reads UK vocational and school qualifications (NVQ, BTEC, GCSE, Functional Skills, foundation degree) with their level', () => {
    const ms = run(
      [
        'Person Specification',
        'Qualifications',
        'Essential',
        'BTEC/NVQ Level 3 in Pharmaceutical Sciences',
        'GCSE Maths and English at grade C or above',
        'Functional Skills Level 2 in English and Maths',
        'Foundation degree in health and social care',
      ].join('\n'),
    );
    expect(of(ms, 'qualification').map((m) => [m.text, m.qualification?.degreeLevel])).toEqual([
      ['BTEC/NVQ Level 3 in Pharmaceutical Sciences', 'vocational'],
      ['GCSE Maths and English at grade C or above', 'secondary'],
      ['Functional Skills Level 2 in English and Maths', 'secondary'],
      ['Foundation degree in health and social care', 'associate'],
    ]);
    expect(of(ms, 'skill')).toEqual([]);
  });

  it('reads a kind of qualification named on a list line ("Mentorship and teaching qualifications") as one, and no skill in it', () => {
    const quals = (line: string) => run(['Staff Nurse', '', 'Qualifications', line].join('\n')).map((m) => [m.kind, m.text]);
    expect(quals('Teaching qualifications')).toEqual([['qualification', 'Teaching qualifications']]);
    expect(quals('Mentorship and teaching qualifications')).toEqual([['qualification', 'Mentorship and teaching qualifications']]);
    expect(quals('PGCE or equivalent teaching qualification')).toEqual([['qualification', 'PGCE']]);
    expect(quals('Relevant qualifications')).toEqual([]);
  });

  it('reads "experience of/with" something as a qualification, on a list line and in prose', () => {
    const ms = run(['Desirable', '- Experience of caring for ventilated patients', '- Experience with Kubernetes and Terraform', '- Registered Nurse with current NMC registration'].join('\n'));
    expect(ms.map((m) => [m.kind, m.text])).toEqual([
      ['qualification', 'Experience of caring for ventilated patients'],
      ['qualification', 'Experience with Kubernetes and Terraform'],
      ['knowledge', 'Kubernetes'],
      ['knowledge', 'Terraform'],
      ['qualification', 'Registered Nurse with current NMC registration'],
    ]);
    const prose = run(['About the job', 'We also expect hands-on experience with payroll software, and you will train new starters.'].join('\n'));
    expect(of(prose, 'qualification').map((m) => m.text)).toEqual(['hands-on experience with payroll software']);
  });

  it('reads "Care Certificate" as a qualification, not a duty to care, without its "or willingness to" tail', () => {
    const ms = run(['Qualifications', 'Care Certificate or willingness to complete'].join('\n'));
    expect(pairs(ms, 'qualification')).toEqual([['Care Certificate', 'care certificate']]);
  });

  it('leaves the asking verb out of a registration', () => {
    const ms = run(['UK Registration', 'Applicants must have current UK professional registration.'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['current UK professional registration']);
  });

  it('keeps the nouns after a gerund\'s object with it', () => {
    const ms = run(['Knowledge', '- Knowledge of safeguarding children and adults'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['safeguarding children and adults']);
    // (Nor how it was gained: "… acquired through NVQ Level 3".)
    expect(of(run('Knowledge\n- Knowledge of clinical procedures acquired through NVQ Level 3'), 'knowledge').map((m) => m.text)).toEqual(['clinical procedures']);
    // (A noun in -ing is no gerund; a term written with "and" is one part.)
    const listed = run(['Knowledge', '- Knowledge of accounting principles and tax legislation', '- Knowledge of infection control and moving and handling'].join('\n'));
    expect(of(listed, 'knowledge').map((m) => m.text)).toEqual(['accounting principles', 'tax legislation', 'infection control', 'moving and handling']);
  });

  it('splits a list that opens with one word, but not lone words sharing the last noun or a list that runs on as a sentence', () => {
    const ms = run(
      [
        'Knowledge',
        '- Knowledge of auditing, internal audit standards, fraud awareness, and professional ethical standards',
        '- Knowledge of verbal, written and spoken English',
        '- Knowledge of PC systems and procedures and your IT skills',
        '- Knowledge of standards and guidelines for GBV programming',
      ].join('\n'),
    );
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual([
      'auditing',
      'internal audit standards',
      'fraud awareness',
      'professional ethical standards',
      'verbal, written and spoken English',
      // (The object ends before a clause of its own: "and your …".)
      'PC systems and procedures',
      'standards and guidelines for GBV programming',
    ]);
  });

  it('gives one mention per law of "the X Act and Y Act", and one for a name with "and" inside', () => {
    const ms = run(['Knowledge', '- Knowledge of the Mental Health Act and Care Act', '- Knowledge of the Quality and Outcomes Framework'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Mental Health Act', 'Care Act', 'Quality and Outcomes Framework']);
  });

  it('gives one mention per name of a list after a cue, each with the level of its cue', () => {
    const ms = run(
      [
        'Requirements',
        '- Strong proficiency in TypeScript, React and Node.js',
        '- Knowledge of the local market and its main players',
        '- Solid knowledge of HTML, CSS and modern JavaScript',
        '- In-depth knowledge of email, on-line, interactive marketing',
      ].join('\n'),
    );
    expect(of(ms, 'knowledge').map((m) => [m.text, m.normalized, m.level])).toEqual([
      ['TypeScript', 'typescript', 'strong'],
      ['React', 'react', 'strong'],
      ['Node.js', 'node.js', 'strong'],
      ['local market and its main players', 'local market and its main players', undefined],
      ['HTML', 'html', 'good'],
      ['CSS', 'css', 'good'],
      ['modern JavaScript', 'modern javascript', 'good'],
      // One head noun shared by the list ("email, on-line, interactive marketing"): one mention.
      ['email, on-line, interactive marketing', 'email, on-line, interactive marketing', 'in-depth'],
    ]);
  });

  it('gives one mention per qualification a sentence names, and ends a licence line where it ends', () => {
    const ms = run(
      [
        'Requirements',
        'Most often employers ask for higher education in economics, management or marketing and at least one year of experience in sales.',
        'Beginners usually grow to senior manager after two or three years.',
        '- Full driving licence and access to a car for work',
      ].join('\n'),
    );
    expect(of(ms, 'qualification').map((m) => [m.text, m.qualification])).toEqual([
      ['higher education in economics, management or marketing', { degreeLevel: 'degree', field: 'economics, management or marketing' }],
      ['one year of experience in sales', { minYears: 1 }],
      ['Full driving licence', { certification: 'driving licence' }],
    ]);
  });

  it('reads a proven track record as a qualification', () => {
    const ms = run(['Requirements', '- Proven track record of hitting sales targets'].join('\n'));
    expect(ms.map((m) => [m.kind, m.text])).toEqual([['qualification', 'track record of hitting sales targets']]);
  });

  it('leaves "a high degree of accuracy" and "25 days holiday" alone', () => {
    const ms = run(['Requirements', '- Works with a high degree of accuracy.', 'Responsibilities', '- Plan 25 days of training a year.'].join('\n'));
    expect(of(ms, 'qualification')).toEqual([]);
  });

  it('takes the clause, not the whole sentence, from prose', () => {
    const ms = run('Candidates need at least five years of experience in freight forwarding, which we consider essential for the role.');
    expect(of(ms, 'qualification').map((m) => [m.text, m.qualification?.minYears])).toEqual([
      ['five years of experience in freight forwarding', 5],
    ]);
  });
});

describe('other languages and options', () => {
  it('classifies items of a German posting from their sections', () => {
    const ms = run(['Ihre Aufgaben', '- Betreuung von Großkunden im Norden', 'Ihr Profil', '- Mindestens 3 Jahre Berufserfahrung im Vertrieb', '- Teamfähigkeit'].join('\n'), 'de');
    expect(ms.map((m) => [m.kind, m.text])).toEqual([
      ['duty', 'Betreuung von Großkunden im Norden'],
      ['qualification', 'Mindestens 3 Jahre Berufserfahrung im Vertrieb'],
      ['skill', 'Teamfähigkeit'],
    ]);
  });

  it('splits short coordinated skills and reads knowledge cues in a German posting', () => {
    const ms = run(['Ihr Profil', '- Analytische Denkweise und Zahlenaffinität', '- Kenntnisse der Handelsstrukturen im Einzelhandel'].join('\n'), 'de');
    expect(ms.map((m) => [m.kind, m.text, m.normalized])).toEqual([
      ['skill', 'Analytische Denkweise', 'analytische denkweise'],
      ['skill', 'Zahlenaffinität', 'zahlenaffinität'],
      ['knowledge', 'Kenntnisse der Handelsstrukturen im Einzelhandel', 'kenntnisse der handelsstrukturen im einzelhandel'],
    ]);
  });

  it('reads English items as English even when the document was detected as another language', () => {
    const ms = run(['Requirements', '- Good negotiation skills', '- 3+ years of experience in sales'].join('\n'), 'nl');
    expect(ms.map((m) => [m.kind, m.normalized])).toEqual([
      ['skill', 'negotiation'],
      ['qualification', '3+ years of experience in sales'],
    ]);
  });

  it('drops mentions below minConfidence', () => {
    const strict = { ...config, minConfidence: 0.9 };
    const doc = cleanDoc(['Skills', '- Good negotiation skills'].join('\n'));
    expect(extract(doc, segment(doc, segConfig), strict)).toEqual([]);
  });

  it('rejects a lexicon file with a missing list, naming the key', () => {
    expect(() => resolveExtractConfig(extractOptionsSchema.parse({}), () => ({ dutyVerbs: [] }))).toThrow(/extract\.lexicon/);
  });
});

describe('requirements written as prose', () => {
  it('reads duties, qualifications, skills and qualities from sentences', () => {
    const ms = run(
      [
        'The Role',
        'As an Inside Sales Representative you will qualify inbound leads, run product demos and close deals with small businesses.',
        'About You',
        'The ideal candidate will have at least 2 years of experience in B2B sales, excellent communication skills and a proven ability to close deals.',
        'You are resilient, organised and comfortable with targets.',
        'Fluency in English is essential.',
        'Our leadership team is proud of its integrity.',
      ].join('\n'),
    );
    expect(ms.map((m) => [m.kind, m.text])).toEqual([
      ['duty', 'qualify inbound leads'],
      ['duty', 'run product demos'],
      ['duty', 'close deals with small businesses'],
      ['qualification', '2 years of experience in B2B sales'],
      ['skill', 'communication skills'],
      ['skill', 'ability to close deals'],
      ['skill', 'resilient'],
      ['skill', 'organised'],
      ['knowledge', 'English'],
    ]);
  });

  it('reads a licence, a card or a degree level the candidate is told they need in prose under no heading', () => {
    const ms = run(
      [
        'You will need a full UK driving licence and your own transport.',
        'Candidates should be educated to degree level in a relevant discipline.',
        'We require someone with a CSCS card.',
        'The team drives to sites across the region.',
      ].join('\n'),
    );
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['full UK driving licence', 'degree level in a relevant discipline', 'CSCS card']);
  });
});

describe('a whole posting', () => {
  const posting = [
    '# Community Pharmacist',
    '**Company Name :** Riverside Health Ltd.',
    'About Riverside Health',
    'Riverside Health runs eleven pharmacies across the valley and has served local families since 1987.',
    'What you will do',
    '- Dispense prescriptions accurately and check the work of dispensing assistants.',
    '- Provide advice on minor ailments and medicines to patients.',
    '- Run the flu vaccination clinic each autumn.',
    'What you will need',
    '- Master of Pharmacy (MPharm) degree',
    '- Registration with the General Pharmaceutical Council',
    '- Excellent communication and interpersonal skills',
    '- Working knowledge of ProScript or a similar dispensing system',
    'What we offer',
    '- Paid professional registration fees',
    '- Generous staff discount',
    'How to apply',
    'Send your CV to careers@riverside.example and call 01234 567890 with any questions.',
  ].join('\n');

  it('reads title, company and every kind, and nothing from the blurb, the offer or the application text', () => {
    const doc = cleanDoc(posting);
    const seg = segment(doc, segConfig);
    expect(seg.title).toBe('Community Pharmacist');
    expect(seg.company).toBe('Riverside Health Ltd.');
    const ms = extract(doc, seg, config);
    expect(ms.map((m) => m.kind)).toEqual(['duty', 'duty', 'duty', 'duty', 'qualification', 'qualification', 'skill', 'knowledge']);
    expect(ms.every((m) => m.section !== 'company' && m.section !== 'benefits' && m.section !== 'apply')).toBe(true);
    expect(ms.find((m) => m.kind === 'qualification')?.qualification).toEqual({ degreeLevel: 'master', field: 'pharmacy' });
  });

  it('gives the same result every time, and nothing for an empty document', () => {
    const doc = cleanDoc(posting);
    expect(extract(doc, segment(doc, segConfig), config)).toEqual(extract(doc, segment(doc, segConfig), config));
    const empty = cleanDoc('');
    const seg = segment(empty, segConfig);
    expect(seg).toEqual({ title: '', company: '', roles: [], sections: [] });
    expect(extract(empty, seg, config)).toEqual([]);
  });
});

describe('real-like postings', () => {
  it('reads duties from a one-line posting with inline headings and bullets, with short spans', () => {
    const ms = run(
      'Warehouse Officer\n\nABOUT US Our client is a trading company. JOB SUMMARY The Warehouse Officer will ensure the safe storage of goods, by keeping accurate records. ' +
        'DUTIES AND RESPONSIBILITIES · To receive and inspect incoming goods in line with purchase orders · Prepare monthly stock reports to support planning · Report to the Logistics Manager ' +
        'Job Requirements · BSc degree in Logistics or related field · 3 years of experience in warehouse operations · Excellent communication and interpersonal skills · Fluent English ' +
        'How to Apply Send your CV to the office.',
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['ensure the safe storage of goods', 'keeping accurate records', 'receive and inspect incoming goods', 'Prepare monthly stock reports']);
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['BSc degree in Logistics or related field', '3 years of experience in warehouse operations']);
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['communication and interpersonal skills']);
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['English']);
  });

  it('reads prose about the role and the candidate without headings', () => {
    const ms = run(
      [
        'We are looking for an analyst who will build dashboards for the sales team.',
        'You will be responsible for the quality of our reporting data.',
        'As an individual you are curious, self-driven and analytical.',
        'You have experience in retail analytics and a good knowledge of SQL.',
      ].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['build dashboards for the sales team', 'quality of our reporting data']);
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['curious', 'self-driven', 'analytical']);
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['experience in retail analytics']);
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['SQL']);
  });

  it('reads a word the lexicon does not know as a quality when it is listed with qualities after "you are"', () => {
    const skills = (line: string) => of(run(line), 'skill').map((m) => m.text);
    expect(skills('As an individual you are positive open and dynamic.')).toEqual(['positive', 'open', 'dynamic']);
    expect(skills('You are precise and focused.')).toEqual(['precise', 'focused']);
    // (Not a verb that opens what the candidate does next, nor words listed with no quality.)
    expect(skills('You are friendly and work well in a team.')).toEqual(['friendly']);
    expect(skills('You should be here and ready.')).toEqual([]);
  });

  it('ends no name on "etc" ("SPSS, Stata etc")', () => {
    expect(of(run('Requirements\n- Knowledge of SPSS, Stata etc'), 'knowledge').map((m) => m.text)).toEqual(['SPSS', 'Stata']);
  });

  it('ends no span on a preposition its clause was cut after ("… child protection policy through")', () => {
    const ms = run("Demonstrate commitment to Acme's child protection policy through implementing the policy in its entirety, and reporting concerns.");
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(["commitment to Acme's child protection policy"]);
  });

  it('never lemmatizes a noun modifier or an acronym, and gives no debris', () => {
    const ms = run(['Responsibilities', '- Support patients with eating disorders in the CAMHS service.', 'Requirements', '- A degree (nursing or similar).'].join('\n'));
    const duty = of(ms, 'duty')[0];
    expect(duty.normalized).toContain('eating disorders');
    expect(duty.normalized).toContain('camhs');
    for (const m of ms) expect(m.text).not.toMatch(/^[\s(.,;:]|[\s(,;:]$/);
  });
});

describe('mentions that name nothing', () => {
  it('drops placeholders, heading words and Title Case headings read as duties', () => {
    const ms = run(
      [
        'Responsibilities',
        '- Prepare monthly reports for the [REDACTED] board',
        '- Planning, Design Development and Documentation',
        '- Support and Construction Management',
        'Requirements',
        '- Knowledge, Skills and Abilities',
        '- Knowledge of [REDACTED]',
        '- Knowledge of SQL',
      ].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Prepare monthly reports for the [REDACTED] board']);
    expect(ms.map((m) => m.text)).not.toContain('[REDACTED]');
    expect(ms.map((m) => m.text)).not.toContain('Knowledge, Skills and Abilities');
    expect(of(ms, 'knowledge').map((m) => m.text)).toContain('SQL');
    expect(run('Requirements\n- 3 Job Requirements Qualification')).toEqual([]);
    // (A pointer to the tasks listed is none of them.)
    expect(run('The Junior Physiotherapist role will involve some of the following activities, along with others that may be necessary in the context of specific therapy situations.')).toEqual([]);
  });

  it('gives no one-word duty but an activity', () => {
    const ms = run(['Responsibilities', '- Drive', '- Transparency', '- Sweeping', '- Troubleshooting', '- Prepare monthly reports'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Sweeping', 'Troubleshooting', 'Prepare monthly reports']);
  });

  it('reads nothing from a heading written as a line, or from the selection process', () => {
    const ms = run(
      [
        'The team builds payroll systems. Preferred background and qualifications',
        'Applicants meeting the minimum qualification will be short listed and contacted.',
        "Requirements",
        "- Bachelor's degree in Accounting",
      ].join('\n'),
    );
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(["Bachelor's degree in Accounting"]);
  });
});

describe('a list of tools', () => {
  it('reads each name line as knowledge when its siblings are tools the rules know, not a list of other names', () => {
    const names = (src: string) => of(run(src), 'knowledge').map((m) => m.text);
    expect(names(['Requirements:', '- Nginx', '- Varnish', '- Erlang', '- Docker'].join('\n'))).toEqual(['Nginx', 'Varnish', 'Erlang', 'Docker']);
    expect(names(['Requirements:', '- Docker', '- Berlin', '- Munich'].join('\n'))).toEqual(['Docker']);
  });

  it('reads each name of a line that lists tools as knowledge when the rules know half of them', () => {
    const names = (src: string) => of(run(src), 'knowledge').map((m) => m.text);
    expect(names(['Requirements:', '- Docker, Kubernetes, Erlang and Haskell'].join('\n'))).toEqual(['Docker', 'Kubernetes', 'Erlang', 'Haskell']);
    // (Fewer than half known: names no vocabulary holds stay unread.)
    expect(names(['Requirements:', '- Docker, Zorblat, Quuxly and Frobnik'].join('\n'))).toEqual(['Docker']);
    // Subjects written in lower case among them too, not qualities.
    expect(names(['Skills', '- Excel, SAP, budgeting, forecasting, variance analysis'].join('\n'))).toEqual(['Excel', 'SAP', 'budgeting', 'forecasting', 'variance analysis']);
    expect(names(['Skills', '- Excel, Word, honest, hardworking'].join('\n'))).toEqual(['Excel', 'Word']);
  });
});

describe('what is not asked', () => {
  it('keeps no mention named after "no" or "without" ("… or no degree at all")', () => {
    const text = 'Several of us have social science degrees or no degree at all. A degree in physics helps.';
    const span = (t: string) => spanIn(text, t, 'qualification', 'summary');
    expect(finish([span('degree at all'), span('degree in physics')], 0.5, text, true).map((m) => m.text)).toEqual(['degree in physics']);
  });
});

describe('words that grade a requirement', () => {
  it('are no knowledge of their own ("PHP - BIG PLUS")', () => {
    const ms = run('Will be a plus: PHP - BIG PLUS; CI/CD - Jenkins pipelines; Infrastructure as code: Terraform.');
    expect(of(ms, 'knowledge').map((m) => m.text)).toContain('PHP');
    expect(ms.filter((m) => /plus/i.test(m.text))).toEqual([]);
  });
});

describe('what the employer offers to develop', () => {
  it('reads no skill from training offered ("develop your personal skills", "learning new skills")', () => {
    const skills = (src: string) => of(run(src), 'skill').map((m) => m.text);
    expect(skills('We offer a team in which you will develop your professional and personal skills.')).toEqual([]);
    expect(skills('Improve yourself and your team by learning new skills.')).toEqual([]);
    expect(skills('Requirements\n- Excellent personal skills')).not.toEqual([]);
  });

  it('reads no skill from skills grown ("Building skills and careers", "strive for developing skills")', () => {
    const skills = (src: string) => of(run(src), 'skill').map((m) => m.text);
    expect(skills('Building skills and careers')).toEqual([]);
    expect(skills('Do you want to strive for developing skills and yourself further?')).toEqual([]);
    expect(skills('Requirements\n- Team coordination, listening, and consensus building skills')).not.toEqual([]);
  });

  it('keeps a willingness asked to learn new skills whole, the skills the object of its verb', () => {
    const skills = (src: string) => of(run(src), 'skill').map((m) => m.text);
    expect(skills('A flexible approach and a willingness to learn new skills are important.')).toEqual(['flexible approach', 'willingness to learn new skills']);
    expect(skills('Requirements\n- Willingness to learn new skills')).toEqual(['Willingness to learn new skills']);
  });
});

describe('remarks and statements read as duties', () => {
  it('reads no duty from a note or from a sentence whose subject is an -ing clause', () => {
    const duties = (src: string) => of(run(src), 'duty').map((m) => m.text);
    expect(duties('Responsibilities\n- Note: This position is contingent upon donor approval of the candidate')).toEqual([]);
    expect(duties('Responsibilities\n- Fostering a diverse and open workplace is an important part of our vision.')).toEqual([]);
    expect(duties('Responsibilities\n- Fostering a diverse and open workplace in the team.')).toHaveLength(1);
    expect(duties('Responsibilities\n- Duties include but are not limited')).toEqual([]);
  });

  it('reads nothing but the qualification from catch-all lines and related work', () => {
    const ms = run(
      [
        'Requirements',
        '● Compile and submit regular progress updates/reports (weekly, monthly, and quarterly); and ● Any other duties as assigned. GEDSI (GENDER, EQUALITY, DIVERSITY) Requirements',
        '- 2 years of experience in related work',
      ].join('\n'),
    );
    expect(ms.filter((m) => m.kind !== 'duty' || /duties/.test(m.text)).map((m) => [m.kind, m.text])).toEqual([['qualification', '2 years of experience in related work']]);
  });

  it('reads no duty from a lead-in cut before its verb ("In this new role you will")', () => {
    const duties = (src: string) => of(run(src), 'duty').map((m) => m.text);
    expect(duties('Position In this new role you will')).toEqual([]);
    expect(duties('Responsibilities\n- Gather the needs of the product team and translate these into')).not.toContain('translate these into');
  });

  it('reads no duty from an invitation to read more about the employer', () => {
    const duties = (src: string) => of(run(src), 'duty').map((m) => m.text);
    expect(duties('Find out more about working with us on our careers page.')).toEqual([]);
    expect(duties('Read more about the department on our website.')).toEqual([]);
  });
});

describe('the employer is not the role', () => {
  it('reads no duty from what the project or the organisation does, but the role with a project title', () => {
    const duties = (src: string) => of(run(src), 'duty').map((m) => m.text);
    expect(duties('The purpose of this five-year activity is to reduce the impact of shocks on rural households.')).toEqual([]);
    expect(duties('We will support you in finding a career in the city.')).toEqual([]);
    expect(duties('The Project Manager will coordinate the field teams.')).toEqual(['coordinate the field teams']);
    // (Nor what a centre, a department or the Trust does; a manager of one is a role.)
    expect(duties('The Center will develop an exciting international work environment.')).toEqual([]);
    expect(duties('The department will provide training in the new system.')).toEqual([]);
    expect(duties('The business development manager will grow the portfolio.')).toEqual(['grow the portfolio']);
  });

  it('reads no duty when the subject is a thing, or when "you will" says where you work or what you get', () => {
    const duties = (src: string) => of(run(src), 'duty').map((m) => m.text);
    expect(duties('The picking list will tell you where to go in the warehouse.')).toEqual([]);
    expect(duties('This will take up most of your week.')).toEqual([]);
    expect(duties('You will be working with highly experienced colleagues in a small team.')).toEqual([]);
    expect(duties("You'll work in a friendly and supportive environment.")).toEqual([]);
    expect(duties('You will make a great candidate if you like data.')).toEqual([]);
    expect(duties('The ward nurse will assess patients on admission.')).toEqual(['assess patients on admission']);
    expect(duties('This position will conduct regular home visits.')).toEqual(['conduct regular home visits']);
    expect(duties('You will work with the finance team on monthly budgets.')).toEqual(['work with the finance team on monthly budgets']);
  });
});

describe('field names that modify a unit or a job', () => {
  it('reads no knowledge from "our Engineering department" but does from "Mechanical Engineering" named as a subject', () => {
    const knowledge = (src: string) => of(run(src), 'knowledge').map((m) => m.text);
    expect(knowledge('We are looking for a Senior QA Engineer to join our Engineering department.')).not.toContain('Engineering');
    expect(knowledge('Requirements\n- Knowledge of Mechanical Engineering')).toContain('Mechanical Engineering');
    expect(knowledge('Requirements\n- Good computer skills and written English')).not.toContain('computer');
  });

  it('reads a one-word field written with a capital in prose about the role only in a list or after a cue', () => {
    const knowledge = (src: string) => of(run(src), 'knowledge').map((m) => m.text);
    expect(knowledge('Our Robotics people build the platform every day.')).toEqual([]);
    expect(knowledge('Data is at the heart of what we do.')).toEqual([]);
    expect(knowledge('In this role you bring knowledge of Accounting and Logistics.')).toEqual(['Accounting', 'Logistics']);
  });
});

describe('names the vocabulary knows only the last word of', () => {
  it('reads no knowledge from the last word of a longer name ("Disclosure Scheme", "Odense Robotics"), but keeps a list and a language', () => {
    const knowledge = (src: string) => of(run(src), 'knowledge').map((m) => m.text);
    expect(knowledge('Requirements\n- Applicants must sign up to the Global Misconduct Disclosure Scheme.')).toEqual([]);
    expect(knowledge('Requirements\n- You will work closely with Odense Robotics and partners.')).toEqual([]);
    expect(knowledge('Requirements\n- Knowledge of Java Spring Kotlin')).toEqual(['Java', 'Spring', 'Kotlin']);
    expect(knowledge('Requirements\n- Fluent English skills')).toEqual(['English']);
  });
});

describe('conduct asked of the candidate', () => {
  it('reads no knowledge from what the candidate is asked to respect', () => {
    const knowledge = (src: string) => of(run(src), 'knowledge').map((m) => m.text);
    expect(knowledge('Requirements\n- Team members are expected to respect local laws, customs and policies at all times.')).toEqual([]);
    expect(knowledge('Requirements\n- Knowledge of customs and excise procedures')).not.toEqual([]);
  });
});

describe('run-on lines', () => {
  it('ends a span where the next sentence opens without a stop', () => {
    const ms = run('Responsibilities\n- Participate in internal business improvement projects The position is based in Aarhus but approx 30 days of travel');
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Participate in internal business improvement projects']);
    expect(of(ms, 'duty')[0].normalized).not.toContain('position');
  });
});

describe('passive verbs are not qualities', () => {
  it('reads no quality from "you will be asked to" or "must be submitted", but keeps a list of qualities', () => {
    const skills = (src: string) => of(run(src), 'skill').map((m) => m.text);
    expect(skills('You will be asked to present a short case study.')).toEqual([]);
    expect(skills('Applications must be submitted.')).toEqual([]);
    expect(skills('We are looking for people who are passionate and dedicated.')).toEqual(['passionate', 'dedicated']);
  });
});

describe('technology tag lines', () => {
  it('reads each tag after a "Technologies" label as knowledge, and no duty', () => {
    const ms = run('We build payment systems for banks.\nTechnologies java java-ee spring');
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['java', 'java-ee', 'spring']);
    expect(of(ms, 'duty').map((m) => m.text).join(' ')).not.toContain('Technologies');
  });

  it('reads twelve tags at most, and passes over a long sentence that begins with the label at once', () => {
    const tags = 'java java-ee spring maven gradle docker kubernetes terraform ansible jenkins postgresql redis';
    expect(of(run(`We build payment systems for banks.\nTechnologies ${tags}`), 'knowledge').map((m) => m.text)).toEqual(tags.split(' '));
    expect(of(run(`We build payment systems for banks.\nTechnologies ${tags} kafka`), 'knowledge')).toEqual([]);
    // A real sentence under a requirements heading: each such line took the earlier pattern ~40 ms
    // (it tried every split of its words into 12 tags before failing), 20 of them 0.75 s; now ~13 ms in all.
    const prose = Array.from(
      { length: 20 },
      (_, i) => `Technologies along with the development and application of methodologies and tools for assessing adaptation needs and climate resilience measures are areas of work ${i + 1}.`,
    );
    const t0 = performance.now();
    run(['Requirements', ...prose].join('\n'));
    expect(performance.now() - t0).toBeLessThan(300);
  });

  it('reads the seniority field as a qualification and nothing from the company size, job type or role', () => {
    const ms = run('We build payment systems for banks.\nJob type:\nFull-time\nExperience level:\nSenior\nRole:\nQA/Test Developer\nCompany size:\n51-200 people');
    expect(ms.map((m) => [m.kind, m.text])).toEqual([['qualification', 'Senior']]);
  });

  it('reads nothing from an industry or job function on the line after its label, however many industries it lists', () => {
    const ms = run(
      ['Job type:', 'Full-time', 'Industry:', 'Financial Services', 'Company type:', 'Public', 'Industry:', 'Cloud Computing Cloud Services Software Development / Engineering', 'Industries', 'Hospitals and Health Care', 'Job function', 'Information Technology', 'Technologies', 'java, spring, aws'].join('\n'),
    );
    expect(ms.map((m) => [m.kind, m.text])).toEqual([
      ['knowledge', 'java'],
      ['knowledge', 'spring'],
      ['knowledge', 'aws'],
    ]);
  });

  it('reads a job board\'s seniority level after its label without a colon, after "Experience:", and in fields run together', () => {
    const of1 = (src: string) => run(src).map((m) => [m.kind, m.text]);
    expect(of1('Data Engineer\nSeniority level\nMid-Senior level\nEmployment type\nFull-time')).toEqual([['qualification', 'Mid-Senior level']]);
    expect(of1('Data Engineer\nLocation: Copenhagen\nExperience: Mid-Senior Level\nEmployment Type: Full-Time')).toEqual([['qualification', 'Mid-Senior Level']]);
    expect(of1('Location Gråsten Experience Mid-Senior Level Employment Type Full-Time')).toEqual([['qualification', 'Mid-Senior Level']]);
  });
});

describe('what the employer offers', () => {
  it('reads no skill or duty from a line naming a benefit or a contract term, under any heading', () => {
    const ms = run(
      ['Requirements', '- Private health insurance', '- 33 days annual leave', '- Full time', '- Team player', '- Meal allowance', 'Responsibilities', '- Free meals and parking', '- Enjoy numerous startup perks', '- Account monitoring'].join('\n'),
    );
    expect(ms.map((m) => [m.kind, m.text])).toEqual([
      ['skill', 'Team player'],
      ['duty', 'Account monitoring'],
    ]);
  });
});

describe('single sentences of job ads', () => {
  it('reads what one sentence asks for', () => {
    const pairsOf = (s: string) => run(s).map((m) => [m.kind, m.text]);
    expect(pairsOf('Knowledge of Microsoft Excel and a full UK driving licence are essential')).toEqual([
      ['knowledge', 'Microsoft Excel'],
      ['qualification', 'full UK driving licence'],
    ]);
    expect(pairsOf('The ideal candidate will be enthusiastic, motivated and flexible.')).toEqual([
      ['skill', 'enthusiastic'],
      ['skill', 'motivated'],
      ['skill', 'flexible'],
    ]);
    expect(pairsOf('NMC registration is essential.')).toEqual([['qualification', 'NMC registration']]);
  });

  it('reads a sentence that is the whole posting as a line of a list, never as its title', () => {
    const texts = (s: string) => run(s).map((m) => m.text);
    expect(texts('Excellent communication and interpersonal skills.')).toEqual(['communication and interpersonal skills']);
    expect(texts('Good written English and strong Excel skills')).toEqual(expect.arrayContaining(['English']));
    expect(texts('Degree in Computer Science or related field')).toEqual(['Degree in Computer Science or related field']);
    expect(texts('You have a degree in engineering and 3 years of experience with CAD.')).toEqual(['degree in engineering', '3 years of experience with CAD']);
  });
});

describe('what is not the candidate', () => {
  it('reads a registered nurse line as a qualification, not a duty of "nurse"', () => {
    const ms = run(['Person Specification', '- Registered Mental Health Nurse (RMN) with current NMC registration'].join('\n'));
    expect(of(ms, 'duty')).toEqual([]);
    expect(of(ms, 'qualification').map((m) => m.text).join(' ')).toContain('NMC registration');
  });

  it('keeps verbs sharing one object as one ability', () => {
    const ms = run(['Requirements', '- Ability to adapt and respond to changing circumstances'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['Ability to adapt and respond to changing circumstances']);
  });

  it('reads no skill from what the employer has or can do, nor from an adjective of a thing', () => {
    const ms = run(
      [
        'Requirements',
        '- As part of our commitment to a safe and inclusive work environment, all staff complete training.',
        '- Contribute to the positive image of the organisation',
        '- Our ability to create customized care comes from our leadership',
        '- Flexible and motivated',
      ].join('\n'),
    );
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['Flexible', 'motivated']);
  });

  it('reads no qualification from the experience a product gives its users', () => {
    const ms = run(['Requirements', '- You will build a seamless user experience for millions of customers.', '- 3 years of experience in Java'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['3 years of experience in Java']);
  });

  it('reads no qualification from "the following experience:" or "personal background"', () => {
    expect(of(run('You should have the following experience: payroll and bookkeeping. We welcome applicants regardless of personal background.'), 'qualification')).toEqual([]);
  });

  it('reads no qualification from an experience the employer praises or describes, and keeps a name with digits ("B2B")', () => {
    const ms = run("We create the best play experience for kids. We bring a cultural experience that was once out of reach for many. You have B2B sales experience.");
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['B2B sales experience']);
  });

  it('reads nothing from the values of job board fields about the employer', () => {
    const ms = run(['Job description', 'Role: Full Stack Developer Industry: Financial Services Company size: 10k+ people'].join('\n'));
    expect(ms.filter((m) => /Financial|Developer/.test(m.text))).toEqual([]);
  });
});

describe('what follows a requirement\'s verdict', () => {
  it('ends a qualification at its verdict before a remark, a dash or "but"', () => {
    const ms = run(
      [
        'Requirements',
        '- Full UK driving licence essential (you will drive between sites)',
        '- Forklift licence (counterbalance) desirable but we can train the right person',
        '- Degree in Nursing essential - or equivalent experience',
        '- Warehouse experience is desirable but not essential',
        'Enhanced DBS required (we can process this).',
      ].join('\n'),
    );
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['Full UK driving licence', 'Forklift licence (counterbalance)', 'Degree in Nursing', 'Warehouse experience', 'Enhanced DBS']);
  });

  it('keeps a ratio or a time in a duty ("on a 1:1 basis")', () => {
    expect(of(run('You will support pupils with SEND on a 1:1 basis.'), 'duty').map((m) => m.text)).toEqual(['support pupils with SEND on a 1:1 basis']);
  });

  it('reads the rest of a list of qualities around a part read whole as an ability', () => {
    const ms = run('About you: reliable, physically fit, able to lift 25kg, good timekeeping.');
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['reliable', 'physically fit', 'able to lift 25kg', 'timekeeping']);
  });
});

describe('a sentence that lists the tasks', () => {
  it('reads "Duties include …" as tasks under a requirements heading too, not "be involved in"', () => {
    const ms = run(['Requirements', '- Diploma in Accounting', '- Your duties will include stock control, invoicing and bank reconciliations.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['stock control', 'invoicing', 'bank reconciliations']);
    const line = run('Nurse needed. Must have: RN license, BLS certification. Duties include patient assessment, wound care and discharge planning.');
    expect(of(line, 'duty').map((m) => m.text)).toEqual(['patient assessment', 'wound care', 'discharge planning']);
    // (And what "Your main tasks are to …" names, as "responsibilities are to".)
    expect(of(run("Your main tasks are to pick and pack the company's products."), 'duty').map((m) => m.text)).toEqual(["pick and pack the company's products"]);
  });

  it('reads the tasks when a phrase qualifies the noun of a pattern ("tasks as a warehouse worker are to")', () => {
    const tasks = (line: string) => of(run(['Warehouse Operative', 'We are a logistics company in Leeds.', line].join('\n')), 'duty').map((m) => m.text);
    expect(tasks('Your main tasks as a warehouse worker are to pick orders, pack parcels and load lorries.')).toEqual(['pick orders', 'pack parcels', 'load lorries']);
    expect(tasks('The main duties of the post holder are to assess patients and plan their care.')).toEqual(['assess patients', 'plan their care']);
    expect(tasks('Key responsibilities of the role include assessing patients and planning their care.')).toEqual(['assessing patients', 'planning their care']);
  });
});

describe('coordinated duties with the modal repeated', () => {
  it('gives one duty per verb after "and will"', () => {
    const ms = run(['Main duties of the job', '- The post holder will deliver high quality care to patients and will work closely with the multidisciplinary team.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['deliver high quality care to patients', 'work closely with the multidisciplinary team']);
  });
});

describe('data tasks named by their verbs', () => {
  it('keeps "Demonstrate" in a task the tagger finds after it, no fragment without its verb', () => {
    const ms = run(['Job responsibilities', 'Demonstrate clinical leadership and act as a role model for junior staff.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Demonstrate clinical leadership and act as a role model for junior staff']);
  });

  it('reads "Extract, analyse and present …", "cleansing" and "Interact with …" as tasks', () => {
    const ms = run(['Job responsibilities', '- Extract, analyse and present data from the patient administration system.', '- Responsible for validating and cleansing datasets.', '- Interact with service managers.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.normalized)).toEqual(['extract, analyse and present data from the patient administration system', 'validate and cleanse datasets', 'interact with service managers']);
  });
});

describe('names of laws and services inside a line', () => {
  it('keeps a law named with a verb-like last word whole, and the object after it its own knowledge', () => {
    const ms = run(['Person specification', 'Knowledge', '- Knowledge of the Mental Capacity Act and safeguarding procedures.', '- Good written English'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Mental Capacity Act', 'safeguarding procedures', 'English']);
    expect(of(ms, 'duty')).toEqual([]);
  });

  it('reads no duty in a service named in Title Case ("Disclosure and Barring Service check")', () => {
    const ms = run(['Job summary', 'This post is subject to a Disclosure and Barring Service check before any offer is confirmed by the Trust.', 'The team works across three community sites.'].join('\n'));
    expect(of(ms, 'duty')).toEqual([]);
  });
});

describe('qualities in the sentence that says whom the employer seeks', () => {
  it('reads "You\'ll be …" as "You will be …": the qualities asked, not what the employer does for the candidate', () => {
    const ms = run(['Job summary', "You'll be a confident communicator.", "You'll be encouraged to learn on the job and to be creative.", "With us you'll be an important part of the team."].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['communicator']);
  });

  it('gives one skill per verb of "who can … and …"', () => {
    const ms = run(['What we are looking for', 'We want someone who can motivate a team and lead by example.'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['motivate a team', 'lead by example']);
    // (The main clause's verb ends the last: "Candidates who are able to … and work across teams will have an advantage".)
    const main = run(['Requirements', 'Candidates who are able to manage budgets and work across teams will have an advantage.', 'Someone who can speak to investors will get a head start.'].join('\n'));
    expect(of(main, 'skill').map((m) => m.text)).toEqual(['able to manage budgets', 'work across teams', 'speak to investors']);
  });

  it('reads each quality before the job title or "individual" as a skill, and nothing from a bare title', () => {
    const ms = run(
      [
        'Job summary',
        'We are looking for an enthusiastic and motivated Band 6 Physiotherapist to join our community team.',
        'We are seeking a highly organised individual to support the clinic.',
        'We are looking for a Senior Developer.',
      ].join('\n'),
    );
    expect([...new Set(of(ms, 'skill').map((m) => m.text))]).toEqual(['enthusiastic', 'motivated', 'organised']);
  });

  it('reads no quality from the kind of post ("a talented postdoctoral researcher")', () => {
    const ms = run(['Job summary', 'The group is looking to recruit a talented postdoctoral researcher to our research group.'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['talented']);
  });

  it('reads qualities of the people sought without an article, and none of things sought', () => {
    const ms = run(
      [
        'Job summary',
        'An exciting opportunity has arisen for caring and committed Registered Nurses to join Ward 12.',
        'We are looking for dedicated practitioners who love community work.',
        'We are seeking innovative solutions to old problems.',
      ].join('\n'),
    );
    expect([...new Set(of(ms, 'skill').map((m) => m.text))]).toEqual(['caring', 'committed', 'dedicated']);
  });
});

describe('a task named by a noun, then a verb after "and"', () => {
  it('gives the noun task and the verb\'s duty, no fragment across them', () => {
    const ms = run(['Job summary', 'The post holder will take part in the departmental CPD programme and contribute to service audits.', 'The team works across three sites.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['take part in the departmental CPD programme', 'contribute to service audits']);
  });
});

describe('duty verbs of British postings, and run-on lines after a name', () => {
  it('reads "To undertake …" as a duty', () => {
    const ms = run(['Main duties of the job', '- To undertake medicines reconciliation for newly admitted patients.', '- Undertaking clinical audits of prescribing.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['undertake medicines reconciliation for newly admitted patients', 'Undertaking clinical audits of prescribing']);
  });

  it('opens a new duty at a capitalised verb after a name when a second verb follows "and"', () => {
    const ms = run(['Responsibilities', 'Reports to the Practice Manager Review and update the weekly staff rota for the ward team'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toContain('Review and update the weekly staff rota for the ward team');
  });
});

describe('field names that look like verbs', () => {
  it('reads no duty from an "Address: …" line', () => {
    const ms = run(['Job summary', 'We are a busy hospital.', '', 'Employer details', 'Employer name: Northbridge University Hospitals NHS Trust', 'Address: Northbridge General Hospital, Station Road, Northbridge NB1 2AA Interview date: 20 January 2027'].join('\n'));
    expect(of(ms, 'duty')).toEqual([]);
  });
});

describe('a requirement written as a sentence of its own, under no heading', () => {
  it('reads "Proven ability to …" as a skill, not a duty', () => {
    const ms = run(['Senior Android Engineer', '', 'We build the apps that three million commuters use every day. Proven ability to influence cross functional teams and suppliers. You will own features end to end.'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['ability to influence cross functional teams and suppliers']);
  });

  it('reads "Knowledge of …" between duties as the knowledge it asks for', () => {
    const ms = run('Ensure that drugs are handled safely. Knowledge of the Mental Health Act and the Care Act 2014. Maintain accurate records.');
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Mental Health Act', 'Care Act 2014']);
  });
});

describe('single sentences of UK job adverts', () => {
  it('ends a knowledge object before "would be an advantage"', () => {
    expect(of(run('Knowledge of Sage accounting software would be an advantage.'), 'knowledge').map((m) => m.text)).toEqual(['Sage accounting software']);
  });

  it('ends an ability before "and you are …", a clause of its own, whose quality is read too', () => {
    const ms = run('We imagine that you are able to work at a high pace and you are motivated.');
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['able to work at a high pace', 'motivated']);
  });

  it('ends a qualification before "is must", written without its article', () => {
    expect(of(run('Strong experience of pair programming is must.'), 'qualification').map((m) => m.text)).toEqual(['experience of pair programming']);
  });

  it('gives the example after "particularly" its own knowledge mention', () => {
    expect(of(run('Proficiency in Microsoft Office, particularly Excel, is required.'), 'knowledge').map((m) => m.text)).toEqual(['Microsoft Office', 'Excel']);
  });

  it('cuts a reporting line joined to a duty', () => {
    const ms = run('You will be responsible for managing a team of 12 engineers and reporting to the Operations Director.');
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['managing a team of 12 engineers']);
  });
});

describe('requirements written as UK advert sentences', () => {
  it('ends an experience requirement before "is desirable but not essential"', () => {
    const ms = run('Previous experience in a similar role is desirable but not essential as full training will be provided.');
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['experience in a similar role']);
  });

  it('reads "a confident communicator" as a quality of the candidate, and what they are comfortable doing', () => {
    const ms = run('The ideal candidate will be a confident communicator who is comfortable working with senior stakeholders.');
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['communicator', 'working with senior stakeholders']);
  });
});

describe('policy boilerplate in a job description', () => {
  it('reads nothing from what all staff must do or from the duty to comply with policies, nor from their captions', () => {
    const ms = run(
      [
        'Job responsibilities',
        'To maintain accurate patient records in line with Trust documentation standards.',
        'Health and Safety',
        "The post holder must comply with the Trust's Health and Safety policies and take reasonable care of themselves and others.",
        'Confidentiality',
        'The post holder must maintain the confidentiality of information about patients in accordance with the Data Protection Act 2018.',
        'Infection Prevention and Control',
        "All staff are required to adhere to the Trust's infection prevention and control policies at all times.",
      ].join('\n'),
    );
    expect(ms.map((m) => m.text)).toEqual(['maintain accurate patient records']);
  });
});

describe('clauses that are no task of their own', () => {
  it('reads no duty from a sentence with its own subject, nor from how a task is done', () => {
    const ms = run(['Main duties of the job', '- Plan and deliver care for a group of patients.', '- Reports are produced monthly for the ward manager.', '- Answer medicines enquiries from clinical staff, using a range of resources.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Plan and deliver care for a group of patients', 'Answer medicines enquiries from clinical staff']);
  });

  it('reads an -ing clause after a list closed by "and" as how the task is done (rules)', () => {
    const doc = { ...cleanDoc(['Responsibilities', '- Oversee the development of communication strategies and materials, complying with branding requirements.'].join('\n')), language: 'en' };
    const ms = extract(doc, segment(doc, segConfig), { ...config, tagger: null });
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Oversee the development of communication strategies and materials']);
  });

  it('reads a list of -ing clauses after a task as tasks, even when "and" sits inside its object (rules)', () => {
    const line = 'You will hold a caseload of adults with severe and enduring mental illness, carrying out assessments of risk, and developing care plans with service users.';
    const doc = { ...cleanDoc(['About the role', line].join('\n')), language: 'en' };
    const ms = extract(doc, segment(doc, segConfig), { ...config, tagger: null });
    expect(of(ms, 'duty').map((m) => m.text)).toEqual([
      'hold a caseload of adults with severe and enduring mental illness',
      'carrying out assessments of risk',
      'developing care plans with service users',
    ]);
  });

  it('reads the tools after "competent in using" as knowledge', () => {
    const ms = run(['Skills', '- Competent in using Microsoft Excel and Word'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Microsoft Excel', 'Word']);
    expect(of(run(['Essential', '- Competent with Microsoft Word and Outlook'].join('\n')), 'knowledge').map((m) => m.text)).toEqual(['Microsoft Word', 'Outlook']);
    // (The vocabulary's longer name over the word a rule read inside it.)
    expect(of(run(['Requirements', '- Microsoft Word'].join('\n')), 'knowledge').map((m) => m.text)).toEqual(['Microsoft Word']);
  });
});

describe('abilities cut off before their object', () => {
  it('gives no skill "willing to work towards" after a qualification', () => {
    const ms = run(['Essential', '- NVQ Level 2 in Health and Social Care or willing to work towards', '- Able to work as part of a team'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['Able to work as part of a team']);
  });
});

describe('normalized forms', () => {
  it('carry no punctuation debris the span left out', () => {
    const ms = run(['Person specification', '- Degree in Computer Science.)'].join('\n'));
    expect(of(ms, 'qualification').map((m) => [m.text, m.normalized])).toEqual([['Degree in Computer Science', 'degree in computer science']]);
  });
});

describe('run-on requirement lines', () => {
  it('end an ability or a skill where a grade written with a capital opens the next one ("… a team Good communication skills")', () => {
    const ms = run(['Skills', '- Ability to work as part of a team Good communication skills'].join('\n'));
    expect(of(ms, 'skill').map((m) => [m.text, m.normalized])).toEqual([
      ['Ability to work as part of a team', 'working as part of a team'],
      ['communication skills', 'communication'],
    ]);
  });

  it('end a requirement where "Therefore, …" or "Competence in …" opens the next one', () => {
    const ms = run(['Qualifications', 'BA degree in Management or related fields of study 4 years of relevant work experience Competence in MS Office applications'].join('\n'));
    expect(ms.map((m) => m.text)).toContain('MS Office applications');
    const ms2 = run(['Qualifications', 'MA degree in Social Sciences, Development Studies and related fields Therefore, the organisation does not hire staff whose background is unsuitable'].join('\n'));
    expect(of(ms2, 'qualification')[0].text).toBe('MA degree in Social Sciences, Development Studies and related fields');
  });
});

describe('requirements in UK advert sentences', () => {
  it('reads "experience as …", ends a degree before "and excellent …", and drops "or be working towards it"', () => {
    expect(of(run('Previous experience as a forklift driver with a valid counterbalance licence is essential.'), 'qualification').map((m) => m.text)).toEqual(['experience as a forklift driver', 'valid counterbalance licence']);
    expect(run('Applicants should have a degree in a relevant subject and excellent written English.').map((m) => m.text)).toEqual(['degree in a relevant subject', 'English']);
    expect(of(run('Ideally you will hold a CIPD Level 5 qualification or be working towards it.'), 'qualification').map((m) => m.text)).toEqual(['CIPD Level 5 qualification']);
  });
});

describe('two-word qualities of the candidate', () => {
  it('reads "customer focused", "well organised", "detail oriented" whole, and no intensifier', () => {
    expect(of(run('The candidate must be customer focused, well organised and able to work under pressure.'), 'skill').map((m) => m.text)).toEqual(['customer focused', 'well organised', 'able to work under pressure']);
    expect(of(run('You are a team player, highly motivated and detail oriented.'), 'skill').map((m) => m.text)).toEqual(['team player', 'motivated', 'detail oriented']);
  });
});

describe('more UK advert sentences', () => {
  it('ends a knowledge list before "is essential" and reads "track record in …" as experience', () => {
    expect(of(run('Working knowledge of AutoCAD and Revit is essential for this role.'), 'knowledge').map((m) => m.text)).toEqual(['AutoCAD', 'Revit']);
    expect(of(run('The successful applicant will have a proven track record in B2B sales and the ability to build strong client relationships.'), 'qualification').map((m) => m.text)).toEqual(['track record in B2B sales']);
  });
});

describe('vocabulary names in running text', () => {
  it('reads no knowledge from an ESCO knowledge concept used as a word of the sentence', () => {
    const knowledge = (src: string) => of(run(src), 'knowledge').map((m) => m.text);
    expect(knowledge('Requirements\n- Able to work with partners across the food production and marketing sectors.')).toEqual([]);
  });
});

describe('verb-first lines under a skills heading', () => {
  it('are no duties of the rules (a competency framework names behaviours)', () => {
    const ms = run(['Skills', '- Learning from mistakes and sharing what was learnt', '- Understand the relevant sectoral context'].join('\n'));
    expect(of(ms, 'duty')).toEqual([]);
  });
});

describe('nouns that look like adjectives', () => {
  it('reads no quality "candidate" or "skilled"', () => {
    const ms = run(['About the role', 'You are a candidate with drive. You are skilled and passionate about our customers.'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).not.toContain('candidate');
    expect(of(ms, 'skill').map((m) => m.text)).not.toContain('skilled');
  });
});

describe('qualities named by the lexicon', () => {
  it('reads "computer literate" as a skill', () => {
    expect(of(run('You must be computer literate with a good working knowledge of Microsoft Office.'), 'skill').map((m) => m.text)).toEqual(['computer literate']);
  });

  it('reads a quality that opens a sentence of a requirement paragraph, and "polite", "honest", "discreet"', () => {
    const ms = run(['Person specification', 'Skills: Good time management. Ability to work autonomously. Resilient and able to adapt to change.'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toContain('Resilient');
    expect(of(run('The ideal candidate will be polite, honest and discreet.'), 'skill').map((m) => m.text)).toEqual(['polite', 'honest', 'discreet']);
  });

  it('reads nothing from what the employer says the post holder will receive', () => {
    const ms = run(['Job overview', 'You will receive a structured preceptorship programme and the chance to develop your skills in frailty and dementia care.'].join('\n'));
    expect(ms).toEqual([]);
  });

  it('reads no quality from adjectives that describe the team or the workplace', () => {
    expect(of(run(['Job summary', 'You will be part of a friendly and supportive team and will be given opportunities to develop.'].join('\n')), 'skill')).toEqual([]);
    expect(of(run(['Job summary', 'You will be friendly and supportive, and a team player.'].join('\n')), 'skill').map((m) => m.text)).toEqual(['friendly', 'supportive', 'team player']);
  });
});

describe('a consultant post: contract terms and what the employer offers', () => {
  it('reads no quality from "a substantive Consultant" and no duty from "opportunities for research and teaching"', () => {
    const ms = run(['Job summary', 'We are seeking to appoint a substantive Consultant Physician in Respiratory Medicine.', 'Main duties of the job', 'The post holder will provide specialist respiratory care. There will be opportunities for research and teaching with the local medical school.'].join('\n'));
    expect(ms.map((m) => m.text)).toEqual(['provide specialist respiratory care']);
  });
});

describe('single sentences of UK job ads', () => {
  it('ends a tool at the purpose clause after it, and reads no knowledge from a certification inside a qualification', () => {
    expect(of(run('You should be comfortable using Microsoft Excel to analyse data.'), 'knowledge').map((m) => m.text)).toEqual(['Microsoft Excel']);
    const ms = run('The ideal candidate will be a qualified accountant (ACA, ACCA or CIMA) with at least 3 years post-qualification experience.');
    expect(of(ms, 'knowledge')).toEqual([]);
    expect(of(ms, 'qualification').map((m) => m.text)).toContain('qualified accountant (ACA, ACCA or CIMA)');
  });
});

describe('one-line postings with inline bullets and pipes', () => {
  it('reads every bulleted duty (no caption before the last one), keeps "the admission and discharge of patients" one task', () => {
    const ms = run('Main duties of the job: • Assist patients with personal care • Record observations • Keep accurate records • Support the admission and discharge of patients.');
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Assist patients with personal care', 'Record observations', 'Keep accurate records', 'Support the admission and discharge of patients']);
  });

  it('keeps a list of nouns that ends in "of …" one task ("the admission, transfer and discharge of patients")', () => {
    const duties = (line: string) => of(run(['Job responsibilities', line].join('\n')), 'duty').map((m) => m.text);
    expect(duties('To assist with the admission, transfer and discharge of patients.')).toEqual(['assist with the admission, transfer and discharge of patients']);
    expect(duties('Check stock levels, order supplies and record deliveries.')).toEqual(['Check stock levels', 'order supplies', 'record deliveries']);
  });
  it('leaves no pipe at the end of a span', () => {
    const ms = run('Warehouse Operative | Full time | £11.44 per hour | Responsibilities: picking and packing orders accurately; loading and unloading deliveries; keeping the warehouse clean and tidy | Requirements: Counterbalance or reach truck licence; previous warehouse experience | Benefits: overtime, 28 days holiday');
    expect(of(ms, 'duty').map((m) => m.text)).toContain('keeping the warehouse clean and tidy');
  });
});

describe('a medical person specification', () => {
  it('reads the Specialist Register and a Royal College membership as qualifications', () => {
    const ms = run(['Person Specification', 'Qualifications', 'Entry on the Specialist Register for Respiratory Medicine', 'MRCP (UK) or equivalent'].join('\n'));
    expect(pairs(ms, 'qualification').map(([t]) => t)).toEqual(['Entry on the Specialist Register for Respiratory Medicine', 'MRCP (UK)']);
    expect(of(ms, 'knowledge')).toEqual([]);
  });

  it('reads membership of a professional body as a qualification', () => {
    const ms = run(['Requirements', '- Membership of the RCSLT', '- Professional membership of CIPD'].join('\n'));
    expect(pairs(ms, 'qualification').map(([t]) => t)).toEqual(['Membership of the RCSLT', 'Professional membership of CIPD']);
  });
});

describe('"To …" duty lines of an administrator', () => {
  it('reads "To type …" and a task whose object clause has a pronoun ("ensure they are triaged")', () => {
    const ms = run(['Job responsibilities', '- To type clinic letters and reports from audio dictation', '- To process referrals and ensure they are triaged within agreed timescales'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['type clinic letters and reports from audio dictation', 'process referrals', 'ensure they are triaged']);
  });
});

describe('an academic post', () => {
  it('reads no qualification from a degree naming the post, an experience a product gives, or the post\'s duration', () => {
    const ms = run(
      [
        'Job summary',
        'Employment follows the current rules for PhD degree students.',
        'The doctoral researcher will be employed for three years.',
        'We deliver playful learning experiences to all school levels.',
      ].join('\n'),
    );
    expect(of(ms, 'qualification')).toEqual([]);
  });

  it('reads no qualification from "The PhD student will …" and a language in an experience asked for as knowledge', () => {
    const ms = run(['Job description', 'The PhD student will develop machine learning models for molecular property prediction.', 'Requirements', '- Experience of working in English and German', '- BA in English'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['Experience of working in English and German', 'BA in English']);
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['English', 'German']);
  });
});

describe('tasks of a student or trainee', () => {
  it('reads "The student is expected to … and to …" as two tasks, but "… to generate impact and to make …" as a purpose', () => {
    const ms = run(['Job description', 'The student is expected to publish in international journals and to participate in teaching activities.', 'You will design improvements to our programs to generate impact and to make our programs more cost-efficient.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['publish in international journals', 'participate in teaching activities', 'design improvements to our programs']);
  });
});

describe('a job board\'s experience field', () => {
  it('reads no mention from "Experience: 0 years" or "0 years of experience", and "0-2 years" as one', () => {
    const ms = run(['Job Requirements', '- Experience: 0 years', '- 0 years of experience', '- Experience: 0-2 years in sales', '- Qualification: Diploma'].join('\n'));
    expect(ms.map((m) => [m.kind, m.text])).toEqual([['qualification', '0-2 years in sales'], ['qualification', 'Diploma']]);
  });
});

describe('the working relationships of a job description', () => {
  it('give no duties ("Consultants and junior doctors")', () => {
    const ms = run(['Key responsibilities', '- Assess and treat patients', 'Key Working Relationships', '- Ward Manager and Matron', '- Consultants and junior doctors', '- Allied health professionals'].join('\n'));
    expect(ms.map((m) => m.text)).toEqual(['Assess and treat patients']);
  });

  it('nor do its dimensions ("Staff managed: 24 WTE", "A team of 40 staff")', () => {
    const ms = run(['Key responsibilities', '- Assess and treat patients', 'Dimensions', '- Staff managed: 24 WTE', '- A team of 40 staff and 28 beds'].join('\n'));
    expect(ms.map((m) => m.text)).toEqual(['Assess and treat patients']);
  });
});

describe('physical demands of a US posting', () => {
  it('are working conditions, no skill', () => {
    const ms = run(['Qualifications', 'BLS certification required.', 'Physical Demands:', 'Must be able to stand for long periods and lift up to 25 lbs.'].join('\n'));
    expect(ms.map((m) => m.text)).toEqual(['BLS certification']);
  });
});

describe('the employer\'s values', () => {
  it('gives no quality from "Our values" ("Compassion, Respect, Excellence and Teamwork are at the heart of everything we do")', () => {
    const ms = run(['Job responsibilities', 'Assess, plan, implement and evaluate patient care.', 'Our values:', 'Compassion, Respect, Excellence and Teamwork are at the heart of everything we do.'].join('\n'));
    expect(ms.map((m) => m.text)).toEqual(['Assess, plan, implement and evaluate patient care']);
  });
});

describe('tasks the post holder is required to do', () => {
  it('reads the verb after "will be required to", "will need to"; a noun-like verb before an adverb is a verb', () => {
    const ms = run(['Job responsibilities', "The post holder will be required to assess patients' needs and develop care plans.", 'You will need to liaise with families.', 'You will design services as well as partner closely with clinicians.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(["assess patients' needs", 'develop care plans', 'liaise with families', 'design services', 'partner closely with clinicians']);
  });
});

describe('a task of taking part', () => {
  it('keeps "Take part in", "play a key role in" with the task, and reads gerunds after it as tasks', () => {
    const ms = run(['Main duties', 'Take part in service development and audit projects.', 'You will play a key role in recruitment and onboarding.', 'Take part in developing and testing new features.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Take part in service development and audit projects', 'play a key role in recruitment and onboarding', 'developing and testing new features']);
  });
});

describe('tasks listed after "Your day could include"', () => {
  it('reads one duty per gerund, and ends a list inside a "with …ing" object at its "and"', () => {
    const ms = run('Your day could include helping people with cooking, shopping and managing their money, supporting them to attend appointments, administering medication and completing daily records.');
    expect(of(ms, 'duty').map((m) => m.text)).toEqual([
      'helping people with cooking, shopping and managing their money',
      'supporting them to attend appointments',
      'administering medication',
      'completing daily records',
    ]);
  });
});

describe('a task named by a list of nouns after "responsible for"', () => {
  it('keeps "the assessment, planning, implementation and evaluation of care" whole when the candidate is the subject', () => {
    const ms = run(['Main duties of the job', 'The successful candidate will be responsible for the assessment, planning, implementation and evaluation of care for patients.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['assessment, planning, implementation and evaluation of care for patients']);
  });

  it('gives one duty per "the <task> of …" a responsibility lists, but none for "a wide range of …"', () => {
    const ms = run(
      'The successful candidates will be responsible for the safe transfer of patients between wards and departments, the delivery of specimens, medical gases and equipment, and the removal of waste in line with Trust procedures.',
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['safe transfer of patients between wards and departments', 'delivery of specimens, medical gases and equipment', 'removal of waste']);
    expect(of(run('You will be responsible for the development and implementation of the marketing strategy.'), 'duty').map((m) => m.text)).toEqual(['development and implementation of the marketing strategy']);
  });
});

describe('the willingness offered as an alternative to a qualification', () => {
  it('is no skill of its own', () => {
    const ms = run(['Essential', '- Leadership or management qualification, or willingness to undertake', '- Willingness to travel across the county'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['Willingness to travel across the county']);
  });
});

describe('several tasks after "responsibilities include"', () => {
  it('gives one duty per verb', () => {
    const ms = run('Responsibilities include processing invoices, reconciling accounts and preparing month end reports.');
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['processing invoices', 'reconciling accounts', 'preparing month end reports']);
  });

  it('reads tasks named by nouns after the first task, and no places or manners', () => {
    expect(of(run('Duties will include stock rotation, merchandising and cash handling.'), 'duty').map((m) => m.text)).toEqual(['stock rotation', 'merchandising', 'cash handling']);
    // (A verb-like first word before a noun of action, "stock control", "order processing", names a task too.)
    expect(of(run('Duties will include stock control, cash handling and order processing.'), 'duty').map((m) => m.text)).toEqual(['stock control', 'cash handling', 'order processing']);
    expect(of(run('Responsibilities include manage budgets, process invoices and file documents.'), 'duty').map((m) => m.text)).toEqual(['manage budgets', 'process invoices', 'file documents']);
    // Whatever the first task's last word; examples after the last task are none; one task named by nouns stays one.
    expect(of(run('Responsibilities will include cervical screening, childhood immunisations, wound care and chronic disease management including asthma, COPD and diabetes reviews.'), 'duty').map((m) => m.text)).toEqual([
      'cervical screening',
      'childhood immunisations',
      'wound care',
      'chronic disease management',
    ]);
    expect(of(run('Duties include the assessment, planning, implementation and evaluation of care.'), 'duty').map((m) => m.text)).toEqual(['assessment, planning, implementation and evaluation of care']);
    // A gerund after a gerund is a task of its own, unless the word is mostly a noun ("marketing materials").
    expect(of(run('Key responsibilities include monitoring stock levels and placing orders with suppliers.'), 'duty').map((m) => m.text)).toEqual([
      'monitoring stock levels',
      'placing orders with suppliers',
    ]);
    expect(of(run('Your duties include managing budgets and marketing materials.'), 'duty').map((m) => m.text)).toEqual(['managing budgets and marketing materials']);
    expect(of(run('Place of employment: Aarhus.'), 'duty')).toEqual([]);
    expect(of(run('Responsibilities include managing sales in Kenya, Uganda and Tanzania.'), 'duty').map((m) => m.text)).toEqual(['managing sales in Kenya, Uganda and Tanzania']);
  });

  it('reads "duties will involve" as "duties will include"', () => {
    const ms = run('Duties will involve the preparation of the theatre environment, transferring patients to the operating table and restocking consumables.');
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['preparation of the theatre environment', 'transferring patients to the operating table', 'restocking consumables']);
  });

  it('goes on after a task named by a noun', () => {
    const ms = run('Duties include audio typing of clinic letters, managing diaries, and answering telephone queries from patients.');
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['audio typing of clinic letters', 'managing diaries', 'answering telephone queries from patients']);
  });
});

describe('a reporting line coordinated with a task', () => {
  it('is no duty of its own', () => {
    const ms = run('Manage a team of 12 engineers and report to the Operations Director.');
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Manage a team of 12 engineers']);
  });
});

describe('a requirement followed by its verdict', () => {
  it('ends before "would be ideal" and "would be a distinct advantage"', () => {
    expect(of(run('A background in engineering or manufacturing would be ideal.'), 'qualification').map((m) => m.text)).toEqual(['background in engineering or manufacturing']);
    expect(of(run('Experience of working in a warehouse would be a distinct advantage.'), 'qualification').map((m) => m.text)).toEqual(['Experience of working in a warehouse']);
  });
});

describe('UK professional qualifications in advert sentences', () => {
  const quals = (s: string) => of(run(s), 'qualification').map((m) => m.text);
  it('names the card, the body and the status without the words around them', () => {
    expect(quals('You must hold a valid CSCS card and have your own tools.')).toEqual(['valid CSCS card']);
    expect(quals('Our client is seeking a CIPD qualified HR Advisor.')).toEqual(['CIPD qualified']);
    expect(quals('You will be a qualified teacher with QTS and experience of teaching Key Stage 2.')).toEqual(['qualified teacher with QTS', 'experience of teaching Key Stage 2']);
  });
  it('reads "subject to a DBS check" as a condition of the offer, "must hold a valid DBS check" as a requirement', () => {
    expect(quals('This post is subject to an enhanced DBS check.')).toEqual([]);
    expect(quals('Applicants must hold a valid DBS check.')).toEqual(['valid DBS check']);
    // The employer's check said of the check, or one condition among others of the offer; a clearance the candidate holds stays.
    expect(quals('An enhanced DBS check will be required for this post.')).toEqual([]);
    expect(quals('Appointment is subject to satisfactory references and a DBS disclosure.')).toEqual([]);
    expect(quals('Offers of employment are conditional on a satisfactory enhanced DBS check.')).toEqual([]);
    expect(quals('You must have a current DBS check, which will be required for this post.')).toEqual(['current DBS check']);
    // Under a heading of what applicants need, the condition stays one.
    const ms = run(['Applicant requirements', 'You must have appropriate UK professional registration.', 'This post is subject to the Rehabilitation of Offenders Act (Exceptions Order) 1975 and as such it will be necessary for a submission for Disclosure to be made to the Disclosure and Barring Service (DBS) to check for any previous criminal convictions.'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['appropriate UK professional registration']);
  });
});

describe('a quality the tagger reads as another kind', () => {
  it('is a skill', () => {
    const ms = run('You should be comfortable working with numbers and have a keen eye for detail.');
    expect(of(ms, 'duty').map((m) => m.text)).toEqual([]);
    expect(of(ms, 'skill').map((m) => m.text)).toContain('eye for detail');
  });
});

describe('language skills', () => {
  it('are knowledge of the language, in prose and on a list line', () => {
    const prose = run('You will need fluent English skills to succeed in this role.');
    expect(of(prose, 'skill').map((m) => m.text)).toEqual([]);
    expect(of(prose, 'knowledge').map((m) => m.text)).toEqual(['English']);
    const line = run(['Requirements', '- Fluent verbal and written English language skills'].join('\n'));
    expect(of(line, 'skill').map((m) => m.text)).toEqual([]);
    expect(of(line, 'knowledge').map((m) => m.text)).toEqual(['English']);
  });
});

describe('NHS advert details', () => {
  it('keeps "prior to discharge" inside the duty', () => {
    expect(of(run(['Main duties of the job', 'To counsel patients on their medicines prior to discharge.'].join('\n')), 'duty').map((m) => m.text)).toEqual(['counsel patients on their medicines prior to discharge']);
  });
  it('reads a skill back only to "so"', () => {
    const ms = run('You will be the first point of contact for patients, GPs and other healthcare professionals, so excellent interpersonal skills are essential.');
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['interpersonal skills']);
  });
  it('reads "Applicant requirements" as a heading', () => {
    const ms = run(['Applicant requirements', 'You must have appropriate UK professional registration.'].join('\n'));
    expect(ms.map((m) => [m.kind, m.text, m.section])).toEqual([['qualification', 'appropriate UK professional registration', 'requirements']]);
  });
});

describe('a task before "and take part in"', () => {
  it('is a duty of its own', () => {
    const ms = run(['Job responsibilities', 'They will contribute to the development of pharmacy technician services and take part in audit and service evaluation.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toContain('contribute to the development of pharmacy technician services');
  });
});

describe('NHS advert duties', () => {
  it('reads "hold a caseload" as a task and "hold a current NMC registration" as none', () => {
    const ms = run(['Job responsibilities', 'You will hold a caseload of adults with severe and enduring mental illness.', 'You will hold a current NMC registration.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['hold a caseload of adults with severe and enduring mental illness']);
  });
  it('finds no duty in the role named before a participle', () => {
    expect(of(run(['Job summary', 'Are you a Registered Mental Health Nurse looking for your next challenge?'].join('\n')), 'duty')).toEqual([]);
  });
});

describe('benefits inside a requirements list', () => {
  it('give no mention', () => {
    const ms = run(['Requirements', '- Strong SQL skills', '- Annual employee bonus plan', '- 25 vacation days', '- Personal training budget'].join('\n'));
    expect(ms.map((m) => m.text)).toEqual(['SQL']);
  });
});

describe('a credential category word left over from a heading', () => {
  it('is no qualification, a named one is', () => {
    const ms = run('Required Education, training, license, registration, and certification. BA/BSc Degree in Social sciences and related fields.');
    expect(of(ms, 'qualification').map((m) => m.text)).not.toContain('and certification');
    expect(of(ms, 'qualification').map((m) => m.text).join(' | ')).toContain('Degree in Social sciences');
  });
});

describe('more UK advert requirements', () => {
  const quals = (s: string) => of(run(s), 'qualification').map((m) => m.text);
  it('reads a 2:1 degree, a certificate of four words and a requirement said not to be essential', () => {
    expect(quals('We are looking for a bright graduate with a 2:1 degree in a numerate subject.')).toEqual(['degree in a numerate subject']);
    expect(quals('Candidates will need a Food Hygiene Level 2 certificate.')).toEqual(['Food Hygiene Level 2 certificate']);
    expect(quals('Experience in the care sector is not essential as full training will be provided.')).toEqual(['Experience in the care sector']);
  });
  it('reads "IT literate" as a quality', () => {
    expect(of(run(['Requirements', '- IT literate'].join('\n')), 'skill').map((m) => m.text)).toEqual(['IT literate']);
  });
});

describe('care tasks and availability', () => {
  it('keeps "washing, dressing and eating" as the objects of "assist … with"', () => {
    expect(of(run(['Main duties of the job', 'Assist patients with washing, dressing and eating, respecting their privacy and dignity at all times.'].join('\n')), 'duty').map((m) => m.text)).toEqual(['Assist patients with washing, dressing and eating']);
  });
  it('reads the ability to work shifts as working hours, no skill', () => {
    const ms = run(['Skills and abilities', '- Ability to work as part of a team', '- Ability to work shifts including nights and weekends', '- Ability to work night shifts', '- Willing to work 12-hour shifts', '- Ability to participate in an on-call rotation'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['Ability to work as part of a team']);
  });
  it('reads a job board\'s "Working pattern" field as working hours, no duty', () => {
    const ms = run(['Staff Nurse', 'Contract', 'Permanent', 'Working pattern', 'Full-time, Part-time, Flexible working', 'Main duties of the job', 'To deliver high standards of patient care.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['deliver high standards of patient care']);
  });
});

describe('an NHS job description written by Agenda for Change factors', () => {
  it('reads no "taking into account" and no duty in "the Lead Nurse"', () => {
    const ms = run(['Job responsibilities', 'Analytical and Judgemental Skills', "Assess complex wounds and plan appropriate treatment, taking into account the patient's overall condition.", 'Freedom to Act', 'Works within professional guidelines, seeking advice from the Lead Nurse where required.'].join('\n'));
    expect(ms.map((m) => m.text)).toEqual(['Assess complex wounds', 'plan appropriate treatment', 'Works within professional guidelines', 'seeking advice from the Lead Nurse where required']);
  });
});

describe('a short requirement line naming acronyms or a body of knowledge', () => {
  it('is knowledge, not a skill', () => {
    const ms = run(['Requirements', '- BGP OSPF and other internal routing protocols', '- Software engineering practices', '- Good time management'].join('\n'));
    // The protocols are named (the vocabulary knows BGP and OSPF): each is its own knowledge (mentions.md).
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['BGP', 'OSPF', 'Software engineering practices']);
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['time management']);
  });
});

describe('job board requirement fields on one line', () => {
  it('reads "Experience: 2 years" and "Licence/Certification: Driving Licence (Required)"', () => {
    expect(of(run('Experience: 2 years (Preferred).'), 'qualification').map((m) => m.text)).toEqual(['2 years']);
    expect(of(run('Licence/Certification: Driving Licence (Required).'), 'qualification').map((m) => m.text)).toEqual(['Driving Licence']);
  });
});

describe('tools named inside an experience asked for', () => {
  it('are knowledge of their own beside the qualification', () => {
    const ms = run(['Requirements', '- At least 3 years of experience with Docker, Kubernetes and Kotlin'].join('\n'));
    expect(of(ms, 'qualification')).toHaveLength(1);
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Docker', 'Kubernetes', 'Kotlin']);
  });
});

describe('skills in UK advert sentences', () => {
  it('reads a skill back only to "demonstrate", and ends an ability before "and be …"', () => {
    expect(of(run('Applicants need to demonstrate excellent problem solving skills.'), 'skill').map((m) => m.text)).toEqual(['problem solving skills']);
    expect(of(run('You must be able to work flexibly and be a team player.'), 'skill').map((m) => m.text)).toEqual(['able to work flexibly', 'team player']);
  });
});

describe('a list of qualities sharing "skills"', () => {
  it('gives one skill per quality (mentions.md), and keeps modes of one skill together', () => {
    expect(of(run(['Requirements', '- Excellent listening, negotiation and presentation skills'].join('\n')), 'skill').map((m) => m.text)).toEqual(['listening', 'negotiation', 'presentation skills']);
    // Each with its own head noun: one skill each.
    expect(of(run(['Requirements', '- Good communication skills, negotiation skills, computer skills'].join('\n')), 'skill').map((m) => m.text)).toEqual(['communication skills', 'negotiation skills', 'computer skills']);
    expect(of(run(['Requirements', '- Excellent written and verbal communication skills'].join('\n')), 'skill').map((m) => m.text)).toEqual(['written and verbal communication skills']);
    // (Without "skills" too, as a single sentence: the modes of communication share it.)
    expect(of(run('Excellent verbal, written and spoken communication.'), 'skill').map((m) => m.text)).toEqual(['verbal, written and spoken communication']);
  });
});

describe('qualifications in UK advert sentences (months, registrations, alternatives)', () => {
  it('reads "12 months\' experience" as experience of its own after a licence', () => {
    expect(of(run("We require a forklift driver with a valid counterbalance licence and at least 12 months' experience."), 'qualification').map((m) => m.text)).toEqual(['valid counterbalance licence', "12 months' experience"]);
  });

  it('reads "post-registration experience" whole after a registration, and no "end-user experience"', () => {
    expect(of(run('Candidates must be registered with the NMC and have post-registration experience in an acute setting.'), 'qualification').map((m) => m.text)).toEqual(['registered with the NMC', 'post-registration experience in an acute setting']);
    expect(of(run('You must care about the end-user experience as well as the developer experience.'), 'qualification')).toEqual([]);
  });

  it('reads the certificate in "Holding a … certificate would be beneficial", not a duty', () => {
    const ms = run('Holding a PRINCE2 Practitioner certificate would be beneficial.');
    expect(ms.map((m) => [m.kind, m.text])).toEqual([['qualification', 'PRINCE2 Practitioner certificate']]);
  });

  it('reads the words an abbreviated certificate spells ("Qualified Teacher Status (QTS)")', () => {
    expect(of(run('Qualified Teacher Status (QTS) is essential.'), 'qualification').map((m) => m.text)).toEqual(['Qualified Teacher Status (QTS)']);
    expect(of(run('You must hold a Construction Skills Certification Scheme (CSCS) card.'), 'qualification').map((m) => m.text)).toEqual(['Construction Skills Certification Scheme (CSCS) card']);
  });

  it('ends a degree before "or have equivalent experience in …", which is a requirement of its own', () => {
    expect(of(run('You will be educated to degree level or have equivalent experience in project management.'), 'qualification').map((m) => m.text)).toEqual(['degree level', 'experience in project management']);
  });

  it('keeps a qualification\'s level with it ("a Level 3 Diploma in Adult Social Care")', () => {
    expect(of(run('You will need a Level 3 Diploma in Adult Social Care or be willing to work towards one.'), 'qualification').map((m) => m.text)).toEqual(['Level 3 Diploma in Adult Social Care']);
    expect(run('You will hold a Level 4 Certificate in Sales Management and have excellent negotiation skills.').map((m) => [m.kind, m.text])).toEqual([
      ['qualification', 'Level 4 Certificate in Sales Management'],
      ['skill', 'negotiation skills'],
    ]);
  });

  it('reads "a proven track record of achieving …" as experience', () => {
    expect(of(run('You will have a proven track record of achieving sales targets.'), 'qualification').map((m) => m.text)).toEqual(['track record of achieving sales targets']);
  });
});

describe('knowledge in UK advert sentences', () => {
  it('reads the tools after "confident using", and ends an object where the next cue begins', () => {
    expect(of(run('You will be confident using Microsoft Office, particularly Word and Outlook.'), 'knowledge').map((m) => m.text)).toEqual(['Microsoft Office', 'Word', 'Outlook']);
    expect(of(run('You should be comfortable using spreadsheets and confident in using the telephone.'), 'knowledge').map((m) => m.text)).toEqual(['spreadsheets', 'telephone']);
  });

  it('reads a task in -ing after what is used as a skill of its own ("using a till and handling cash")', () => {
    const ms = run('You should be comfortable using a till and handling cash.');
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['till']);
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['handling cash']);
    // A thing used, though in -ing, is no task without an object of its own.
    expect(of(run('Comfortable using spreadsheets and accounting.'), 'skill')).toEqual([]);
  });

  it('reads the tools after "proficient using"', () => {
    expect(of(run('You will be proficient using Word, Excel and Outlook.'), 'knowledge').map((m) => m.text)).toEqual(['Word', 'Excel', 'Outlook']);
  });
});

describe('skills in UK advert sentences (p9)', () => {
  it('ends an ability before "is key / is vital"', () => {
    expect(of(run('The ability to work in a fast-paced environment is key.'), 'skill').map((m) => m.text)).toEqual(['ability to work in a fast-paced environment']);
  });

  it('reads "the confidence to …" as an ability', () => {
    expect(of(run('You will have excellent interpersonal skills and the confidence to deal with people at all levels.'), 'skill').map((m) => m.text)).toEqual(['interpersonal skills', 'confidence to deal with people at all levels']);
  });

  it('reads the tools named as examples of a skill as knowledge, not a list that lost its commas', () => {
    expect(of(run('Good IT skills including Word, Excel and Outlook are essential.'), 'knowledge').map((m) => m.text)).toEqual(['Word', 'Excel', 'Outlook']);
    expect(of(run('Excellent computer skills (Word, Excel, PowerPoint) are required.'), 'knowledge').map((m) => m.text)).toEqual(['Word', 'Excel', 'PowerPoint']);
    expect(of(run('Communication skills, such as listening and writing, are essential.'), 'knowledge')).toEqual([]);
  });

  it('keeps "infection prevention and control" one knowledge', () => {
    expect(of(run('Knowledge of infection prevention and control is essential.'), 'knowledge').map((m) => m.text)).toEqual(['infection prevention and control']);
  });
});

describe('NHS person specifications (p9)', () => {
  it('reads "Knowledge of the NMC Code of Conduct" as knowledge, not a registration', () => {
    const ms = run(['Knowledge', 'Essential', 'Knowledge of the NMC Code of Conduct', 'Registered Nurse with current NMC registration'].join('\n'));
    expect(ms.map((m) => [m.kind, m.text])).toEqual([
      ['knowledge', 'NMC Code of Conduct'],
      ['qualification', 'Registered Nurse with current NMC registration'],
    ]);
  });

  it('splits a task from the list of verbs sharing the next object ("undertake holistic assessments and develop, implement and evaluate care plans")', () => {
    const ms = run(['Main duties of the job', 'The post holder will undertake holistic assessments and develop, implement and evaluate care plans.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['undertake holistic assessments', 'develop, implement and evaluate care plans']);
  });

  it('reads a noun closing an object\'s list before a comma as the object\'s, not a verb sharing the next task\'s object ("… with product and design, mentor junior engineers …")', () => {
    const ms = run(['What you will do', "You'll work closely with product and design, mentor junior engineers and help shape our engineering culture."].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['work closely with product and design', 'mentor junior engineers', 'help shape our engineering culture']);
  });

  it('reads a noun-like word right after a verb as its object ("plan care and evaluate outcomes"), and "partner staff" as a noun', () => {
    const ms = run(['Main duties of the job', "Assess patients' needs, plan care and evaluate outcomes in line with the care plan."].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(["Assess patients' needs", 'plan care', 'evaluate outcomes']);
    const ms2 = run(['Main duties of the job', 'Identify training opportunities for our staff and partner staff and ensure the delivery of high-quality training.'].join('\n'));
    expect(of(ms2, 'duty').map((m) => m.text)).toEqual(['Identify training opportunities for our staff and partner staff', 'ensure the delivery of high-quality training']);
  });

  it('reads a phrasal verb before a comma as a task of its own when the next verb has its own object ("washing up, cleaning the kitchen")', () => {
    const duties = (src: string) => of(run(src), 'duty').map((m) => m.text);
    expect(duties('Kitchen Porter\nDuties include washing up, cleaning the kitchen and mopping floors.')).toEqual(['washing up', 'cleaning the kitchen', 'mopping floors']);
    expect(duties('Responsibilities\n- Clear up, wipe the tables and restock the fridge')).toEqual(['Clear up', 'wipe the tables', 'restock the fridge']);
    // (Verbs that share the object after the last stay one task.)
    expect(duties('Responsibilities\n- Set up, configure and maintain servers')).toEqual(['Set up, configure and maintain servers']);
  });

  it('reads -ing words that end a list after a preposition\'s object as objects, not tasks ("with personal hygiene, dressing and eating")', () => {
    const duties = (src: string) => of(run(src), 'duty').map((m) => [m.text, m.normalized]);
    expect(duties('Clinical\n- Assist patients with personal hygiene, dressing and eating.\n- Support clients with shopping, cooking and cleaning')).toEqual([
      ['Assist patients with personal hygiene, dressing and eating', 'assist patients with personal hygiene, dressing and eating'],
      ['Support clients with shopping, cooking and cleaning', 'support clients with shopping, cooking and cleaning'],
    ]);
    expect(duties('Duties\n- Provide support, coaching and mentoring for new starters').map(([t]) => t)).toEqual(['Provide support, coaching and mentoring for new starters']);
    // (An -ing word with an object of its own is a task: "…, ordering supplies and monitoring equipment".)
    expect(duties('Duties\n- Check stock levels, ordering supplies and monitoring equipment').map(([t]) => t)).toEqual(['Check stock levels', 'ordering supplies', 'monitoring equipment']);
  });

  it('reads ", following training" after a task as when it is done, not a task ("following up orders" is one)', () => {
    const duties = (src: string) => of(run(src), 'duty').map((m) => m.text);
    expect(duties('Clinical\n- Carry out blood glucose monitoring, following training.')).toEqual(['Carry out blood glucose monitoring']);
    expect(duties('Duties\n- Check stock, following up orders and chasing suppliers')).toEqual(['Check stock', 'following up orders', 'chasing suppliers']);
  });

  it('reads the rules a task follows as its object up to their examples ("… control policies, including hand hygiene")', () => {
    expect(of(run('Health and Safety\n- Comply with infection prevention and control policies, including hand hygiene.'), 'duty').map((m) => m.text)).toEqual([
      'Comply with infection prevention and control policies',
    ]);
  });

  it('reads a word joined to a copula\'s adjective as one more adjective ("is clean and tidy and report faults")', () => {
    const duties = (src: string) => of(run(src), 'duty').map((m) => m.text);
    expect(duties('Duties\n- Ensure the ward is clean and tidy and report faults')).toEqual(['Ensure the ward is clean and tidy', 'report faults']);
    // (A verb with its object after "and" is a task: "… is safe and report any faults".)
    expect(duties('Duties\n- Make sure equipment is safe and report any faults')).toEqual(['Make sure equipment is safe', 'report any faults']);
  });

  it('reads "training" after a gerund as its object, and gerunds that share one object as one task', () => {
    const duties = (src: string) => of(run(src), 'duty').map((m) => [m.text, m.normalized]);
    expect(duties('Duties\n- Delivering training and supporting staff')).toEqual([
      ['Delivering training', 'deliver training'],
      ['supporting staff', 'support staff'],
    ]);
    expect(duties('Duties\n- Planning, delivering and evaluating training')).toEqual([['Planning, delivering and evaluating training', 'plan, deliver and evaluate training']]);
    // (A list of tasks named by nouns stays a list: "order processing" is a noun.)
    expect(duties('Duties\n- Cash handling, order processing and stock control').map(([t]) => t)).toEqual(['Cash handling', 'order processing', 'stock control']);
  });

  it('knows the everyday verbs of kitchen and stock tasks ("put", "cut", "add", "mix") after "and" as in a line\'s first word', () => {
    const duties = (src: string) => of(run(src), 'duty').map((m) => [m.text, m.normalized]);
    expect(duties('Duties\n- Receiving deliveries and putting stock away\n- Checking stock and adding orders to the system')).toEqual([
      ['Receiving deliveries', 'receive deliveries'],
      ['putting stock away', 'put stock away'],
      ['Checking stock', 'check stock'],
      ['adding orders to the system', 'add orders to the system'],
    ]);
    // (Verbs sharing one object stay one task.)
    expect(duties('Duties\n- Cut and prepare vegetables for service')).toEqual([['Cut and prepare vegetables for service', 'cut and prepare vegetables for service']]);
  });

  it('reads a noun-like word after the last verb of a list as its object ("assess, plan, implement and evaluate care, carry out …")', () => {
    const ms = run(['Main duties of the job', 'The post holder will assess, plan, implement and evaluate care, carry out risk assessments and administer depot medication.'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['assess, plan, implement and evaluate care', 'carry out risk assessments', 'administer depot medication']);
  });
});

describe('qualities that open a knowledge cue (p9)', () => {
  it('gives no skill "proficient" in "will be proficient in Python and SQL"', () => {
    const ms = run('The ideal candidate will be proficient in Python and SQL and have experience with AWS.');
    expect(of(ms, 'skill')).toEqual([]);
    // A tool inside the experience asked for is its own knowledge too.
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Python', 'SQL', 'AWS']);
  });
});

describe('duties introduced by "your role will be to" (p9)', () => {
  it('reads the tasks after "Your main responsibilities will be to …"', () => {
    expect(of(run('Your main responsibilities will be to plan and deliver engaging lessons and track pupil progress.'), 'duty').map((m) => m.text)).toEqual(['plan and deliver engaging lessons', 'track pupil progress']);
  });

  it('reads "The role holder will …" as the role\'s task', () => {
    expect(of(run('The role holder will lead on safeguarding, ensuring that all concerns are escalated appropriately.'), 'duty').map((m) => m.text)).toContain('lead on safeguarding');
  });
});

describe('abilities followed by a second quality (p9)', () => {
  it('ends an ability before "and a passion for …"', () => {
    expect(of(run('You must have the ability to build rapport with customers and a passion for sales.'), 'skill').map((m) => m.text)[0]).toBe('ability to build rapport with customers');
  });
});

describe('experience asked in other words (p9)', () => {
  it('reads "Experienced in …", "You will have worked in …" and a counted qualification ("a minimum of five GCSEs")', () => {
    expect(of(run('Experienced in the use of Excel and pivot tables.'), 'qualification').map((m) => m.text)).toEqual(['Experienced in the use of Excel and pivot tables']);
    expect(of(run('You will have worked in a fast-paced office environment.'), 'qualification').map((m) => m.text)).toEqual(['worked in a fast-paced office environment']);
    expect(of(run('Applicants must have a minimum of five GCSEs including English and Maths.'), 'qualification').map((m) => m.text)).toEqual(['five GCSEs including English and Maths']);
  });
});

describe('a task whose object is names (p9)', () => {
  it('keeps "use Excel and Outlook": a short lower-case verb before Title Case names is no Title Case heading', () => {
    expect(of(run('You will use Excel and Outlook.'), 'duty').map((m) => m.text)).toEqual(['use Excel and Outlook']);
  });
});

describe('a task whose object is a name in Title Case', () => {
  it('keeps "Complete the Care Certificate …" when the sentence goes on in lower case, and still drops a Title Case line', () => {
    expect(of(run('Responsibilities\n- Complete the Care Certificate within 12 weeks of starting'), 'duty').map((m) => m.text)).toEqual(['Complete the Care Certificate']);
    expect(of(run('Responsibilities\n- Support and Construction Management'), 'duty')).toEqual([]);
    // (Only a task that opens its sentence: "… Code of Conduct and Associated Policies as an appendix …" names a code.)
    const policy = 'Major Duties and Responsibilities Organize and oversee inventory; Any candidate offered a job with us will be expected to sign the Staff Code of Conduct and Associated Policies as an appendix to their contract of employment . Participate in the selection of suppliers';
    expect(of(run(policy), 'duty').map((m) => m.text)).not.toContain('Conduct and Associated Policies');
    // (A lower-case word that ends the item before, in a line that lost its bullets, is no small word: the task opens there.)
    expect(of(run('Duties\nImplement interventions as outlined by local policy Adhere to Health and Safety Principles when carrying out duties'), 'duty').map((m) => m.text)).toContain('Adhere to Health and Safety Principles');
  });
});

describe('NHS person specifications and one-line adverts', () => {
  it('reads the registration asked under an NHS Jobs advert\'s "UK Professional Registration" heading, on its lines or in one line', () => {
    const lines = ['Certificate of Sponsorship', 'Applications from job seekers who require Skilled worker sponsorship are welcome.', 'UK Professional Registration', 'Applicants must have current UK professional registration.'];
    for (const text of [lines.join('\n'), lines.join(' ')]) {
      expect(of(run(text), 'qualification').map((m) => m.text)).toEqual(['current UK professional registration']);
    }
  });

  it('reads nothing in the advert\'s closing and interview dates', () => {
    const ms = run(['Skills', 'Able to prioritise own workload (Essential)', 'This advert closes on Sunday 13 Dec 2026', 'Proposed interview date Tuesday 22 Dec 2026'].join('\n'));
    expect(ms.map((m) => m.text)).toEqual(['Able to prioritise own workload']);
  });

  it('drops "(Desirable)" after a requirement', () => {
    expect(of(run(['Skills', 'Awareness of the 18 week pathway (Desirable)'].join('\n')), 'knowledge').map((m) => m.text)).toEqual(['18 week pathway']);
  });

  it('reads no quality in a Title Case job title ("seeking an Advanced Clinical Practitioner")', () => {
    const ms = run('The Emergency Department is seeking an Advanced Clinical Practitioner to work as part of the senior clinical team. We are looking for an enthusiastic nurse.');
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['enthusiastic']);
  });

  it('opens a requirements section at "Essential criteria:" inside a line', () => {
    const ms = run('Key responsibilities: Teach trainee nurses; Participate in audit. Essential criteria: NMC registration; MSc in Advanced Clinical Practice.');
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Teach trainee nurses', 'Participate in audit']);
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['NMC registration', 'MSc in Advanced Clinical Practice']);
  });
  it('reads a person specification pasted as one line: its verdicts, the employer\'s headings and criteria whose line breaks were lost', () => {
    const ms = run(
      'Job summary We are recruiting a staff nurse. Main duties of the job Carry out holistic assessments of patients. Working for our organisation ' +
        'Our Trust provides acute care to 500,000 people. Person specification Qualifications Essential Registered Mental Health Nurse with current NMC ' +
        'registration Evidence of continuing professional development Desirable Non-medical prescribing qualification Skills Essential Able to manage a ' +
        'caseload and prioritise own workload Full UK driving licence Knowledge Essential Competent in the use of Microsoft Office Employer certification / ' +
        'accreditation badges Disability confident employer',
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Carry out holistic assessments of patients']);
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual([
      'Registered Mental Health Nurse with current NMC registration',
      'Non-medical prescribing qualification',
      'Full UK driving licence',
    ]);
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['continuing professional development', 'Able to manage a caseload', 'prioritise own workload']);
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Microsoft Office']);
  });

  it('ends a registration at its body\'s bracketed acronym when a diploma follows, its line break lost', () => {
    const ms = run(['Qualifications', 'Registered as a Pharmacy Technician with the General Pharmaceutical Council (GPhC) BTEC National Diploma in Pharmaceutical Science'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual([
      'Registered as a Pharmacy Technician with the General Pharmaceutical Council (GPhC)',
      'BTEC National Diploma in Pharmaceutical Science',
    ]);
  });

  it('keeps "BSc (Hons) Occupational Therapy" one degree: only a body\'s acronym in brackets ends a registration before a capitalised one', () => {
    const first = of(run(['Qualifications', 'BSc (Hons) Occupational Therapy HCPC registration'].join('\n')), 'qualification')[0];
    expect(first.text).toMatch(/^BSc \(Hons\) Occupational Therapy/);
  });

  it('names a registration by its body\'s letters, and opens a criterion at a capitalised word after a noun, their line breaks lost', () => {
    const ms = run(['Occupational Therapist', 'Qualifications', 'BSc (Hons) Occupational Therapy HCPC registration Post-graduate training in sensory integration'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['BSc (Hons) Occupational Therapy', 'HCPC registration', 'Post-graduate training in sensory integration']);
    const skills = run(['Occupational Therapist', 'Skills', 'Ability to manage a caseload Car driver with access to a vehicle'].join('\n'));
    expect(skills.map((m) => `${m.kind}: ${m.text}`)).toEqual(['skill: Ability to manage a caseload', 'qualification: Car driver with access to a vehicle']);
    // (Nor at a determiner: "… financial reports Other finance and administration areas as needed" is the catch-all task's end.)
    const other = run(['Accountant', 'Requirements', 'Prepare VAT returns and other financial reports Other finance and administration areas as needed'].join('\n'));
    expect(other.map((m) => m.text).join('|')).not.toMatch(/^Other|\|Other/);
    // (With "current" the registration is what the nurse holds: one criterion.)
    const nurse = run(['Staff Nurse', 'Qualifications', '- Registered General Nurse with current NMC registration'].join('\n'));
    expect(of(nurse, 'qualification').map((m) => m.text)).toEqual(['Registered General Nurse with current NMC registration']);
  });

  it('ends a criterion at "or equivalent" in a run-on line, whatever is written next ("… or equivalent HCPC registration …")', () => {
    const ms = run(['Physiotherapist', 'Qualifications', 'BSc (Hons) Physiotherapy or equivalent HCPC registration Evidence of continuing professional development'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['BSc (Hons) Physiotherapy', 'HCPC registration']);
  });

  it('keeps a name that ends with a gerund before its head noun in a run-on line ("Capacity Building skills")', () => {
    const ms = run(['Field Officer', 'Competencies', 'Ability to work with teams at distance Capacity Building skills Analytical skills'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toContain('Capacity Building skills');
  });

  it('reads a profession named on a line under a qualifications heading as a qualification ("Independent Non-Medical Prescriber (V300)")', () => {
    const ms = run(['Advanced Clinical Practitioner', 'Qualifications', 'Essential criteria', 'MSc in Advanced Clinical Practice', 'Independent Non-Medical Prescriber (V300)'].join('\n'));
    expect(ms.map((m) => [m.kind, m.text])).toEqual([
      ['qualification', 'MSc in Advanced Clinical Practice'],
      ['qualification', 'Independent Non-Medical Prescriber (V300)'],
    ]);
    expect(of(run(['Developer', 'Requirements', 'Ansible Docker'].join('\n')), 'qualification')).toEqual([]);
  });

  it('opens a criterion at "Previous" after a name, its line break lost ("… Health and Social Care Previous experience …")', () => {
    const ms = run(['Desirable', 'NVQ Level 2 in Health and Social Care Previous experience in a care setting'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['NVQ Level 2 in Health and Social Care', 'experience in a care setting']);
  });

  it('reads a second clause with its own modal as a task, whether or not the first is one ("…, and will arrange patient transport")', () => {
    const ms = run(
      [
        'Job summary',
        'The post holder will be the first point of contact for patients, visitors and staff, and will provide a comprehensive clerical service to the ward team.',
        'Main duties of the job',
        'The post holder will order stationery and ward supplies, and will arrange patient transport when required.',
      ].join('\n'),
    );
    // (Being the first point of contact is a task too, as "act as the primary point of contact" is in the annotated postings.)
    expect(of(ms, 'duty').map((m) => m.text)).toEqual([
      'first point of contact for patients, visitors and staff',
      'provide a comprehensive clerical service to the ward team',
      'order stationery and ward supplies',
      'arrange patient transport',
    ]);
  });

  it('reads a task after "and" that shares the modal of "be the first point of contact …" as a task of its own', () => {
    const ms = run(['Care Home', "You'll also be the first point of contact for relatives during the night and liaise with the on-call nurse."].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['first point of contact for relatives during the night', 'liaise with the on-call nurse']);
  });

  it('reads a task in the progressive after "you will be" inside a sentence, not what is received or where one works', () => {
    const duties = (t: string) => of(run(t), 'duty').map((m) => m.text);
    expect(duties('This is a hands-on role where you will be carrying out planned preventative maintenance on HVAC systems.')).toEqual([
      'carrying out planned preventative maintenance on HVAC systems',
    ]);
    expect(duties('In this post you will be joining a friendly team and will be supporting the ward manager.')).toEqual(['supporting the ward manager']);
    expect(duties('This is a role where you will be receiving full training. It is a busy role in which you will be working with a team of ten.')).toEqual([]);
  });

  it('reads what the candidate will be in prose after a greeting: a registration, then the experience "with significant …"', () => {
    const ms = run(
      'Respiratory Physiotherapist\n\nWelcome to our team. You will be HCPC registered with significant post-graduate experience in respiratory care. You will be enrolled onto the Care Certificate programme.',
    );
    expect(ms.map((m) => [m.kind, m.text])).toEqual([
      ['qualification', 'HCPC registered'],
      ['qualification', 'post-graduate experience in respiratory care'],
    ]);
  });

  it('reads "patient" closing a list of qualities as a quality, not in "patient care", and a quality opening a list after a lost line break', () => {
    expect(of(run(['Skills', '- Honest, reliable and patient', '- Caring and patient care'].join('\n')), 'skill').map((m) => m.text)).toEqual(['Honest', 'reliable', 'patient', 'Caring']);
    const ms = run(['Person specification', 'Good literacy and numeracy Ability to work as part of a team Kind and patient'].join('\n'));
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['literacy', 'numeracy', 'Ability to work as part of a team', 'Kind', 'patient']);
    const inside = (line: string) => of(run(['Personal qualities', line].join('\n')), 'skill').map((m) => m.text);
    expect(inside('- Kind, patient and reliable')).toEqual(['Kind', 'patient', 'reliable']);
    expect(inside('- Caring, patient and family centred approach')).toEqual(['Caring']);
  });

  it('reads no quality in a job title ("Site Reliability Engineer"), and each of qualities typed in Title Case without commas', () => {
    const skills = (src: string) => of(run(src), 'skill').map((m) => m.text);
    expect(skills('You will be our first ever Site Reliability Engineer and will have a huge impact.')).toEqual([]);
    expect(skills('Person specification\n- Honest Reliable Punctual')).toEqual(['Honest', 'Reliable', 'Punctual']);
    expect(skills('You must be punctual, Reliable Honest and kind.')).toEqual(['punctual', 'Reliable', 'Honest', 'kind']);
  });

  it('reads a subject with its own article after "and" as a subject of its own ("the use of email and the internet")', () => {
    const ms = run(['Requirements', '- Competent in the use of email and the internet', '- Knowledge of budgeting and the procurement process'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['email', 'internet', 'budgeting', 'procurement process']);
  });

  it('reads "knowledge of spoken and written English" as the language only, no skill', () => {
    expect(run(['Requirements', '- Knowledge of spoken and written English'].join('\n')).map((m) => [m.kind, m.text])).toEqual([['knowledge', 'English']]);
  });

  it('keeps what a long object is of ("legal requirements for the supply of medicines")', () => {
    const ms = run(['Knowledge', '- Knowledge of the Medicines Act and legal requirements for the supply of medicines'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Medicines Act and legal requirements for the supply of medicines']);
  });
});

describe('verbs written with a prefix', () => {
  it('reads "Audio-type …", "Proof-read …" and "Co-ordinate …" as tasks', () => {
    const ms = run(
      ['Medical Secretary', 'Job responsibilities', 'Audio-type clinic letters and reports using digital dictation.', 'Proof-read documents before they are sent.', 'Co-ordinate the rota for the team.'].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Audio-type clinic letters and reports using digital dictation', 'Proof-read documents before they are sent', 'Co-ordinate the rota for the team']);
  });
});

describe('what a task takes into account and what it is for', () => {
  it('ends a duty before "considering …" and before a purpose "to alert …"', () => {
    const ms = run(
      [
        'Responsibilities',
        '- Devise a risk management strategy considering project time frame, context of project area and local markets',
        '- Regularly review construction schedules to alert contractors of possible delays and consequences',
      ].join('\n'),
    );
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Devise a risk management strategy', 'Regularly review construction schedules']);
  });
});

describe('anonymised postings', () => {
  it('reads no contact details or bare place placeholder as a mention', () => {
    const ms = run(['Your profile', '- Also see <CONTACT>;', '- <LOCATION>', '- Excellent communication skills'].join('\n'));
    expect(ms.map((m) => m.text)).not.toContain('Also see <CONTACT>');
    expect(ms.map((m) => m.text)).not.toContain('<LOCATION>');
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['communication skills']);
  });
});

describe('job board requirement lines (UK)', () => {
  it('reads "preferred but not essential" as the requirement\'s verdict', () => {
    expect(of(run(['Requirements:', 'Previous warehouse experience preferred but not essential'].join('\n')), 'qualification').map((m) => m.text)).toEqual(['warehouse experience']);
  });

  it('reads "Good level of English" as the language only', () => {
    expect(run(['Requirements:', 'Good level of English'].join('\n')).map((m) => [m.kind, m.text])).toEqual([['knowledge', 'English']]);
  });

  it('reads no skill or qualification in "willing to undergo an enhanced DBS check" (a condition of the offer)', () => {
    expect(run(['Requirements:', 'You must be willing to undergo an enhanced DBS check.', 'A valid DBS certificate is essential.'].join('\n')).map((m) => m.text)).toEqual(['valid DBS certificate']);
  });
});

describe('names listed without commas', () => {
  it('gives one knowledge per known name ("knowledge of HTML CSS JavaScript XML and JSON")', () => {
    expect(of(run(['Requirements:', '* Very good knowledge of HTML CSS JavaScript XML and JSON'].join('\n')), 'knowledge').map((m) => m.text)).toEqual(['HTML', 'CSS', 'JavaScript', 'XML', 'JSON']);
  });

  it('reads a word written as a name between known names as one more name ("Python Qt CMake git")', () => {
    const knowledge = (line: string) => of(run(['Requirements:', `* ${line}`].join('\n')), 'knowledge').map((m) => m.text);
    expect(knowledge('Knowledge of Python Qt CMake git')).toEqual(['Python', 'Qt', 'CMake', 'git']);
    expect(knowledge('Familiar with Docker Kubernetes Terraform and AWS')).toEqual(['Docker', 'Kubernetes', 'Terraform', 'AWS']);
    // (A lower-case word between them is no name: the span stays whole.)
    expect(knowledge('Knowledge of Python payment Java')).toEqual(['Python payment Java']);
  });

  it('splits one known name from a word written as a name with a capital inside ("Kotlin RxJava")', () => {
    const knowledge = (line: string) => of(run(['Requirements:', `* ${line}`].join('\n')), 'knowledge').map((m) => m.text);
    expect(knowledge('Knowledge of Kotlin RxJava or Coroutines')).toEqual(['Kotlin', 'RxJava', 'Coroutines']);
    // (A capitalised word alone after the name may be the name's own: "Spring Boot" stays whole.)
    expect(knowledge('Knowledge of Spring Boot')).toEqual(['Spring Boot']);
    expect(knowledge('An interest in the European energy market')).not.toContain('European');
  });

  it('splits names the lexicon knows as tools ("PowerPoint Excel") and names set off by a spaced slash ("Typescript / Node")', () => {
    const knowledge = (line: string) => of(run(['Requirements:', `* ${line}`].join('\n')), 'knowledge').map((m) => m.text);
    expect(knowledge('An excellent command of PowerPoint Excel')).toEqual(['PowerPoint', 'Excel']);
    expect(knowledge('Back-end in Typescript / Node')).toEqual(['Typescript', 'Node']);
    // (A capitalised word no dictionary holds beside a known name is a name of its own; one a dictionary holds may be the name's.)
    expect(knowledge('Knowledge of MySQL Memcached')).toEqual(['MySQL', 'Memcached']);
    expect(knowledge('Knowledge of Spring Boot')).toEqual(['Spring Boot']);
    expect(knowledge('An interest in the European energy market')).not.toContain('European');
  });

  it('reads a subject the lexicon knows as one name, not its gerund as a task ("Machine Learning pipeline")', () => {
    const line = '* Experience working with Machine Learning pipeline implementation is a plus';
    expect(run(['Requirements:', line].join('\n')).map((m) => [m.kind, m.text])).toEqual([
      ['qualification', 'Experience working with Machine Learning pipeline implementation'],
      ['knowledge', 'Machine Learning'],
    ]);
  });

  it('keeps a name the vocabulary does not know whole', () => {
    expect(of(run(['Requirements:', '* Good knowledge of Acme Flowdesk'].join('\n')), 'knowledge').map((m) => m.text)).toEqual(['Acme Flowdesk']);
  });
});

describe('driving licences of UK adverts', () => {
  it('reads HGV, LGV and Driver CPC as certifications, and ends a requirement before "to join their team"', () => {
    expect(of(run(['Requirements:', '- Valid HGV Class 2 licence', '- Driver CPC and digi card'].join('\n')), 'qualification').map((m) => m.text)).toEqual(['Valid HGV Class 2 licence', 'Driver CPC']);
    expect(of(run('Our client is seeking an experienced HGV Class 1 driver to join their team.'), 'qualification').map((m) => m.text)).toEqual(['experienced HGV Class 1 driver']);
  });

  it('ends a licence before "and your own transport" or "and access to a car"', () => {
    expect(of(run('You will need a full UK driving licence and your own transport.'), 'qualification').map((m) => m.text)).toEqual(['full UK driving licence']);
    expect(of(run('Must have CSCS card and own tools.'), 'qualification').map((m) => m.text)).toEqual(['CSCS card']);
    expect(of(run(['Requirements:', '- Full UK driving licence and access to a car for work purposes'].join('\n')), 'qualification').map((m) => m.text)).toEqual(['Full UK driving licence']);
  });
});

describe('what the candidate is: verbs and passives are no qualities', () => {
  it('reads no quality in a verb the lexicon knows ("organized and structured and create and maintain …")', () => {
    expect(of(run('You are both organized and structured and create and maintain an overview of the project.'), 'skill').map((m) => m.text)).toEqual(['organized', 'structured']);
  });

  it('reads a passive as no quality ("should be refused and reported to …", "will be appointed Global IT champion")', () => {
    expect(of(run('Any requests for payment should be refused and reported to the police.'), 'skill')).toEqual([]);
    expect(of(run('Accordingly you will be appointed Global IT SOX champion.'), 'skill')).toEqual([]);
    // (An irregular participle too: "sent" was a skill; "driven" stays a quality.)
    expect(of(run('Requirements\n- Applications - including the required attachments - must be sent via the link below.'), 'skill')).toEqual([]);
    expect(of(run('You must be driven and well organised.'), 'skill').map((m) => m.text)).toEqual(['driven', 'well organised']);
  });

  it('reads "a real team player" as "team player"', () => {
    expect(of(run('You are a real team player.'), 'skill').map((m) => m.text)).toEqual(['team player']);
  });
});

describe('benefits introduced in other words', () => {
  it('reads no mention under "WHAT AWAITS YOU"', () => {
    expect(run(['Requirements', 'Good knowledge of Kotlin', 'WHAT AWAITS YOU', 'A green office', 'Delicious coffee and soft drinks'].join('\n')).map((m) => m.text)).toEqual(['Kotlin']);
  });

  it('opens the benefits at a run-in heading that ends a line ("… (ETL processes etc.) Job benefits:")', () => {
    const ms = run(['Requirements', 'Advantage: Experience in working with big data tools (ETL processes etc.) Job benefits:', 'Private health insurance', 'Meal allowance', 'Attend our annual company retreat in Spain'].join('\n'));
    // (The bracket's names are the knowledge mention after it, no part of the experience: see finish.ts, dropNamedTail.)
    expect(ms.map((m) => m.text)).toEqual(['Experience in working with big data tools', 'ETL processes']);
  });

  it('reads a line that points to the perks as their heading', () => {
    expect(run(['Requirements', 'Experience in DevOps', 'Now lets talk about perks and compensation', 'Delicious coffee'].join('\n')).map((m) => m.text)).toEqual(['Experience in DevOps', 'DevOps']);
    expect(of(run(['Responsibilities', 'Benefits/perks listed below may vary depending on the nature of your employment with the company and the country where you work.'].join('\n')), 'duty')).toEqual([]);
  });
});

describe('a verdict without its article', () => {
  it('ends knowledge before "or equivalent", "or similar", "or other"', () => {
    const ms = run(['Requirements', '* Working knowledge of BitBucket or equivalent SCM tool is required', '* Knowledge of SAP or similar ERP systems', '* Knowledge of Python, Java or similar languages'].join('\n'));
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(expect.arrayContaining(['BitBucket', 'SAP', 'Python', 'Java']));
    expect(of(ms, 'knowledge').map((m) => m.text).join('|')).not.toMatch(/ or (?:equivalent|similar)/);
  });

  it('ends knowledge before "is added advantage"', () => {
    expect(of(run(['Experience', 'Knowledge of the local language is added advantage.'].join('\n')), 'knowledge').map((m) => m.text)).toEqual(['local language']);
  });
});

describe("the advert's invitations", () => {
  it('reads no duty in where or how the post holder works, or in slogans ("Working remotely anywhere", "Make your mark")', () => {
    const ms = run(['Responsibilities', '- Working remotely anywhere in the UK', '- Work from home two days a week', '- Make your mark in our exciting world', '- Make a real impact on our customers', '- Being part of a friendly team', '- Work remotely with clients to resolve issues'].join('\n'));
    expect(of(ms, 'duty').map((m) => m.text)).toEqual(['Work remotely with clients']);
  });

  it('ends a knowledge at the point of view it is asked from ("… from a financial perspective")', () => {
    const found = of(run('Requirements\nKnowledge of budgeting and forecasting from a financial perspective\nUnderstanding of safeguarding from both a clinical and legal point of view'), 'knowledge').map((m) => m.text);
    expect(found).toEqual(['budgeting and forecasting', 'safeguarding']);
  });

  it('ends a law\'s name at its "Act" and year when a capitalised item runs on after it', () => {
    const ms = run('Requirements\nKnowledge of the Mental Health Act and the Care Act Enthusiastic and motivated\nKnowledge of the Data Protection Act 2018 Team player');
    expect(of(ms, 'knowledge').map((m) => m.text)).toEqual(['Mental Health Act', 'Care Act', 'Data Protection Act 2018']);
    expect(of(ms, 'skill').map((m) => m.text)).toEqual(['Enthusiastic', 'motivated', 'Team player']);
  });

  it('keeps two verbs joined by a comma and "and" on their shared object ("Ensure to prepare, and submit quarterly plans")', () => {
    const duties = of(run('Responsibilities\nEnsure to prepare, and submit quarterly plans to the donor\nMaintain records, and report incidents to the manager'), 'duty').map((m) => m.text);
    expect(duties).toEqual(['Ensure to prepare, and submit quarterly plans to the donor', 'Maintain records', 'report incidents to the manager']);
  });

  it('reads a posting pasted as one line up to the noise that ends it ("… how to apply send your CV to …"), not nothing', () => {
    const line =
      'IT Support Analyst We are looking for an IT Support Analyst to join our busy IT team and you will resolve first line support calls and ' +
      'maintain the asset register You will have experience of Windows 10 and Office 365 and a good customer service attitude how to apply send your CV to jobs@acme.com';
    const found = run(line).map((m) => `${m.kind}: ${m.text}`);
    expect(found).toContain('qualification: experience of Windows 10 and Office 365');
    expect(found.some((f) => /CV|acme\.com/.test(f))).toBe(false);
    // A short line with the same noise is noise as a whole.
    expect(run('Requirements\nPlease send your CV and experience of Windows 10 to jobs@acme.com')).toEqual([]);
    // A step of applying is no task, in prose or under a duties heading.
    expect(run('We build medical devices for hospitals across the region.\nStart the application process by pressing the button below.')).toEqual([]);
    expect(of(run('Duties\n- Maintain the asset register\n- Complete the application form online'), 'duty').map((m) => m.text)).toEqual(['Maintain the asset register']);
  });

  it('reads no qualification in the documents an application must hold', () => {
    const text = [
      'Requirements',
      'PhD in computational biology',
      'The application must be in English and include a curriculum vitae degree certificate a complete list of publications and a teaching portfolio',
      'Application: Curriculum Vitae, Certificates/Diplomas (Master and PhD degree) and a motivation letter',
      'We will need your CV certificates and a short summary of your motivation.',
    ].join('\n');
    expect(run(text).map((m) => `${m.kind}: ${m.text}`)).toEqual(['qualification: PhD in computational biology']);
  });

  it('reads no duty in the candidate\'s own career and potential ("To shape your own career", "realise your potential")', () => {
    const text = [
      'Analyst',
      'At Acme we give you the chance to grow.',
      'To shape your own career.',
      'Consider a career at Acme and realise your full potential together.',
      'Leave your footprint on the products millions use.',
      'Responsibilities',
      'Prepare monthly pricing reports',
      'Develop your team members and manage their performance',
    ].join('\n');
    expect(of(run(text), 'duty').map((m) => m.text)).toEqual(['Prepare monthly pricing reports', 'Develop your team members', 'manage their performance']);
  });

  it('reads no duty in what is given for free ("Fruits & drinks for free") nor in the candidate\'s own growth ("develop yourself")', () => {
    expect(run('Fruits & drinks for free.')).toEqual([]);
    expect(run('Continuously develop yourself and learn from security experts.')).toEqual([]);
  });

  it('reads no duty in "Take your next career step with us" or "Read our technical blog"', () => {
    expect(of(run(['What we offer you', 'Great colleagues.', 'About the role', 'Take your next career step with us', 'Read our technical blog', 'Build and run our payment services'].join('\n')), 'duty').map((m) => m.text)).toEqual(['Build and run our payment services']);
  });

  it('reads no duty in "Apply for the job", "apply if …" or "You\'ll start on 25 days of holiday"', () => {
    expect(of(run(['Responsibilities', '- Apply for the job', '- Apply for the gig and we will review your application', '- Apply for research funding'].join('\n')), 'duty').map((m) => m.text)).toEqual(['Apply for research funding']);
    expect(of(run('Visit our website for further information on our business and services.'), 'duty')).toEqual([]);
    expect(of(run(['Job summary', 'You should apply if you love data.', "You'll start on 25 days of holiday which will increase with service.", 'You will build data pipelines.'].join('\n')), 'duty').map((m) => m.text)).toEqual(['build data pipelines']);
  });

  it('reads no skill in "You will be able to progress in your career"', () => {
    expect(of(run(['Requirements', '- You will be able to progress in your career', '- Ability to work under pressure'].join('\n')), 'skill').map((m) => m.text)).toEqual(['Ability to work under pressure']);
  });
});

describe('what an application holds', () => {
  it('reads no qualification in a list of application documents', () => {
    expect(run(['Experience', 'Two years of experience in teaching.', 'Please attach a letter of application, current resume, copies of transcripts, academic degree and related documents.'].join('\n')).map((m) => m.text)).toEqual(['Two years of experience in teaching']);
  });

  it('reads no experience the candidate will share or gain ("Is motivated by sharing experience")', () => {
    expect(of(run(['Responsibilities', 'Is motivated by sharing experience and supporting team members'].join('\n')), 'qualification')).toEqual([]);
  });
});

describe('a gerund-led subject and a named law', () => {
  it('reads "Knowledge of eating disorders and the Mental Health Act" as two', () => {
    expect(of(run(['Knowledge and skills', 'Knowledge of eating disorders and the Mental Health Act'].join('\n')), 'knowledge').map((m) => m.text)).toEqual(['eating disorders', 'Mental Health Act']);
  });
});

describe('examples after "especially with"', () => {
  it('gives the names without the preposition', () => {
    expect(of(run(['Requirements', '- Proficient in computer applications, especially with MS Word and MS Excel'].join('\n')), 'knowledge').map((m) => m.text)).toEqual(['computer applications', 'MS Word', 'MS Excel']);
  });
});

describe('a person specification table', () => {
  const spec = ['# Person specification', 'Criteria\tEssential\tDesirable\tAssessment', 'Qualifications\tNMC registration\tMentorship qualification\tApplication form', 'Personal qualities\tCaring and compassionate\t\tInterview'].join('\n');

  it('reads no assessment column and takes the row labels as headings', () => {
    expect(run(spec).map((m) => [m.kind, m.text])).toEqual([
      ['qualification', 'NMC registration'],
      ['qualification', 'Mentorship qualification'],
      ['skill', 'Caring'],
      ['skill', 'compassionate'],
    ]);
  });
});

describe("the employer's years", () => {
  it('reads no qualification in "With 40 years of experience …, we …"', () => {
    expect(of(run(['Requirements', '- With 40 years of experience operating in the most challenging environments we deliver aid', '- 5 years of experience in logistics'].join('\n')), 'qualification').map((m) => m.text)).toEqual(['5 years of experience in logistics']);
  });
});

describe('a requirement waived', () => {
  it('reads no qualification in "You are not required to have a degree" or "You do not need a degree"', () => {
    const ms = run(['Requirements', 'You are not required to have a computer science degree; in fact several of us have none.', 'You do not need a degree to apply.', 'A degree in Computer Science is required.'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['degree in Computer Science']);
  });

  it('reads a plain degree the candidate is said to have in prose under no heading ("You have a degree in …"), not one others have', () => {
    const ms = run(['Data Analyst', 'You have a degree in statistics or economics. Our founders have a degree in physics.'].join('\n'));
    expect(of(ms, 'qualification').map((m) => m.text)).toEqual(['degree in statistics or economics']);
  });

  it('reads the requirement after "however"', () => {
    expect(of(run(['Requirements', "We don't require a specific tool, however experience with Jenkins is advantageous."].join('\n')), 'qualification').map((m) => m.text)).toEqual(['experience with Jenkins']);
  });
});

describe('a duty cut before its complement', () => {
  it('drops a span that ends in a word needing one ("contribute to the efforts aimed")', () => {
    const ms = finish([{ kind: 'duty', text: 'contribute to the efforts aimed', normalized: 'contribute to the efforts aimed', section: 'responsibilities', start: 0, end: 31, confidence: 0.8 }], 0.5, 'contribute to the efforts aimed at reducing poverty', true);
    expect(ms).toEqual([]);
  });

  it('reads no duty in a noun and its participle ("Switch owned by all banks")', () => {
    const text = 'EthSwitch is a national Switch owned by all banks.';
    expect(finish([{ kind: 'duty', text: 'Switch owned by all banks', normalized: 'switch owned by all banks', section: 'summary', start: 24, end: 49, confidence: 0.55 }], 0.5, text, true)).toEqual([]);
  });
});

describe('an invitation to apply', () => {
  it('reads the background it asks for, and nothing from an equal-opportunity line', () => {
    expect(run('We welcome applications from candidates with a background in engineering or physics.').map((m) => [m.kind, m.text])).toEqual([['qualification', 'background in engineering or physics']]);
    expect(run('We welcome applications from all sections of the community.')).toEqual([]);
    expect(run('We welcome applications from people of all backgrounds, regardless of age, disability, gender, race or religion.')).toEqual([]);
  });
});

describe('kinds of experience joined by "and"', () => {
  it('share the word "experience" ("Cash handling and till operation experience")', () => {
    expect(of(run('Cash handling and till operation experience is desirable.'), 'qualification').map((m) => m.text)).toEqual(['Cash handling and till operation experience']);
    expect(run('Previous customer service and retail experience is essential.').map((m) => [m.kind, m.text])).toEqual([['qualification', 'customer service and retail experience']]);
  });

  it('not an alternative, a kind graded on its own, or another requirement before "and"', () => {
    expect(of(run('You will have commercial flair and solid product management experience.'), 'qualification').map((m) => m.text)).toEqual(['product management experience']);
    expect(of(run('Both clinical and non-clinical experience would be useful.'), 'qualification').map((m) => m.text)).toEqual(['clinical and non-clinical experience']);
  });
});

describe('a school grade completed', () => {
  it('is a secondary qualification, ended before "with" another requirement', () => {
    expect(run('Grade 10 complete with driving license.').map((m) => [m.kind, m.text, m.qualification?.degreeLevel])).toEqual([
      ['qualification', 'Grade 10 complete', 'secondary'],
      ['qualification', 'driving license', undefined],
    ]);
    expect(of(run('Education: 10th grade and above'), 'skill')).toEqual([]);
    expect(of(run('Minimum 8th grade education'), 'qualification').map((m) => m.text)).toEqual(['8th grade education']);
  });

  it('not the grades a school teaches, nor a driving licence\'s grade', () => {
    expect(run('The school teaches from Pre KG to grade 12.')).toEqual([]);
    expect(of(run('Valid 3rd grade or above Driver License.'), 'qualification').filter((m) => m.qualification?.degreeLevel)).toEqual([]);
  });
});

describe('qualities after what the candidate is to have', () => {
  it('reads them after "you will have a good standard of" / "a high level of"', () => {
    expect(run('Ideally you will have a good standard of numeracy and literacy.').map((m) => [m.kind, m.text])).toEqual([['skill', 'numeracy'], ['skill', 'literacy']]);
    expect(run('You will have a high level of accuracy.').map((m) => [m.kind, m.text])).toEqual([['skill', 'accuracy']]);
  });

  it('reads "commercially aware", "customer-focused" and "solution-focused" as qualities on a requirement line', () => {
    expect(of(run('Requirements:\n- Commercially aware\n- Customer-focused\n- Solution-focused'), 'skill').map((m) => m.text)).toEqual(['Commercially aware', 'Customer-focused', 'Solution-focused']);
  });

  it('reads them after "a good level of"', () => {
    expect(run('Must have a good level of numeracy and literacy.').map((m) => [m.kind, m.text])).toEqual([['skill', 'numeracy'], ['skill', 'literacy']]);
  });
});

describe('experience at a pay band', () => {
  it('names the band ("Band 6 experience", "Band 5 experience in an acute setting")', () => {
    expect(of(run('Band 6 experience is essential.'), 'qualification').map((m) => m.text)).toEqual(['Band 6 experience']);
    expect(of(run('Band 5 experience in an acute setting.'), 'qualification').map((m) => m.text)).toEqual(['Band 5 experience in an acute setting']);
  });
});

describe('an ability with people listed after a preposition', () => {
  it('keeps the list as its object, not a list of verbs after it', () => {
    expect(of(run('Ability to communicate effectively with patients, relatives and staff.'), 'skill').map((m) => m.text)).toEqual(['Ability to communicate effectively with patients, relatives and staff']);
    expect(of(run('Ability to work with others, listen and respond.'), 'skill').map((m) => m.text)[0]).toBe('Ability to work with others');
  });
});

describe('a tool or technology before "skills"', () => {
  it('is the knowledge asked ("Strong CSS skills" → CSS), not a skill; an activity or "IT" stays a skill', () => {
    expect(run('Strong CSS skills.').map((m) => [m.kind, m.text])).toEqual([['knowledge', 'CSS']]);
    expect(run('Excellent Java skills and a degree.').map((m) => [m.kind, m.text])).toEqual([['knowledge', 'Java'], ['qualification', 'degree']]);
    expect(run('Good IT skills.').map((m) => m.kind)).toEqual(['skill']);
    expect(run('Good communication skills.').map((m) => m.kind)).toEqual(['skill']);
  });
});

describe('tasks named by nouns, listed on one line', () => {
  const duties = (src: string) => of(run(src), 'duty').map((m) => m.text);

  it('gives each task of a list line under a duties heading, with or without "and"', () => {
    expect(duties('Responsibilities: stock replenishment, merchandising, till operation.')).toEqual(['stock replenishment', 'merchandising', 'till operation']);
    expect(duties('Responsibilities:\nStock replenishment, merchandising and till operation')).toEqual(['Stock replenishment', 'merchandising', 'till operation']);
    expect(duties('Key duties: general cleaning, laundry, food preparation.')).toEqual(['general cleaning', 'food preparation']);
  });

  it('reads a gerund alone before a noun of work as a task of the list ("filing and data entry")', () => {
    const ms = of(run('Main duties include filing, data entry and answering the phone.'), 'duty');
    expect(ms.map((m) => [m.text, m.normalized])).toEqual([['filing', 'filing'], ['data entry', 'data entry'], ['answering the phone', 'answer the phone']]);
    // (After a task with its verb too: "filing and data entry" was one duty, "file and data entry".)
    const prose = of(run('About the role\nYou will be answering the phone, filing and data entry.'), 'duty');
    expect(prose.map((m) => [m.text, m.normalized])).toEqual([['answering the phone', 'answer the phone'], ['filing', 'filing'], ['data entry', 'data entry']]);
  });

  it('reads two gerunds sharing an object as one task, though the lexicon lacks the second verb ("Washing and drying dishes")', () => {
    const ms = of(run('Responsibilities:\n- Washing and drying dishes\n- Weighing and bagging produce'), 'duty');
    expect(ms.map((m) => [m.text, m.normalized])).toEqual([
      ['Washing and drying dishes', 'wash and dry dishes'],
      ['Weighing and bagging produce', 'weigh and bag produce'],
    ]);
    // (Tasks named by nouns are still a list: "Filing and data entry".)
    expect(duties('Responsibilities:\n- Filing and data entry')).toEqual(['Filing', 'data entry']);
  });

  it('leaves a verb with its objects, a shared complement or head, and what a post offers as they were', () => {
    expect(duties('Responsibilities:\n- Provide coaching and mentoring.')).toEqual(['Provide coaching and mentoring']);
    expect(duties('Responsibilities:\n- Administer medication, injections and subcutaneous infusions.')).toHaveLength(1);
    expect(duties('Responsibilities:\n- Monitoring and maintenance of systems and tools.')).toEqual(['Monitoring and maintenance of systems and tools']);
    expect(duties('Responsibilities:\n- Bug tracking and resolution.')).toEqual(['Bug tracking and resolution']);
    expect(duties('Responsibilities:\n- Developing, implementing, and maintaining policies and procedures.')).not.toContain('Developing');
    expect(duties('Responsibilities:\n- Flexible working hours and a result-oriented working environment.')).toEqual([]);
    // (Nor a clause about the employer, or requirements that share their head.)
    expect(duties('Responsibilities:\n- Our partners include government, academic institutions and civil societies.')).not.toContain('academic institutions');
    expect(duties('Responsibilities:\n- Planning, presentation, and time skills.')).not.toContain('Planning');
    expect(duties('Responsibilities:\n- Experience coaching and mentoring senior program staff.')).not.toContain('Experience coaching');
    expect(duties('Responsibilities:\n- Stock replenishment, merchandising and others.')).not.toContain('merchandising');
  });
});

describe('two capitals glued by a slash', () => {
  it('reads "TCP/IP", "CI/CD", "A/B testing" and "PL/SQL" as one name each, and still splits a spaced or longer pair', () => {
    expect(of(run('Knowledge of TCP/IP, DNS and routing.'), 'knowledge').map((m) => m.text)).toEqual(['TCP/IP', 'DNS', 'routing']);
    expect(of(run('Knowledge of CI/CD, Docker and Kubernetes.'), 'knowledge').map((m) => m.text)).toEqual(['CI/CD', 'Docker', 'Kubernetes']);
    expect(of(run('Knowledge of HTML, CSS and A/B testing.'), 'knowledge').map((m) => m.text)).toEqual(['HTML', 'CSS', 'A/B testing']);
    expect(of(run('Skills:\n- PL/SQL, Oracle and Unix'), 'knowledge').map((m) => m.text)).toContain('PL/SQL');
    expect(of(run('Skills: Selenium / HTML / JavaScript'), 'knowledge').map((m) => m.text)).toEqual(['Selenium', 'HTML', 'JavaScript']);
  });
});

describe('a language asked for by what is said of it', () => {
  it('reads "German is a plus" and "French would be an advantage", at a sentence start too', () => {
    expect(of(run('German is a plus.'), 'knowledge').map((m) => m.text)).toEqual(['German']);
    expect(of(run('Fluent English; French would be an advantage.'), 'knowledge').map((m) => m.text)).toEqual(['English', 'French']);
    expect(of(run('English is essential, Spanish is desirable.'), 'knowledge').map((m) => m.text)).toEqual(['English', 'Spanish']);
  });
});

describe('a tool the lexicon knows, before "skills" and among its examples', () => {
  it('reads "Excel skills" as the knowledge "Excel", and lower-case subjects the lexicon knows as its examples', () => {
    expect(run('You will need strong Excel skills, including VLOOKUPs and pivot tables.').map((m) => [m.kind, m.text])).toEqual([
      ['knowledge', 'Excel'],
      ['knowledge', 'VLOOKUPs'],
      ['knowledge', 'pivot tables'],
    ]);
    // (Still a skill when no tool is named: "IT skills".)
    expect(run('Strong IT skills, including Microsoft Office.').map((m) => [m.kind, m.text])).toEqual([['skill', 'IT skills'], ['knowledge', 'Microsoft Office']]);
  });
});

describe('examples and names in what is asked', () => {
  it('ends examples where a verdict opens ("particularly Word and Excel, is required"), and reads them after one', () => {
    expect(of(run('A good understanding of Microsoft Office, particularly Word and Excel, is required.'), 'knowledge').map((m) => m.text)).toEqual(['Microsoft Office', 'Word', 'Excel']);
    expect(run('Good IT skills are required, including Microsoft Word, Excel and Outlook.').map((m) => [m.kind, m.text])).toEqual([
      ['skill', 'IT skills'],
      ['knowledge', 'Microsoft Word'],
      ['knowledge', 'Excel'],
      ['knowledge', 'Outlook'],
    ]);
  });

  it('reads kinds joined by "or" before "experience" as one experience', () => {
    expect(of(run('Xero or Sage experience is essential.'), 'qualification').map((m) => m.text)).toEqual(['Xero or Sage experience']);
    expect(of(run('Previous bar or restaurant experience preferred.'), 'qualification').map((m) => m.text)).toEqual(['bar or restaurant experience']);
    // (A graded alternative to a requirement of another kind is that requirement's: one mention.)
    expect(of(run('A technical degree or comparable work experience.'), 'qualification').map((m) => m.text)).toEqual(['technical degree or comparable work experience']);
    // (Nor is a verdict of praise part of it.)
    expect(of(run('Barista experience would be great.'), 'qualification').map((m) => m.text)).toEqual(['Barista experience']);
  });

  it('splits two physical abilities ("lift heavy objects and stand for long periods")', () => {
    expect(of(run('You must be able to lift heavy objects and stand for long periods.'), 'skill').map((m) => m.normalized)).toEqual(['lifting heavy objects', 'standing for long periods']);
  });

  it('reads a subject the vocabulary writes as a name inside a skill or a background asked for', () => {
    expect(of(run('Comfortable working with large datasets in SQL and Python.'), 'knowledge').map((m) => m.text)).toEqual(['SQL', 'Python']);
    expect(of(run('Strong background in Java and Python.'), 'knowledge').map((m) => m.text)).toEqual(['Java', 'Python']);
    // (Not a field of study, nor a certificate's letters.)
    expect(of(run('A degree in Mechanical Engineering.'), 'knowledge')).toEqual([]);
  });
});

describe('dispositions and roles', () => {
  it('reads a disposition that opens an item whole ("Flexible approach to working patterns")', () => {
    expect(of(run('Personal qualities:\n- Flexible approach to working patterns\n- Positive attitude to work'), 'skill').map((m) => m.text)).toEqual([
      'Flexible approach to working patterns',
      'Positive attitude to work',
    ]);
  });

  it('keeps the roles after "act as a …" in one duty, and ends a duty where the post holder\'s belonging opens', () => {
    const duties = (src: string) => of(run(src), 'duty').map((m) => m.text);
    expect(duties('Duties:\n- Act as a role model and mentor for students and junior staff.')).toEqual(['Act as a role model and mentor for students and junior staff']);
    expect(duties('Duties:\n- Mentor junior staff and coach apprentices.')).toEqual(['Mentor junior staff', 'coach apprentices']);
    expect(duties('You will provide high quality, patient-centred care and be part of a supportive multidisciplinary team.')).toEqual(['provide high quality, patient-centred care']);
  });
});

describe('tasks a sentence says the role includes', () => {
  const duties = (src: string) => of(run(src), 'duty').map((m) => m.normalized);
  it('reads tasks named by nouns after "Key responsibilities include"', () => {
    expect(duties('Key responsibilities include the preparation of management accounts and the reconciliation of balance sheets.')).toEqual([
      'preparation of management accounts',
      'reconciliation of balance sheets',
    ]);
  });
});

describe('more cues of knowledge', () => {
  it('reads "confident in the use of" and "knowledgeable about" as knowledge asked for', () => {
    expect(of(run('Confident in the use of MS Office, especially Excel.'), 'knowledge').map((m) => m.text)).toEqual(['MS Office', 'Excel']);
    expect(of(run('Knowledgeable about current food hygiene regulations.'), 'knowledge').map((m) => m.text)).toEqual(['current food hygiene regulations']);
  });

  it('ends the object where "and strong on …" opens another requirement', () => {
    expect(run('Knowledge of GBVIMS and strong on protecting and promoting the information sharing protocol.').map((m) => [m.kind, m.text])).toEqual([
      ['knowledge', 'GBVIMS'],
      ['skill', 'protecting and promoting the information sharing protocol'],
    ]);
  });
});

describe('what an ability is not', () => {
  it('reads no benefit listed after an ability as one more ("able to work weekends, great tips and staff meals")', () => {
    expect(of(run('Must be able to work weekends, great tips and staff meals.'), 'skill')).toEqual([]);
    // (Adjectives before a noun still are one object: "write clear, concise reports".)
    expect(of(run('Ability to write clear, concise reports.'), 'skill').map((m) => m.normalized)).toEqual(['writing clear, concise reports']);
  });
});

describe('tasks on the employer\'s media', () => {
  it('keeps a task done on "our website" or "our social media", drops an invitation to read them', () => {
    expect(of(run('You will plan campaigns and manage our social media accounts.'), 'duty').map((m) => m.text)).toEqual(['plan campaigns', 'manage our social media accounts']);
    expect(of(run('Duties:\n- Follow our social media for updates.'), 'duty')).toEqual([]);
  });
});

describe('qualifications named with their letters and levels', () => {
  it('reads no knowledge in the brackets of a qualified accountant, and a "Level 2 Award" as a qualification', () => {
    expect(run('Qualified Accountant (ACA, ACCA, CIMA) with post-qualification experience.').map((m) => m.kind)).toEqual(['qualification']);
    expect(run('Level 2 Award in Food Safety.').map((m) => [m.kind, m.text])).toEqual([['qualification', 'Level 2 Award in Food Safety']]);
  });
});

describe('a cue whose object a second head shares', () => {
  it('reads the object after "of and commitment to" ("Understanding of and commitment to equality and diversity")', () => {
    expect(run('Understanding of and commitment to equality and diversity.').map((m) => [m.kind, m.text])).toEqual([
      ['skill', 'commitment to equality and diversity'],
      ['knowledge', 'equality and diversity'],
    ]);
  });
});

describe('a span\'s first and last words', () => {
  it('drops a leading article and a trailing slash ("the Mental Health Act" names the Act; "continuous integration/")', () => {
    expect(of(run('Knowledge of the Mental Health Act.'), 'knowledge').map((m) => m.text)).toEqual(['Mental Health Act']);
    expect(of(run('Requirements:\n- Knowledge of continuous integration/'), 'knowledge').map((m) => m.normalized)).toEqual(['continuous integration']);
    // (Not the letter of a name: "A/B testing".)
    expect(of(run('Knowledge of HTML and A/B testing.'), 'knowledge').map((m) => m.text)).toContain('A/B testing');
  });
});

describe('a knowledge object and a modal after it', () => {
  it('ends the object where "and can …" opens what the candidate can do', () => {
    expect(of(run('You know your way around relational databases and can write efficient SQL queries.'), 'knowledge').map((m) => m.text)).toEqual(['relational databases']);
  });
});

describe('a task that is only the use of a language', () => {
  it('gives the language as knowledge, not a duty ("You communicate clearly in English, both written and spoken")', () => {
    expect(run('You communicate clearly in English, both written and spoken.').map((m) => [m.kind, m.text])).toEqual([['knowledge', 'English']]);
    expect(run('Communicate effectively in English.').map((m) => [m.kind, m.text])).toEqual([['knowledge', 'English']]);
    // (A task with people to communicate with stays one.)
    expect(of(run('Duties:\n- Communicate effectively with patients.'), 'duty').map((m) => m.text)).toEqual(['Communicate effectively with patients']);
  });
});

describe('a post holder\'s certificates in a sentence', () => {
  it('reads no post as knowledge, and certificates listed apart one by one ("Site Manager with SMSTS, First Aid at Work and …")', () => {
    expect(run('Site Manager with SMSTS, First Aid at Work and CSCS Black Card.').map((m) => [m.kind, m.text])).toEqual([
      ['qualification', 'SMSTS'],
      ['qualification', 'First Aid at Work'],
      ['qualification', 'CSCS Black Card'],
    ]);
  });
});

describe('a place described under a duties heading', () => {
  it('is no task ("A dynamic and challenging work environment")', () => {
    expect(run('Responsibilities:\n- A dynamic and challenging work environment.')).toEqual([]);
    expect(of(run('Responsibilities:\n- Account monitoring'), 'duty').map((m) => m.text)).toEqual(['Account monitoring']);
  });
});

describe('a vocabulary name glued to another by a slash', () => {
  it('gives the whole pair ("TCP/IP"), not the half the vocabulary knows', () => {
    expect(of(run('Understanding of networking concepts (TCP/IP, DNS, DHCP).'), 'knowledge').map((m) => m.text)).toEqual(['networking concepts', 'TCP/IP', 'DNS', 'DHCP']);
    expect(of(run('We build services over TCP/IP.'), 'knowledge').map((m) => m.text)).toEqual(['TCP/IP']);
  });
});

describe('a competency closing a line of qualities', () => {
  it('reads "… and people management" after "Strong leadership"', () => {
    expect(of(run('Strong leadership and people management.'), 'skill').map((m) => m.text)).toEqual(['leadership', 'people management']);
  });
});

describe('a qualification a task keeps', () => {
  it('reads "You will be expected to maintain your professional registration …" under a duties heading as tasks', () => {
    expect(of(run('Responsibilities:\nYou will be expected to maintain your professional registration and undertake mandatory training as required.'), 'duty').map((m) => m.text)).toEqual([
      'maintain your professional registration',
      'undertake mandatory training',
    ]);
    // (What the candidate will be able to do is an ability, and the experience beside it a qualification.)
    const able = run('Responsibilities:\nYou will be able to recognise risk and have experience in automation.');
    expect(of(able, 'duty')).toEqual([]);
    expect(of(able, 'qualification').map((m) => m.text)).toEqual(['experience in automation']);
  });
});

describe('a line that lists skills', () => {
  it('reads every short phrase of a list the rules half know as a skill ("Customer service, Cash handling, Stock control, Team work")', () => {
    expect(of(run('Key Skills: Customer service, Cash handling, Stock control, Team work'), 'skill').map((m) => m.text)).toEqual([
      'Customer service',
      'Cash handling',
      'Stock control',
      'Team work',
    ]);
  });
});

describe('an activity named by a noun and a gerund', () => {
  it('reads "Report writing" under a skills heading as a skill, though "report" could be a verb', () => {
    expect(of(run('Skills\n- Report writing\n- Negotiation'), 'skill').map((m) => m.text)).toEqual(['Report writing', 'Negotiation']);
  });
});

describe('what the duties will be', () => {
  it('reads the tasks in "-ing" after "Your main duties will be", and nothing from "… will be varied"', () => {
    expect(of(run('Your main duties will be cleaning offices, emptying bins and restocking supplies.'), 'duty').map((m) => m.normalized)).toEqual(['clean offices', 'empty bins', 'restock supplies']);
    expect(run('Your duties will be varied and interesting.')).toEqual([]);
    expect(of(run("You'll spend your time analysing data, building reports and presenting findings to senior leaders."), 'duty').map((m) => m.normalized)).toEqual([
      'analyse data',
      'build reports',
      'present findings to senior leaders',
    ]);
  });
});

describe('a tool opening a sentence', () => {
  it('is named by what follows it ("Docker is a plus.", "Python or Java experience.")', () => {
    expect(run('Docker is a plus.').map((m) => [m.kind, m.text])).toEqual([['knowledge', 'Docker']]);
    expect(of(run('Python or Java experience.'), 'knowledge').map((m) => m.text)).toEqual(['Python', 'Java']);
    // (Not a word the lexicon knows opening any sentence.)
    expect(run('Spring is here.')).toEqual([]);
  });
});

describe('tools a skill names', () => {
  it('gives a tool the lexicon knows, written as a name inside a skill, as knowledge too ("Ability to use … Excel")', () => {
    expect(of(run('Ability to use Sage 200 and Excel to a high standard.'), 'knowledge').map((m) => m.text)).toEqual(['Sage', 'Excel']);
    // (Not a field's word, nor the end of a longer name: "a passion for Data Warehousing".)
    expect(of(run('Very good communication skills and a passion for Data Warehousing.'), 'knowledge')).toEqual([]);
  });
});

describe('vocational levels', () => {
  it('reads "Level IV in Accounting" before a count of years as a qualification of its own', () => {
    expect(of(run('Job Requirements\nLevel IV in Accounting with 6 years of relevant experience'), 'qualification').map((m) => m.text)).toEqual([
      'Level IV in Accounting',
      '6 years of relevant experience',
    ]);
  });
});

describe('a school grade and a licence on one line', () => {
  it('reads them apart ("12th grade complete and driving license")', () => {
    expect(of(run('Job Requirements\n12th grade complete and driving license'), 'qualification').map((m) => m.text)).toEqual(['12th grade complete', 'driving license']);
  });
});

describe('a qualification and what the candidate enjoys', () => {
  it('ends the qualification before "and enjoy …", a skill of its own', () => {
    expect(run('You have 5 years of experience and enjoy mentoring others.').map((m) => [m.kind, m.text])).toEqual([
      ['qualification', '5 years of experience'],
      ['skill', 'enjoy mentoring others'],
    ]);
  });
});
