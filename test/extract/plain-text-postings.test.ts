import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeFile, type Analysis } from '../../src/pipeline/analyze.js';
import { loadPipeline } from '../../src/pipeline/config.js';
import { sourceFileOf } from '../../src/pipeline/source.js';
import type { MentionKind } from '../../src/types.js';

// Plain-text postings through the whole document pipeline (ingest, clean, segment, extract), as `comptax run` reads them.
async function analyzeText(text: string): Promise<Analysis> {
  const dir = mkdtempSync(join(tmpdir(), 'comptax-posting-'));
  try {
    const file = join(dir, 'posting.txt');
    writeFileSync(file, text);
    return await analyzeFile(await sourceFileOf(file), loadPipeline());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A posting's mentions of one kind, their texts in order. */
async function textsOf(kind: MentionKind, text: string): Promise<string[]> {
  return (await analyzeText(text)).mentions.filter((m) => m.kind === kind).map((m) => m.text);
}

/** A posting's mentions as [kind, text] pairs, in order. */
async function texts(text: string): Promise<[MentionKind, string][]> {
  return (await analyzeText(text)).mentions.map((m) => [m.kind, m.text]);
}

/** A posting's mentions as "kind:text", in order. */
async function kindsOf(text: string): Promise<string[]> {
  return (await analyzeText(text)).mentions.map((m) => `${m.kind}:${m.text}`);
}

describe('a job description with numbered headings and numbered duties ("2. KEY RESPONSIBILITIES", "2.1 To …")', () => {
  it('reads the duties under their heading', async () => {
    const a = await analyzeText(
      [
        'JOB DESCRIPTION', '', '1. JOB PURPOSE', 'The post holder will provide a physiotherapy service.', '', '2. KEY RESPONSIBILITIES',
        '2.1 To assess and treat patients following orthopaedic surgery.', '2.2 To plan and implement individual treatment programmes.', '',
        '3. Knowledge, Skills and Experience', '3.1 Knowledge of safeguarding procedures.',
      ].join('\n'),
    );
    const duties = a.segmented.sections.find((s) => s.kind === 'responsibilities');
    expect(duties?.heading).toBe('KEY RESPONSIBILITIES');
    expect(a.mentions.filter((m) => m.section === 'responsibilities').map((m) => m.text)).toEqual(['assess and treat patients following orthopaedic surgery', 'plan and implement individual treatment programmes']);
    expect(a.segmented.sections.at(-1)?.heading).toBe('Knowledge, Skills and Experience');
  });
});

describe('a field label run on at the end of a requirement', () => {
  it('ends the knowledge span before it, though its colon lies after the span', async () => {
    const b = await analyzeText('Job Requirements: BA Degree in Accounting with 2 years of experience. Good command of English and Amharic Place of Work: Addis Ababa');
    expect(b.mentions.filter((m) => m.kind === 'knowledge').map((m) => m.text)).toEqual(['English', 'Amharic']);
  });
});

describe('a one-line posting', () => {
  it('reads short capitalised parts split by semicolons under an inline heading as list lines', async () => {
    const a = await analyzeText('Practice Nurse. Key Responsibilities: Chronic disease management; Cervical screening; Wound care and dressings. We offer: NHS Pension.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['duty', 'Chronic disease management'],
      ['duty', 'Cervical screening'],
      ['duty', 'Wound care and dressings'],
    ]);
  });

  it('ends a requirement before the next field ("Work/Office Location:", "Bonus:")', async () => {
    const a = await analyzeText('Job Requirements: Diploma in Accounting with 3 Year Work Experience Work/Office Location: Saris Addis Ababa or via email');
    expect(a.mentions.filter((m) => m.kind === 'qualification').map((m) => m.text)).toEqual(['Diploma in Accounting', '3 Year Work Experience']);
    const b = await analyzeText('Requirements: BS/MS degree in computer science or similar discipline Bonus: Basic DevOps knowledge');
    expect(b.mentions.filter((m) => m.kind === 'qualification').map((m) => m.text)).toEqual(['BS/MS degree in computer science or similar discipline']);
  });
});

describe('an Agenda for Change job description: numbered factor headings in capitals', () => {
  it('reads the factors that list tasks as duties and the effort and working conditions as no competency', async () => {
    const a = await analyzeText(
      [
        '1. JOB PURPOSE', 'To provide a dietetic service to adults in the community.', '',
        '2. COMMUNICATION AND RELATIONSHIP SKILLS', 'Communicate complex dietary advice to patients and carers.', '',
        '3. PLANNING AND ORGANISATIONAL SKILLS', 'Manage a caseload across two clinics.', '',
        '4. MENTAL EFFORT', 'Frequent periods of concentration during clinics.', '',
        '5. WORKING CONDITIONS', 'Occasional exposure to unpleasant smells.',
      ].join('\n'),
    );
    expect(a.segmented.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['summary', 'JOB PURPOSE'],
      ['responsibilities', 'COMMUNICATION AND RELATIONSHIP SKILLS'],
      ['responsibilities', 'PLANNING AND ORGANISATIONAL SKILLS'],
      ['benefits', 'MENTAL EFFORT'],
      ['benefits', 'WORKING CONDITIONS'],
    ]);
    expect(a.mentions.filter((m) => m.kind === 'duty').map((m) => m.text)).toEqual([
      'provide a dietetic service to adults in the community',
      'Communicate complex dietary advice to patients and carers',
      'Manage a caseload',
    ]);
    expect(a.mentions.filter((m) => m.kind !== 'duty')).toEqual([]);
  });
});

describe("a medical person specification's category lines", () => {
  it('reads "Clinical experience", "Teaching and research" as headings when they are the whole line, and as requirements in a line', async () => {
    const a = await analyzeText(
      [
        'Person Specification', 'Clinical experience', 'Experience in the management of interstitial lung disease',
        'Teaching and research', 'Experience of supervising junior doctors', 'Personal attributes', 'Ability to work in a multidisciplinary team',
        'Other requirements', 'Clinical experience in a district general hospital',
      ].join('\n'),
    );
    expect(a.segmented.sections.map((s) => s.heading)).toEqual(['Person Specification', 'Clinical experience', 'Teaching and research', 'Personal attributes', 'Other requirements']);
    expect(a.mentions.map((m) => m.text)).toEqual([
      'Experience in the management of interstitial lung disease',
      'Experience of supervising junior doctors',
      'Ability to work in a multidisciplinary team',
      'Clinical experience in a district general hospital',
    ]);
  });
});

describe("a specialty doctor's job description", () => {
  it('reads labelled duties, a law in a duty, an approval, and no study leave or category line', async () => {
    const a = await analyzeText(
      [
        'Job responsibilities',
        'Clinical duties: To undertake assessments of new referrals. To undertake Mental Health Act assessments where approved under Section 12(2).',
        'Job plan: 7.5 direct clinical care PAs. Study leave of 30 days over three years.',
        'Person Specification',
        'Qualifications',
        'Desirable',
        'Section 12(2) approval',
        'Clinical skills, knowledge and experience',
        'Essential',
        'Able to assess and manage risk',
      ].join('\n'),
    );
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['duty', 'undertake assessments of new referrals'],
      ['duty', 'undertake Mental Health Act assessments where approved under Section 12(2)'],
      // (The law the duty is done under is knowledge of its own.)
      ['knowledge', 'Mental Health Act'],
      ['qualification', 'Section 12(2) approval'],
      ['skill', 'Able to assess and manage risk'],
    ]);
  });
});

describe('a person specification whose rows ran together, each criterion marked (E) or (D)', () => {
  it('reads each criterion on its own, without its mark', async () => {
    const a = await analyzeText(['Person Specification', 'Qualifications (E) Registered Nurse (Adult) on the NMC register (E) Mentorship qualification (D) Masters level study (D)'].join('\n'));
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['qualification', 'Registered Nurse (Adult) on the NMC register'],
      ['qualification', 'Mentorship qualification'],
      ['qualification', 'Masters level study'],
    ]);
  });
});

describe('what is not asked', () => {
  it('gives no mention ("No formal qualifications required", "Education: no specific requirements")', async () => {
    const a = await analyzeText(['Qualifications', 'No formal qualifications required', '', 'Education: no specific requirements'].join('\n'));
    expect(a.mentions).toEqual([]);
  });
});

describe('a label with its list of names on the same line, ended by a full stop', () => {
  it('reads each name, as on a line of its own ("Requirements: Excel, Power BI and SQL.")', async () => {
    const a = await analyzeText(['Data Analyst', 'Requirements: Excel, Power BI and SQL.', 'We offer: a pension, free parking and a gym.'].join('\n'));
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['knowledge', 'Excel'],
      ['knowledge', 'Power BI'],
      ['knowledge', 'SQL'],
    ]);
    // (A field of work in Title Case is the experience's own, not a subject named: "Experience in Engineering".)
    const b = await analyzeText('Experience in Engineering or Agroforestry is required.');
    expect(b.mentions.filter((m) => m.kind === 'knowledge')).toEqual([]);
  });
});

describe('a one-sentence posting that names qualifications by their letters', () => {
  it('reads it as English, and a level\'s number as part of its qualification ("AAT Level 4 qualified")', async () => {
    const a = await analyzeText('AAT Level 4 qualified or part-qualified ACCA/CIMA.');
    // (The bodies after "part-qualified" are what it is qualified in: not cut off as "CIMA" alone.)
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([['qualification', 'AAT Level 4 qualified or part-qualified ACCA/CIMA']]);
  });
});

describe('subjects written as names inside an experience asked for', () => {
  it('are knowledge of their own, as tools are ("Experience in Python and SQL is required.")', async () => {
    const a = await analyzeText('Experience in Python and SQL is required.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['qualification', 'Experience in Python and SQL'],
      ['knowledge', 'Python'],
      ['knowledge', 'SQL'],
    ]);
  });
});

describe('subjects named in the years of a post asked for', () => {
  it('are knowledge of their own, not an industry after an article ("3+ years as a Data Analyst (Python, SQL, Tableau)")', async () => {
    const a = await analyzeText('Requirements\n3+ years as a Data Analyst (Python, SQL, Tableau)\n2 years and above in a Aluminum/Construction company');
    expect(a.mentions.filter((m) => m.kind === 'knowledge').map((m) => m.text)).toEqual(['Python', 'SQL', 'Tableau']);
  });
});

describe("a certificate's name with a small word inside it", () => {
  it('is read whole ("First Aid at Work certificate")', async () => {
    const a = await analyzeText('Holding a First Aid at Work certificate is desirable.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([['qualification', 'First Aid at Work certificate']]);
  });
  it('reads a course the candidate has completed, not one the job offers', async () => {
    const quals = (src: string) => textsOf('qualification', src);
    expect(await quals('You will have completed a recognised preceptorship programme.')).toEqual(['recognised preceptorship programme']);
    expect(await quals('Successful completion of an accredited mentorship course is essential.')).toEqual(['accredited mentorship course']);
    expect(await quals('We will support you to have completed the Care Certificate programme within 12 weeks.')).toEqual([]);
  });
  it('is read whole with its letters in brackets ("Intermediate Life Support (ILS) certificate")', async () => {
    const a = await analyzeText('Intermediate Life Support (ILS) certificate desirable.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([['qualification', 'Intermediate Life Support (ILS) certificate']]);
  });
});

describe('tools named without commas and examples after "like"', () => {
  it('reads each name of a run ("Docker Kubernetes Terraform Istio or GitLab") and each example after "like"', async () => {
    const a = await analyzeText(['Requirements', 'Experience with Docker Kubernetes Terraform Istio or GitLab.', 'Solid understanding of core AWS services like Lambda, CloudWatch and EC2.'].join('\n'));
    expect(a.mentions.filter((m) => m.kind === 'knowledge').map((m) => m.text)).toEqual(['Docker', 'Kubernetes', 'Terraform', 'Istio', 'GitLab', 'core AWS services', 'Lambda', 'CloudWatch', 'EC2']);
    // (A word of the language right after a known name is that name's: "GitHub Actions or GitLab CI" gives no "Actions".)
    const b = await analyzeText('Hands-on experience with CI/CD tools like GitHub Actions or GitLab CI.');
    expect(b.mentions.map((m) => m.text)).not.toContain('Actions');
    // (An English word and the kind of product after it are one name of such a run: "Entity Framework", not "Entity".)
    const c = await analyzeText(['Technologies we use', 'Backend: Windows Azure ASP.NET Entity Framework Azure SQL'].join('\n'));
    expect(c.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['ASP.NET', 'Entity Framework']));
    expect(c.mentions.map((m) => m.text)).not.toContain('Entity');
  });

  it('reads no duty in a title over a line of fields ("Staff Nurse - Eating Disorders" / "Band 5 | Permanent | 37.5 hours")', async () => {
    const a = await analyzeText(
      ['Staff Nurse - Eating Disorders', 'Band 5 | Permanent | 37.5 hours', '', 'We offer the following benefits:-', 'Free meals and parking', 'Stakeholder pension scheme', '', 'Interview date: 20 January 2027', 'Shortlisting date: 10 January 2027'].join('\n'),
    );
    expect(a.mentions).toEqual([]);
  });

  it('reads no piece of a longer name that ends the sentence ("… to the Google Play Store.")', async () => {
    const a = await analyzeText(['Requirements', 'You have experience publishing apps to the Google Play Store.'].join('\n'));
    expect(a.mentions.map((m) => m.text)).not.toContain('Play');
  });
});

describe('the end of a person specification that policy sentences follow', () => {
  it('keeps its last criterion ("IT skills"), and reads no quality in what the employer gives ("You will be supported by a structured …")', async () => {
    const a = await analyzeText(
      [
        'Job overview',
        'You will be supported by a structured in-service training programme.',
        'Skills and abilities',
        'Desirable',
        'IT skills',
        '',
        'This post is subject to an Enhanced DBS check.',
      ].join('\n'),
    );
    const found = a.mentions.map((m) => [m.kind, m.text]);
    expect(found).toContainEqual(['skill', 'IT skills']);
    expect(found).not.toContainEqual(['skill', 'structured']);
  });
});

describe('awareness asked of the candidate', () => {
  it('is knowledge of what follows ("Awareness of safeguarding adults"), not when the employer raises it', async () => {
    const a = await analyzeText(['We are raising awareness of mental health in the community.', 'Knowledge', 'Essential: Understanding of the importance of confidentiality. Awareness of safeguarding adults.'].join('\n'));
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['knowledge', 'confidentiality'],
      ['knowledge', 'safeguarding adults'],
    ]);
    expect((await analyzeText('You will help us in raising awareness of mental health.')).mentions.filter((m) => m.kind === 'knowledge')).toEqual([]);
  });
});

describe('a list of subjects that ends in "or another …"', () => {
  it('reads each name and the subject the last one names ("Python, R or another statistical programming language")', async () => {
    const a = await analyzeText('Proficiency in Python, R or another statistical programming language is essential.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['knowledge', 'Python'],
      ['knowledge', 'R'],
      ['knowledge', 'statistical programming language'],
    ]);
  });
});

describe('qualities of the ideal candidate', () => {
  it('are skills ("tech-savvy, personable and driven"), not a word of a compound ("a data-driven approach")', async () => {
    const a = await analyzeText('Our ideal candidate is tech-savvy, personable and driven.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['skill', 'tech-savvy'],
      ['skill', 'personable'],
      ['skill', 'driven'],
    ]);
    expect((await analyzeText('Requirements\n- You will share our data-driven approach to care')).mentions.map((m) => m.text)).not.toContain('driven');
  });
});

describe('an ability whose object has adjectives with a comma between them', () => {
  it('keeps the object whole ("write clear, concise reports"), and ends at "and your …"', async () => {
    const a = await analyzeText('An ability to write clear, concise reports for a non-technical audience.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([['skill', 'ability to write clear, concise reports for a non-technical audience']]);
    const b = await analyzeText('Bring your passion for customer service and your flair for sales.');
    expect(b.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['skill', 'passion for customer service'],
      ['skill', 'flair for sales'],
    ]);
  });
});

describe('the person sought, described by what they do', () => {
  it('gives what they can do and what they thrive on as skills, not when they can start', async () => {
    const a = await analyzeText("You'll be someone who thrives under pressure and can juggle multiple priorities.");
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['skill', 'thrives under pressure'],
      ['skill', 'juggle multiple priorities'],
    ]);
    expect((await analyzeText('Candidates who can start immediately are preferred.')).mentions).toEqual([]);
  });
});

describe('a description of the candidate put before the subject', () => {
  it('is a skill, and the sentence keeps its task ("As a confident presenter, you will deliver workshops to clients.")', async () => {
    const a = await analyzeText('As a confident presenter, you will deliver workshops to clients.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['skill', 'confident presenter'],
      ['duty', 'deliver workshops to clients'],
    ]);
    expect((await analyzeText('As a manager, you will lead a team of six.')).mentions.map((m) => m.kind)).toEqual(['duty']);
  });
});

describe('a sentence that says what the employer gives', () => {
  it('names nothing asked of the candidate ("You will receive a basic salary that will match your skills, experience …")', async () => {
    const a = await analyzeText(
      ['Do you have a background in business development?', 'You will receive a basic salary that will match your skills experience and requirements coupled with a bonus scheme.'].join('\n'),
    );
    expect(a.mentions.map((m) => m.text)).toEqual(['background in business development']);
  });
});

describe('a manner and an acumen asked of the candidate', () => {
  it('are skills ("a professional telephone manner", "a strong commercial acumen")', async () => {
    const a = await analyzeText('Excellent interpersonal skills and a professional telephone manner.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['skill', 'interpersonal skills'],
      ['skill', 'professional telephone manner'],
    ]);
    const b = await analyzeText('The role calls for someone with a strong commercial acumen.');
    expect(b.mentions.map((m) => [m.kind, m.text])).toEqual([['skill', 'commercial acumen']]);
  });
});

describe('competencies named with their head word, and a tail "as required"', () => {
  it('gives "Phlebotomy and ECG competencies" (not "Core competencies"), and no "as" left before a dropped "required"', async () => {
    expect((await analyzeText('Phlebotomy and ECG competencies.')).mentions.map((m) => [m.kind, m.text])).toEqual([['skill', 'Phlebotomy and ECG competencies']]);
    expect((await analyzeText('Core competencies include leadership and teamwork.')).mentions.map((m) => m.text)).not.toContain('Core competencies');
    expect((await analyzeText('Willingness to undertake further training as required.')).mentions.map((m) => m.text)).toEqual(['Willingness to undertake further training']);
  });
});

describe('a commitment asked of the candidate', () => {
  it('keeps what it is to ("Commitment to continuing professional development"), not the employer\'s ("… our mission")', async () => {
    expect((await analyzeText('Commitment to continuing professional development.')).mentions.map((m) => [m.kind, m.text])).toEqual([
      ['skill', 'Commitment to continuing professional development'],
    ]);
    expect((await analyzeText('Demonstrates commitment to achieving our mission.')).mentions.map((m) => m.text)).toEqual([]);
  });
});

describe('languages the vocabulary does not know', () => {
  it('are knowledge where the line speaks of language ("communicate in Amharic and English"), not regions ("the Somali and Afar regions")', async () => {
    const a = await analyzeText(['Requirements', '- Ability to communicate in Amharic and English', '- Fluency in Afaan Oromo'].join('\n'));
    expect(a.mentions.filter((m) => m.kind === 'knowledge').map((m) => m.text)).toEqual(['Amharic', 'English', 'Afaan Oromo']);
    const b = await analyzeText(['Requirements', '- Experience of projects in the Somali and Afar regions'].join('\n'));
    expect(b.mentions.filter((m) => m.kind === 'knowledge')).toEqual([]);
  });
  it('are one each before the noun they share ("Fluency in English and Nuer language"), while other names keep their head', async () => {
    const a = await analyzeText(['Requirements', '- Fluency in English and Nuer language is an advantage', '- Knowledge of Linux and Windows networking'].join('\n'));
    expect(a.mentions.filter((m) => m.kind === 'knowledge').map((m) => m.text)).toEqual(['English', 'Nuer', 'Linux and Windows networking']);
  });
});

describe('a duties list with run-in captions', () => {
  it('reads the tasks after a run-in caption of a duties list ("Chronic disease management: Manage …")', async () => {
    const a = await analyzeText(
      [
        'Job responsibilities',
        'Clinical practice: The post holder will provide a range of nursing services to patients of all ages.',
        'Chronic disease management: Manage and review patients with long term conditions in line with QOF requirements.',
      ].join('\n'),
    );
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['duty:provide a range of nursing services to patients of all ages', 'duty:Manage and review patients with long term conditions']);
  });
});

describe('a task done for a post named in Title Case', () => {
  it('is a task, not a heading ("Deputise for the Store Manager"), while a heading in Title Case stays none', async () => {
    const a = await analyzeText(["What you'll be doing", '- Deputise for the Store Manager', '- Provide Assistance in Vehicle Maintenance and Repair'].join('\n'));
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([['duty', 'Deputise for the Store Manager']]);
  });
});

describe('a qualified profession', () => {
  it('reads "a qualified Social Worker …" whole', async () => {
    expect((await analyzeText('You will be a qualified Social Worker registered with Social Work England.')).mentions.map((m) => [m.kind, m.text])).toEqual([
      ['qualification', 'qualified Social Worker registered with Social Work England'],
    ]);
  });
});

describe('a word of a job title in Title Case', () => {
  it('is no skill of its own ("an experienced Mechanical Maintenance Engineer"), while qualities written in capitals stay', async () => {
    const a = await analyzeText('We are looking for an experienced Mechanical Maintenance Engineer to join our growing team.');
    expect(a.mentions.map((m) => m.text)).toEqual([]);
    const b = await analyzeText('We also imagine you to be: Independent Enthusiastic Motivated Curious?');
    expect(b.mentions.map((m) => m.text)).toContain('Enthusiastic');
  });
});

describe('a tool named after "ideally" or "preferably"', () => {
  it('is knowledge of its own, after knowledge ("CAD software, ideally SolidWorks") and after a tool\'s skills ("Excel skills, ideally including VBA")', async () => {
    const a = await analyzeText('A working knowledge of CAD software, ideally SolidWorks, is required.');
    expect(a.mentions.map((m) => m.text)).toEqual(['CAD software', 'SolidWorks']);
    const b = await analyzeText('Strong Excel skills, ideally including VBA.');
    expect(b.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['knowledge:Excel', 'knowledge:VBA']);
  });
});

describe('an experience with named examples after a knowledge', () => {
  it('ends before its examples ("… frameworks | such as TensorFlow or PyTorch", as the annotated postings do), each a knowledge', async () => {
    const a = await analyzeText('Proficiency in Python and experience with machine learning frameworks such as TensorFlow or PyTorch.');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual([
      'knowledge:Python', 'qualification:experience with machine learning frameworks', 'knowledge:TensorFlow', 'knowledge:PyTorch',
    ]);
  });
});

describe('a qualified or chartered profession asked of the candidate', () => {
  it('is one qualification ("a chartered accountant (ACA, ACCA or CIMA)", "a qualified electrician"), no qualities, not someone else ("supported by a qualified mentor")', async () => {
    const kinds = kindsOf;
    expect(await kinds('The successful candidate will be a chartered accountant (ACA, ACCA or CIMA).')).toEqual(['qualification:chartered accountant (ACA, ACCA or CIMA)']);
    expect(await kinds('You will be a qualified accountant (ACA, ACCA or CIMA).')).toEqual(['qualification:qualified accountant (ACA, ACCA or CIMA)']);
    expect(await kinds('You must be a qualified electrician.')).toEqual(['qualification:qualified electrician']);
    // The person the post is for ("would suit", "seeking"), without the place it is for.
    expect(await kinds('This role would suit a qualified electrician.')).toEqual(['qualification:qualified electrician']);
    expect(await kinds('We are seeking a qualified nurse for our ward.')).toEqual(['qualification:qualified nurse']);
    expect(await kinds('You will be supported by a qualified mentor.')).toEqual([]);
  });
});

describe('what the employer\'s team is', () => {
  it('is no skill ("Our team is passionate about …"), while the same words said of the candidate are', async () => {
    expect((await analyzeText('Our team is passionate about delivering outstanding care to our residents.')).mentions).toEqual([]);
    expect((await analyzeText('You are passionate about delivering outstanding care.')).mentions.map((m) => m.text)).toEqual(['passionate about delivering outstanding care']);
  });
});

describe('the candidate described by what they have done and are used to', () => {
  it('reads "someone who has worked in …" as experience and "used to dealing with …" as a skill; "demonstrate a good understanding of X" gives the knowledge X alone', async () => {
    const a = await analyzeText('The role would suit someone who has worked in a fast-paced customer service environment and is used to dealing with complaints.');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['qualification:worked in a fast-paced customer service environment', 'skill:dealing with complaints']);
    const b = await analyzeText('You will be able to demonstrate a good understanding of safeguarding and child protection procedures.');
    expect(b.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['knowledge:safeguarding and child protection procedures']);
  });
});

describe('run-on requirement lines of Danish postings', () => {
  const spans = kindsOf;
  it('reads "You are self-motivated and thrive in …" as two skills, "thrive" being no quality', async () => {
    expect(await spans('You are self-motivated and thrive in a dynamic and fast-paced environment.')).toEqual(['skill:self-motivated', 'skill:thrive in a dynamic and fast-paced environment']);
  });
  it('ends an experience before "will be a strong advantage"', async () => {
    expect(await spans('Experience with standard molecular biology techniques will be a strong advantage.')).toEqual(['qualification:Experience with standard molecular biology techniques']);
  });
  it('reads a language the vocabulary filter blocks ("a Danish company") where the line speaks of the language', async () => {
    expect(await spans('Fluent Danish and English.')).toEqual(['knowledge:Danish', 'knowledge:English']);
    expect(await spans('We are a Danish company with offices in Aarhus.')).toEqual([]);
  });
});

describe('an interest and a desire asked of the candidate', () => {
  it('are skills ("a keen interest in technology and a desire to learn"), not the employer\'s interest', async () => {
    expect((await analyzeText('You should have a keen interest in technology and a desire to learn.')).mentions.map((m) => m.text)).toEqual(['keen interest in technology', 'desire to learn']);
    expect((await analyzeText('We have a strong interest in your wellbeing.')).mentions).toEqual([]);
  });
});

describe('a qualification being studied for', () => {
  it('is the qualification ("Working towards AAT Level 3 or above"), not a task; "and access to a vehicle" ends an ability', async () => {
    expect((await analyzeText('Working towards AAT Level 3 or above.')).mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['qualification:AAT Level 3 or above']);
    expect((await analyzeText('The ability to drive and access to a vehicle is essential due to the location.')).mentions.map((m) => m.text)).toEqual(['ability to drive']);
  });
});

describe('a labelled line of the posting that is prose, and items after a label split by pipes', () => {
  it('reads "The role: Supporting …" as a task, not a job board field, and each piped item after a label', async () => {
    const a = await analyzeText('The role: Supporting the finance team with purchase ledger, sales ledger and bank reconciliations.');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['duty:Supporting the finance team with purchase ledger, sales ledger and bank reconciliations']);
    const b = await analyzeText('Key skills: Customer service | Cash handling | Problem solving');
    expect(b.mentions.map((m) => m.text)).toEqual(['Customer service', 'Cash handling', 'Problem solving']);
  });
});

describe('a count of experience listed after a degree with a comma', () => {
  it('is its own qualification ("A degree in Computer Science or similar, 2+ years\' experience with Java")', async () => {
    const a = await analyzeText("What you'll need: A degree in Computer Science or similar, 2+ years' experience with Java, and strong communication skills.");
    expect(a.mentions.filter((m) => m.kind === 'qualification').map((m) => m.text)).toEqual(['degree in Computer Science or similar', "2+ years' experience with Java"]);
  });
});

describe('a short requirement line full of product names', () => {
  it('is English, not French ("Requirements - 3+ years PHP - Laravel - MySQL - Good English")', async () => {
    const a = await analyzeText('Requirements - 3+ years PHP - Laravel - MySQL - Good English');
    expect(a.clean.language).toBe('en');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['qualification:3+ years PHP', 'knowledge:PHP', 'knowledge:Laravel', 'knowledge:MySQL', 'knowledge:English']);
  });
});

describe('a passive duty that ends with its preposition', () => {
  it('keeps it ("… policies are adhered to"), while a dangling preposition elsewhere is cut', async () => {
    expect((await analyzeText("To ensure that the Trust's policies are adhered to.")).mentions.map((m) => m.text)).toEqual(["ensure that the Trust's policies are adhered to"]);
    expect((await analyzeText('Ensure compliance with')).mentions.map((m) => m.text)).toEqual(['Ensure compliance']);
  });
});

describe('the edges of a named requirement', () => {
  it('end a knowledge object at a second verb ("proficient in AutoCAD and have …")', async () => {
    const a = await analyzeText('Must be proficient in AutoCAD and have a good understanding of building regulations.');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['knowledge:AutoCAD', 'knowledge:building regulations']);
  });
  it('keep a certificate name of five words, not a count before it, nor a sentence run on before it', async () => {
    expect((await analyzeText('First aid and food hygiene certificates are desirable.')).mentions.map((m) => m.text)).toEqual(['First aid and food hygiene certificates']);
    expect((await analyzeText('At least 5 years post qualification experience in commercial property law.')).mentions.map((m) => m.text)).toEqual([
      '5 years post qualification experience in commercial property law',
    ]);
    expect((await analyzeText('3 years of relevant experience in a similar position Valid 3rd grade or above Driver’s License')).mentions.map((m) => m.text)).toEqual([
      '3 years of relevant experience in a similar position',
      "Valid 3rd grade or above Driver's License",
    ]);
  });
  it('read "a flexible approach to working hours" whole', async () => {
    expect((await analyzeText('The role requires a flexible approach to working hours including evenings and weekends.')).mentions.map((m) => m.text)).toEqual(['flexible approach to working hours']);
  });
});

describe('single sentences of UK adverts', () => {
  const kinds = kindsOf;
  it('end a requirement where a disposition or a verdict opens ("… NMC PIN and a passion for …", "… licence essential due to …")', async () => {
    expect(await kinds('You must hold a valid NMC PIN and a passion for patient care.')).toEqual(['qualification:valid NMC PIN', 'skill:passion for patient care']);
    expect(await kinds('Full clean driving licence essential due to the nature of the role.')).toEqual(['qualification:Full clean driving licence']);
    expect(await kinds('Experience of and an interest in designing mechanical solutions.')).toEqual(['qualification:Experience of and an interest in designing mechanical solutions']);
  });
  it('read the tools of an experience up to a preposition, and a job title "who has worked in …"', async () => {
    expect(await kinds('Hands-on experience with Kubernetes, Docker and Terraform in a production environment.')).toEqual([
      'qualification:Hands-on experience with Kubernetes, Docker and Terraform in a production environment',
      'knowledge:Kubernetes',
      'knowledge:Docker',
      'knowledge:Terraform',
    ]);
    expect(await kinds('We are looking for a Chef de Partie who has worked in a fresh food environment.')).toEqual(['qualification:worked in a fresh food environment']);
    // (A name of two words listed with a known one, up to the sentence's verb.)
    expect(await kinds('Experience with SQL and Power BI is highly desirable.')).toEqual(['qualification:Experience with SQL and Power BI', 'knowledge:SQL', 'knowledge:Power BI']);
  });
  it('end a degree where a clause with its own subject begins ("… and we imagine you …")', async () => {
    const found = await kinds('You have a bachelors or masters degree in engineering and we imagine you having a background in product management.');
    expect(found[0]).toBe('qualification:bachelors or masters degree in engineering');
    // (Nor does an experience take in "and a high degree of …".)
    expect((await kinds('You have substantial experience from product management and a high degree of commercial flair.'))[0]).toBe('qualification:experience from product management');
  });
  it('leave what the employer is ("We are proud to be an accredited Living Wage employer")', async () => {
    expect(await kinds('We are proud to be an accredited Living Wage employer.')).toEqual([]);
    expect(await kinds('The successful candidate must hold an accredited Level 3 certificate.')).toEqual(['qualification:accredited Level 3 certificate']);
  });
  it('end an ability at a question mark, and read "ready to join" as no competency', async () => {
    expect(await kinds('Are you able to work under pressure? We are looking for you.')).toEqual(['skill:able to work under pressure']);
    expect(await kinds('Are you ready to join this exciting adventure? Apply today.')).toEqual([]);
    expect(await kinds('We are looking for bright minds eager to join a dynamic international organization.')).toEqual([]);
  });
  it('give each ability of a list of verbs, verbs sharing one object as one, and end an ability at "and hold"', async () => {
    expect(await kinds('The successful candidate will be able to work on their own initiative, prioritise tasks and meet deadlines.')).toEqual([
      'skill:able to work on their own initiative',
      'skill:prioritise tasks',
      'skill:meet deadlines',
    ]);
    expect(await kinds('Ability to plan, organise and prioritise workload.')).toEqual(['skill:Ability to plan, organise and prioritise workload']);
    expect(await kinds('Ability to plan own work, set priorities, complete work under pressure and report.')).toEqual([
      'skill:Ability to plan own work',
      'skill:set priorities',
      'skill:complete work under pressure',
      'skill:report',
    ]);
    expect(await kinds('You will be able to manage a varied caseload and hold a relevant Level 4 qualification.')).toEqual([
      'skill:able to manage a varied caseload',
      'qualification:relevant Level 4 qualification',
    ]);
  });
  it('keep "health and safety" whole in a list ("Building Regulations, CDM and health and safety requirements")', async () => {
    expect(await kinds('Good working knowledge of Building Regulations, CDM and health and safety requirements.')).toEqual([
      'knowledge:Building Regulations',
      'knowledge:CDM',
      'knowledge:health and safety requirements',
    ]);
  });
  it('read "&" as the lexicon\'s "and" ("Health & Safety awareness") and as a joiner of tools ("React & Redux", "Angular & RxJS")', async () => {
    expect(await kinds('Good knowledge of Health & Safety is essential.')).toEqual(['knowledge:Health & Safety']);
    expect(await kinds('Experience with Angular & RxJS.')).toEqual(['qualification:Experience with Angular & RxJS', 'knowledge:Angular', 'knowledge:RxJS']);
    expect(await kinds('Experience with React, Redux and TypeScript.')).toEqual([
      'qualification:Experience with React, Redux and TypeScript',
      'knowledge:React',
      'knowledge:Redux',
      'knowledge:TypeScript',
    ]);
  });
  it('read a subject the lexicon knows in a sentence that asks it of the candidate, under no heading ("You will need Health and Safety awareness")', async () => {
    expect(await kinds('You will need Health and Safety awareness.')).toEqual(['knowledge:Health and Safety']);
    expect(await kinds('Our trust has a strong health and safety record.')).toEqual([]);
  });
  it('leave what the posting says it does not ask ("Previous care experience is not required"), keep what is asked after all', async () => {
    expect(await kinds('Previous care experience is not required as full training will be given.')).toEqual([]);
    expect(await kinds('A degree is not required.')).toEqual([]);
    expect(await kinds("You don't need any experience in retail.")).toEqual([]);
    expect(await kinds('Knowledge of SQL is not required but would be an advantage.')).toEqual(['knowledge:SQL']);
    // (The clause after "but it" is no part of the experience: "… with a runner but it is not required".)
    expect(await kinds('It is an advantage if you have experience with a runner but it is not required.')).toEqual(['qualification:experience with a runner']);
  });
  it('start a certificate at its name, not at the "and" before it ("(PGCE or equivalent) and QTS are essential")', async () => {
    expect(await kinds('A recognised teaching qualification (PGCE or equivalent) and QTS are essential.')).toEqual(['qualification:recognised teaching qualification', 'qualification:QTS']);
  });
  it('read "You <verb> …" in the present tense as a task, not "You have / enjoy / deeply understand …"', async () => {
    expect(await kinds('You write clean, maintainable and well-tested code.')).toEqual(['duty:write clean, maintainable and well-tested code']);
    expect(await kinds('You deeply understand the principles of user experience design.')).not.toContainEqual(expect.stringMatching(/^duty:/));
    expect(await kinds('You have a degree in Physics.')).toEqual(['qualification:degree in Physics']);
  });
  it('leave a qualification the employer offers ("We will support you to achieve your Level 3 Diploma …")', async () => {
    expect(await kinds('We will support you to achieve your Level 3 Diploma in Adult Care.')).toEqual([]);
    expect(await kinds('Funding is available for the right candidate to complete their CIPD qualification.')).toEqual([]);
    expect(await kinds('Successful applicants will be enrolled onto the Care Certificate.')).toEqual([]);
    expect(await kinds('You must hold a Level 3 Diploma in Adult Care.')).toEqual(['qualification:Level 3 Diploma in Adult Care']);
  });
  it('leave who the candidate works alongside ("You will be working alongside experienced engineers …")', async () => {
    expect(await kinds('You will be working alongside experienced engineers on exciting projects.')).toEqual([]);
  });
  it('leave no example cue as debris ("… subject e.g.", "(e.g. Word)")', async () => {
    expect(await kinds('You hold a degree within a relevant subject e.g. Chemical Engineering')).toEqual(['qualification:degree within a relevant subject']);
    expect(await kinds('Knowledge of office software e.g.')).toEqual(['knowledge:office software']);
    expect(await kinds('Knowledge of office software (e.g. Word)')).toEqual(['knowledge:office software', 'knowledge:Word']);
  });
  it('count "a couple of years" of experience, and leave how long the employer has traded', async () => {
    expect(await kinds('You have a relevant master degree within Finance or management and a minimum of a couple of years work experience.')).toEqual([
      'qualification:master degree within Finance or management',
      'qualification:a couple of years work experience',
    ]);
    expect(await kinds('We have been trading for 5 years.')).toEqual([]);
    expect(await kinds('You must have worked in retail for 5 years.')).toEqual(['qualification:worked in retail for 5 years']);
  });
  it('read a sentence that opens with "Responsible for" as the task it names', async () => {
    expect(await kinds('Responsible for the safe operation of machinery.')).toEqual(['duty:safe operation of machinery']);
  });
  it('give each language after "spoken and written", and each disposition joined by "and a"', async () => {
    expect(await kinds('Fluent in spoken and written French and German.')).toEqual(['knowledge:French', 'knowledge:German']);
    expect(await kinds('Fluency in both spoken and written English.')).toEqual(['knowledge:English']);
    expect(await kinds('You should have a good eye for detail and a methodical approach to work.')).toEqual(['skill:eye for detail', 'skill:methodical approach to work']);
  });
  it('end a requirement before what the posting says of it ("… is a great plus")', async () => {
    const k = await kinds('The ideal candidate is fluent in English and proficiency in one or more Scandinavian languages is a great plus has experience working in WordPress');
    expect(k).toContain('knowledge:one or more Scandinavian languages');
  });
  it('read a product title made of English words only as written ("After the Deadline"), and no name inside a longer Title Case one ("Big Data")', async () => {
    expect(await kinds('Applications received after the deadline will not be considered.')).toEqual([]);
    expect(await kinds('Experience with Big Data and Hadoop.')).toEqual(['qualification:Experience with Big Data and Hadoop', 'knowledge:Hadoop']);
  });
  it('give each name of a run without commas, the first too and one the vocabulary reads as a word ("Linux Windows and MacOS")', async () => {
    expect(await kinds('Knowledge of Linux Windows and MacOS.')).toEqual(['knowledge:Linux', 'knowledge:Windows', 'knowledge:MacOS']);
  });
  it('start a qualification after how much or how well ("a minimum of", "at least", "proven", "strong")', async () => {
    expect(await kinds('You will need a minimum of 2 years experience working in a busy kitchen environment.')).toEqual(['qualification:2 years experience working in a busy kitchen environment']);
    expect(await kinds('You should have a strong background in B2B sales.')).toEqual(['qualification:background in B2B sales']);
  });
  it('end a requirement at a job board\'s next field ("… Job benefits: - Company description: …")', async () => {
    expect(await kinds('We want people with experience in a Scrum environment Job benefits: - Company description: We build apps.')).toEqual(['qualification:experience in a Scrum environment', 'knowledge:Scrum']);
  });
  it('read "All offers of employment are subject to … a DBS check" as a condition of the offer, not a qualification', async () => {
    expect(await kinds('All offers of employment are subject to satisfactory references and an enhanced DBS check.')).toEqual([]);
    expect(await kinds('You must hold a valid enhanced DBS check.')).toEqual(['qualification:valid enhanced DBS check']);
  });
  it('read "Additional information" after a person specification as a heading, not a skill', async () => {
    const a = await analyzeText(['Person specification', 'Good organisational skills', '', 'Additional information', 'Salary: Band 7'].join('\n'));
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['skill:organisational skills']);
  });
  it('read a job description\'s "Physical Effort", "Emotional Effort" as working conditions, not competencies', async () => {
    const a = await analyzeText(['Duties', 'Deliver care to patients.', '', 'Emotional Effort', 'Occasional exposure to distressing circumstances, such as the death of a patient.'].join('\n'));
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['duty:Deliver care to patients']);
  });
  it('read "Knowledge of Physical Therapy techniques" as a requirement, though its words are heading words', async () => {
    const a = await analyzeText(['Requirements', '- Knowledge of Physical Therapy techniques', '- Knowledge of Additional Learning Needs legislation'].join('\n'));
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['knowledge:Physical Therapy techniques', 'knowledge:Additional Learning Needs legislation']);
  });
  it('end a qualification before "with strong … skills", which names a requirement of its own', async () => {
    expect(await kinds('We are looking for a Chartered Accountant (ACA, ACCA or CIMA) with strong Excel skills.')).toEqual(['qualification:Chartered Accountant (ACA, ACCA or CIMA)', 'knowledge:Excel']);
  });
  it('leave flexible working offered and training provided: the employer\'s, not the candidate\'s', async () => {
    expect(await kinds('Flexible working options are available for the right candidate.')).toEqual([]);
    expect(await kinds('Full training will be provided, including NVQ qualifications.')).toEqual([]);
    expect(await kinds('Flexible, hard-working and reliable.')).toEqual(['skill:Flexible', 'skill:hard-working', 'skill:reliable']);
  });
  it('keep the kind of experience asked for ("management experience in …"), not a verb or a lead-in before it', async () => {
    expect(await kinds('You will have management experience in a retail setting.')).toEqual(['qualification:management experience in a retail setting']);
    expect(await kinds('Previous supervisory experience within a manufacturing environment.')).toEqual(['qualification:supervisory experience within a manufacturing environment']);
  });
  it('give the names an experience lists as examples of a tool, the last one before the full stop too', async () => {
    expect(await kinds('Experience using CAD software such as SolidWorks or Inventor.')).toEqual([
      'qualification:Experience using CAD software', 'knowledge:CAD software', 'knowledge:SolidWorks', 'knowledge:Inventor',
    ]);
    expect(await kinds('Experience with cloud platforms like AWS, Azure or GCP.')).toContain('knowledge:GCP');
  });
  it('read "a natural problem solver" and "a strategic thinker" as qualities of the candidate', async () => {
    expect(await kinds('You will be a natural problem solver and a strategic thinker.')).toEqual(['skill:problem solver', 'skill:strategic thinker']);
  });
  it('read a profession after "the", "our" or "by" as a colleague, not a qualification asked for', async () => {
    expect(await kinds('The post holder will deliver care to patients as delegated by the registered nurse.')).toEqual(['duty:deliver care to patients']);
    expect(await kinds('Must be a Registered Nurse with current NMC registration.')).toEqual(['qualification:Registered Nurse', 'qualification:current NMC registration']);
  });
  it('keep the rule a duty follows inside it: no "control policies"', async () => {
    expect(await kinds('Maintain a safe ward environment in line with infection prevention and control policies.')).toEqual(['duty:Maintain a safe ward environment']);
    expect(await kinds('Store medicines in line with Trust policy and report any incidents to the ward manager.')).toEqual(['duty:Store medicines', 'duty:report any incidents to the ward manager']);
    // A gerund after a gerund task is a task of its own.
    expect(await kinds('Administering medication in line with the home\'s policy and completing MAR charts')).toEqual(['duty:Administering medication', 'duty:completing MAR charts']);
    // After a verb of following rules too; a task with an object of its own still splits.
    expect(await kinds('Main duties\nFollow infection prevention and control policies.\nFollow safety procedures and report hazards.')).toEqual([
      'duty:Follow infection prevention and control policies',
      'duty:Follow safety procedures',
      'duty:report hazards',
    ]);
  });
  it('keep a duty whose object is an acronym ("Monitoring KPIs"), and gerunds listed after "across" inside the duty', async () => {
    const a = await analyzeText(['What you will be doing', '- Monitoring KPIs and reporting performance to the Shift Manager', '- Allocating labour across picking, packing and loading to hit productivity targets'].join('\n'));
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['duty:Monitoring KPIs', 'duty:reporting performance to the Shift Manager', 'duty:Allocating labour']);
  });
  it('read "a solid grasp of …" as knowledge of it', async () => {
    expect(await kinds('You will have a solid grasp of financial regulation.')).toEqual(['knowledge:financial regulation']);
  });
  it('read what the person sought is hired to do as duties ("looking for a Sous Chef to support …"), not "to join our team"', async () => {
    expect(await kinds('We are looking for an ambitious Sous Chef to support our Head Chef and run the kitchen in their absence.')).toEqual([
      'skill:ambitious', 'duty:support our Head Chef', 'duty:run the kitchen in their absence',
    ]);
    expect(await kinds('We need a reliable driver to deliver parcels across the Leeds area.')).toEqual(['skill:reliable', 'duty:deliver parcels']);
    expect(await kinds('We are looking for a Software Engineer to join our Payments team.')).toEqual([]);
    expect(await kinds('We are looking for someone with strong attention to detail and good organisational skills.')).toEqual([
      'skill:attention to detail',
      'skill:organisational skills',
    ]);
  });
  it('read "You\'ll have worked as …" as experience asked for', async () => {
    expect(await kinds("You'll have worked as a Sous Chef in a fresh-food kitchen for at least 18 months.")).toEqual(['qualification:worked as a Sous Chef in a fresh-food kitchen for at least 18 months']);
  });
  it('read A-levels as a qualification, "A level of autonomy" as none', async () => {
    expect(await kinds('You will be educated to A-level standard or equivalent.')).toEqual(['qualification:A-level standard']);
    expect(await kinds('A level of autonomy is expected.')).toEqual([]);
  });
  it('read a willingness to work overtime or evenings as working time, not a skill', async () => {
    expect(await kinds('Must be willing to work overtime and weekends as needed.')).toEqual([]);
    expect(await kinds('What we are looking for\n- Able to work every other weekend\n- Kind and reliable')).toEqual(['skill:Kind', 'skill:reliable']);
    expect(await kinds('You will work a 24/7 rota including nights, weekends and bank holidays.')).toEqual([]);
    // Days and times of work are working hours too (mentions.md), not a duty.
    expect(await kinds('You will be working Monday to Friday, 8am to 5pm.')).toEqual([]);
    expect(await kinds('Working Mon-Fri 9am-5pm with occasional weekends.')).toEqual([]);
    expect(await kinds('Personal qualities\n- Willing to work flexibly including nights, weekends and bank holidays')).toEqual([]);
    expect(await kinds('Responsibilities\n- Work flexible hours\n- Able to work unsocial hours\n- Work closely with product owners')).toEqual(['duty:Work closely with product owners']);
    expect(await kinds('Responsibilities\n- Work in London two days a week\n- Work from our Leeds office\n- Work in a fast-paced team')).toEqual(['duty:Work in a fast-paced team']);
    // (Nor the place alone, named or anonymised, nor anywhere: "be based in Aarhus", "working in <LOCATION>", "Work from anywhere".)
    expect(await kinds('Responsibilities\n- Work in Copenhagen and abroad\n- Be based in Aarhus\n- Work from anywhere you like\n- Work in agile teams')).toEqual(['duty:Work in agile teams']);
    expect(await kinds('You will be working in <LOCATION> and report to the CTO.')).not.toContain('duty:working in <LOCATION>');
    expect(await kinds('You will work with Monday.com and Jira to track projects.')).toContain('knowledge:Jira');
    expect(await kinds('Responsibilities\n- Build services in Go.\n- Flexible work model with opportunity to work from home as well as in the office.')).toEqual(['duty:Build services in Go', 'knowledge:Go']);
  });
  it('read "To work within the boundaries of the NMC Code" as a duty, "work within a friendly team" as none', async () => {
    expect(await kinds('To work within the boundaries of the NMC Code of Conduct.')).toEqual(['duty:work within the boundaries of the NMC Code of Conduct']);
    expect(await kinds('You will work within a friendly team of nurses.')).toEqual([]);
  });
  it('end a qualification before a passive verdict ("will be given preference"), and read "the above qualification" as none', async () => {
    expect(await kinds('Candidates with experience of Revit and AutoCAD will be given preference.')).toEqual(['qualification:experience of Revit and AutoCAD', 'knowledge:Revit', 'knowledge:AutoCAD']);
    expect(await kinds('Only applicants who meet the above qualification will be considered.')).toEqual([]);
  });
  it('give every verb sharing an ability\'s object its gerund ("listening and responding to …")', async () => {
    const a = await analyzeText('Requirements\n- Able to listen and respond to customer needs');
    expect(a.mentions.map((m) => m.normalized)).toEqual(['listening and responding to customer needs']);
  });
  it('end a gerund duty before "is a key part of the role", and a knowledge before a run-on next sentence', async () => {
    expect(await kinds('Managing supplier relationships is a key part of the role.')).toEqual(['duty:Managing supplier relationships']);
    expect(await kinds('Good knowledge of risk management Qualified candidates should submit their CV')).toEqual(['knowledge:risk management']);
    expect(await kinds('In-depth knowledge of Spring Boot and must have used it in production.')).toEqual(['knowledge:Spring Boot']);
  });
  it('read "Being a part of the … team" on a requirements list as no skill', async () => {
    const a = await analyzeText('Requirements\n- Being a part of the Northbeam team\n- Strong Excel skills');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['knowledge:Excel']);
  });
  it('read the employer\'s calls to read, watch or meet as no duty', async () => {
    expect(await kinds('Read our weekly newsletter about events and tech life.')).toEqual([]);
    expect(await kinds('You will meet enthusiastic colleagues every day.')).toEqual([]);
    expect(await kinds('Read and interpret blueprints and schematics.')).toEqual(['duty:Read and interpret blueprints and schematics']);
  });
  it('end a requirement before a capitalised verb that opens the next one ("… for startups Are fluent in English")', async () => {
    expect(await kinds('Experience with investment processes for startups Are fluent in English both written and spoken')).toEqual([
      'qualification:Experience with investment processes for startups', 'knowledge:English',
    ]);
  });
  it('normalize "proficient in the use of Microsoft Office" to the tool alone, so that it groups with it', async () => {
    const a = await analyzeText('You should be proficient in the use of Microsoft Office.');
    expect(a.mentions.map((m) => `${m.kind}:${m.normalized}`)).toEqual(['knowledge:microsoft office']);
  });
  it('read "confident using spreadsheets" as knowledge of them only, "confident dealing with customers" as a skill', async () => {
    expect(await kinds('Confident using spreadsheets.')).toEqual(['knowledge:spreadsheets']);
    expect(await kinds('Confident dealing with customers on the phone.')).toEqual(['skill:dealing with customers on the phone']);
    // "confident with" a tool or system: knowledge of it and the examples it names; with a gerund, or "self confident
    // with drive", no knowledge.
    expect(await kinds('Confident with digital care planning systems such as Person Centred Software')).toEqual(['knowledge:digital care planning systems', 'knowledge:Person Centred Software']);
    expect(await kinds('Confident with dealing with customers.')).toEqual(['skill:dealing with customers']);
    expect((await kinds('You are self confident with drive and a high sense of urgency.')).filter((k) => k.startsWith('knowledge'))).toEqual([]);
  });
  it('add no tagger duty inside the rule a duty follows ("in line with infection prevention and control policies")', async () => {
    const a = await analyzeText('Main duties of the job\nHelp to maintain a clean and safe ward environment in line with infection prevention and control policies.');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['duty:Help to maintain a clean and safe ward environment']);
  });
  it('read "or willingness to complete within 12 weeks" after a qualification as its alternative, not a skill or a duty', async () => {
    expect(await kinds('Care Certificate or willingness to complete within 12 weeks')).toEqual(['qualification:Care Certificate']);
    expect(await kinds('Level 3 Diploma or willingness to work towards within 6 months')).toEqual(['qualification:Level 3 Diploma']);
  });
  it('read a training line under a knowledge and experience heading as a qualification, bullet or not ("Post graduate training in FEES")', async () => {
    const a = await analyzeText('KNOWLEDGE, TRAINING AND EXPERIENCE\nPost graduate training in FEES.');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['qualification:Post graduate training in FEES']);
  });
  it('read what "a communicator who can …" can do as a skill', async () => {
    expect(await kinds('Great communicator who can explain technical trade-offs to non-technical colleagues')).toEqual([
      'skill:communicator', 'skill:explain technical trade-offs to non-technical colleagues',
    ]);
  });
  it('read the -ing clause after "will be a key member of the team," as the task', async () => {
    expect(await kinds('You will be a key member of the finance team, producing monthly management accounts.')).toEqual(['duty:producing monthly management accounts']);
    expect(await kinds('You will be part of a friendly team.')).toEqual([]);
  });
  it('read the task a sentence opens with ("you will install …") beside the qualification it asks', async () => {
    expect(await kinds('As an Electrician you will install and repair electrical systems, so an 18th Edition qualification is essential.')).toEqual([
      'duty:install and repair electrical systems', 'qualification:18th Edition qualification',
    ]);
    expect(await kinds('You will have excellent communication skills.')).toEqual(['skill:communication skills']);
  });
  it('read "Qualified Teacher Status" spelled out as a qualification', async () => {
    expect(await kinds('You will hold Qualified Teacher Status and have experience of teaching across KS3 and KS4.')).toEqual([
      'qualification:Qualified Teacher Status', 'qualification:experience of teaching across KS3 and KS4',
    ]);
  });
  it('read a body\'s letters before "qualified" ("IRPM qualified") as a qualification', async () => {
    expect(await kinds('You will be IRPM qualified or working towards it.')).toEqual(['qualification:IRPM qualified']);
  });
  it('read short noun lines typed without bullets under a duties heading as duties ("Meal preparation")', async () => {
    const a = await analyzeText(['Duties include:', 'Medication administration and prompting', 'Meal preparation', 'Companionship and light housework'].join('\n'));
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual([
      'duty:Medication administration and prompting', 'duty:Meal preparation', 'duty:Companionship and light housework',
    ]);
  });
  it('end a qualification before a remark in brackets ("(we can apply for this on your behalf)")', async () => {
    expect(await kinds('Requirements:\nEnhanced DBS (we can apply for this on your behalf)')).toEqual(['qualification:Enhanced DBS']);
  });
  it('give each activity a duty names as an example its own duty ("including washing, dressing and toileting")', async () => {
    expect(await kinds('Assist patients with personal care, including washing, dressing and toileting.')).toEqual([
      'duty:Assist patients with personal care', 'duty:washing', 'duty:dressing', 'duty:toileting',
    ]);
  });
  it('give the tools a skill names after "including the use of" as knowledge', async () => {
    expect(await kinds('You must have excellent IT skills, including the use of Word, Excel and Outlook.')).toEqual([
      'skill:IT skills', 'knowledge:Word', 'knowledge:Excel', 'knowledge:Outlook',
    ]);
  });
  it('keep the verbs of "work autonomously to assess, plan, implement and evaluate" on their shared object', async () => {
    expect(await kinds('The post holder will work autonomously to assess, plan, implement and evaluate occupational therapy interventions.')).toEqual([
      'duty:work autonomously to assess, plan, implement and evaluate occupational therapy interventions',
    ]);
  });
  it('read a certificate whose name opens with a verb-like word ("Practice placement educator accreditation")', async () => {
    expect(await kinds('Desirable criteria:\n- Practice placement educator accreditation\n- Renew your professional registration')).toEqual([
      'qualification:Practice placement educator accreditation',
    ]);
  });
  it('read a name listed with a subject named inside an experience as a tool of its own ("Jenkins and Buildkite")', async () => {
    expect(await kinds('Experience with Jenkins and Buildkite.')).toEqual([
      'qualification:Experience with Jenkins and Buildkite', 'knowledge:Jenkins', 'knowledge:Buildkite',
    ]);
  });
  it('read products given as examples of a tool as knowledge ("clinical systems such as EMIS and SystmOne")', async () => {
    expect(await kinds('You will use clinical systems such as EMIS and SystmOne.')).toEqual(['duty:use clinical systems', 'knowledge:EMIS', 'knowledge:SystmOne']);
    expect(await kinds('Ability to use clinical systems such as EMIS and SystmOne.')).toEqual(['skill:Ability to use clinical systems', 'knowledge:EMIS', 'knowledge:SystmOne']);
    expect(await kinds('Organise events such as Open Days and Careers Fairs.')).toEqual(['duty:Organise events']);
    // (Right after a tool's kind, a capitalised word that is a word too names the product: "Looker"; not after a role.)
    expect(await kinds('Requirements:\n- Experience with a BI tool, ideally Looker\n- Experience in a similar role, ideally Retail')).toEqual([
      'qualification:Experience with a BI tool, ideally Looker', 'knowledge:Looker', 'qualification:Experience in a similar role, ideally Retail',
    ]);
    // (A list of examples that lost its commas is a name per capitalised word, or per known name: "Dagger 2".)
    expect((await kinds('Experience with Android libraries like: Butterknife Retrofit Dagger 2 Picasso Volley')).filter((k) => k.startsWith('knowledge'))).toEqual([
      'knowledge:Android', 'knowledge:Butterknife', 'knowledge:Retrofit', 'knowledge:Dagger 2', 'knowledge:Picasso', 'knowledge:Volley',
    ]);
    // A product named in brackets after a system or record; not the name's abbreviation, nor plain words.
    const a = await analyzeText(
      [
        'Main duties',
        "- To investigate incidents using the Trust's incident reporting system (Datix).",
        '- To record patient contacts on the electronic patient record (SystmOne).',
        '- Maintain records in the electronic patient record (EPR).',
        '- Use the booking system (Monday to Friday).',
      ].join('\n'),
    );
    expect(a.mentions.filter((m) => m.kind === 'knowledge').map((m) => m.text)).toEqual(['Datix', 'SystmOne']);
  });
  it('read a requirement typed in capitals as a sentence ("GOOD COMMAND OF ENGLISH AND BASIC COMPUTER LITERACY")', async () => {
    expect(await kinds('Job Requirement: CANDIDATES MUST HAVE A GOOD COMMAND OF ENGLISH AND BASIC COMPUTER LITERACY')).toEqual([
      'knowledge:ENGLISH', 'skill:COMPUTER LITERACY',
    ]);
  });
  it('read each qualification of a requirement line on its own ("NMC registration and experience of …", "… skills and a full UK driving licence")', async () => {
    expect(await kinds('Requirements:\n- NMC registration and experience of working in acute care settings\n- Must have excellent communication skills and a full UK driving licence')).toEqual([
      'qualification:NMC registration', 'qualification:experience of working in acute care settings', 'skill:communication skills', 'qualification:full UK driving licence',
    ]);
  });
  it('read requirement lines typed in capitals as the same lines in lower case', async () => {
    expect(await kinds('Requirements:\n- NMC REGISTRATION AND EXPERIENCE OF WORKING IN ACUTE CARE SETTINGS\n- MUST HAVE EXCELLENT COMMUNICATION SKILLS AND A FULL UK DRIVING LICENCE')).toEqual([
      'qualification:NMC REGISTRATION', 'qualification:EXPERIENCE OF WORKING IN ACUTE CARE SETTINGS', 'skill:COMMUNICATION SKILLS', 'qualification:FULL UK DRIVING LICENCE',
    ]);
  });
  it('read what "a self-motivated individual who can …" can do as a skill', async () => {
    expect(await kinds('We require a self-motivated individual who can work on their own initiative.')).toEqual([
      'skill:self-motivated', 'skill:work on their own initiative',
    ]);
  });
  it('read "quarterly" before a noun as an adjective, not an adverb before a verb ("annual and quarterly work plans")', async () => {
    expect(await kinds('Duties:\n- Prepare annual and quarterly work plans and budgets')).toEqual(['duty:Prepare annual and quarterly work plans and budgets']);
  });
  it('read a body\'s letters after "a degree … and" as a qualification of its own ("a relevant degree and CIMA, ACCA or ACA qualification")', async () => {
    expect(await kinds('You will hold a relevant degree and CIMA, ACCA or ACA qualification.')).toEqual(['qualification:degree', 'qualification:CIMA, ACCA or ACA qualification']);
    expect(await kinds('You will hold a degree in Accounting and ACCA qualification.')).toEqual(['qualification:degree in Accounting', 'qualification:ACCA qualification']);
  });
  it('start an experience asked after "with" at its own words ("Computer literate with experience of …")', async () => {
    expect(await kinds('Skills and knowledge\n- Computer literate with experience of JAC or similar pharmacy system')).toEqual([
      'skill:Computer literate', 'qualification:experience of JAC or similar pharmacy system',
    ]);
  });
  it('read the task listed before "take part in" after a comma ("You\'ll mentor other engineers, take part in …")', async () => {
    expect(await kinds("You'll mentor other engineers, take part in our on-call rotation and help us evolve our architecture.")).toEqual([
      'duty:mentor other engineers', 'duty:take part in our on-call rotation', 'duty:help us evolve our architecture',
    ]);
  });
  it('read a tool written as a name inside a duty as knowledge too ("… services in Go and Kotlin")', async () => {
    expect(await kinds("You'll design, build and operate highly available services in Go and Kotlin.")).toEqual([
      'duty:design, build and operate highly available services in Go and Kotlin', 'knowledge:Go', 'knowledge:Kotlin',
    ]);
    // (An acronym inside a task is as often the employer's; one that is the whole object of "on", "to", "using" … is a tool.)
    expect((await kinds('Ensure the CRS program quality standards are adhered to.')).filter((k) => k.startsWith('knowledge'))).toEqual([]);
    expect((await kinds('Responsibilities\n* Build and run microservices on AWS and Kubernetes')).filter((k) => k.startsWith('knowledge'))).toEqual([
      'knowledge:AWS', 'knowledge:Kubernetes',
    ]);
    // (A name the vocabulary files as a subject, "PostgreSQL", "MySQL", written with its capitals, as a tool is.)
    expect((await kinds("You'll build services in Go and PostgreSQL and migrate them from MySQL.")).filter((k) => k.startsWith('knowledge'))).toEqual([
      'knowledge:Go', 'knowledge:PostgreSQL', 'knowledge:MySQL',
    ]);
    // (A name the vocabulary does not know, listed with one it does, is a tool too: "Terraform and Kubernetes".)
    expect((await kinds('Responsibilities\n* Deploy services with Terraform and Kubernetes')).filter((k) => k.startsWith('knowledge'))).toEqual([
      'knowledge:Terraform', 'knowledge:Kubernetes',
    ]);
  });
  it('read "changing dressings" as a task among others ("change" is a duty verb, mostly a noun before another noun)', async () => {
    expect(await kinds('Responsibilities\nInspecting wounds, changing dressings and recording observations')).toEqual([
      'duty:Inspecting wounds', 'duty:changing dressings', 'duty:recording observations',
    ]);
  });
  it('name the document held, not its holder, nor "Must be a" before it ("CSCS card holders only", "Must be a … licence holder")', async () => {
    expect(await kinds('Requirements\n- CSCS card holders only\n- Must be a full UK driving licence holder\n- Must be a qualified electrician')).toEqual([
      'qualification:CSCS card', 'qualification:full UK driving licence', 'qualification:qualified electrician',
    ]);
  });
  it('keep "from … through to …" in a duty, no fragment cut at "through" ("Support the team from planning")', async () => {
    expect(await kinds('Duties\n* Support the team from planning through to delivery\n* Improve processes through automation')).toEqual([
      'duty:Support the team from planning through to delivery', 'duty:Improve processes',
    ]);
  });
  it('read a passive verb before "within" as no quality ("must be obtained within 30 days of hire")', async () => {
    expect(await kinds('Requirements:\n- BLS certification (must be obtained within 30 days of hire)')).toEqual(['qualification:BLS certification']);
  });
  it('read a product named before a kind of tool with it ("Peachtree accounting software")', async () => {
    expect(await kinds('Skills: Peachtree accounting software, MS Excel, good communication skill')).toEqual([
      'knowledge:Peachtree accounting software', 'knowledge:MS Excel', 'skill:communication skill',
    ]);
  });
  it('read a post held "as a Site Manager" as no tool, an experience shown as no ability, "or studying towards" as no part of the name', async () => {
    expect(await kinds('Proven experience as a Site Manager on residential developments.')).toEqual(['qualification:experience as a Site Manager on residential developments']);
    expect(await kinds('Able to demonstrate significant experience of managing budgets.')).toEqual(['qualification:experience of managing budgets']);
    expect(await kinds('AAT qualified or studying towards ACCA/CIMA.')).toEqual(['qualification:AAT qualified', 'qualification:ACCA/CIMA']);
  });
  it('read a nature or personality asked for, and an adverb before "minded", as qualities', async () => {
    expect(await kinds('A caring and compassionate nature is essential for this role.')).toEqual(['skill:caring and compassionate nature']);
    expect(await kinds('We need a commercially minded individual.')).toEqual(['skill:commercially minded']);
    expect(await kinds('You will be technically challenged every day.')).toEqual([]);
  });
  it('read the qualities of "A … individual" opening a line as asked of the candidate', async () => {
    expect(await kinds('A commercially minded individual with strong negotiation skills.')).toEqual(['skill:commercially minded', 'skill:negotiation skills']);
    expect(await kinds('We are looking for a confident and outgoing individual who is diplomatic and sociable.')).toEqual(['skill:confident', 'skill:outgoing', 'skill:diplomatic', 'skill:sociable']);
    expect(await kinds('A friendly and supportive team.')).toEqual([]);
  });
  it('read an Ethiopian requirement list: a TVET level, "team work", a licence after its field label', async () => {
    expect(await kinds('Job Requirements\nEducational Level: TVET Level IV\nRequired Skill: Computer skill, communication skill, team work\nDriving license: 3rd grade automobile driving license')).toEqual([
      'qualification:TVET Level IV', 'skill:Computer skill', 'skill:communication skill', 'skill:team work', 'qualification:3rd grade automobile driving license',
    ]);
  });
  it('read "Understanding of …" under a duties heading as the knowledge asked for, not a task, also after a grade that is a verb too', async () => {
    expect(await kinds('What you will do\n- Build services in Go\n- Understanding of software security')).toEqual(['duty:Build services in Go', 'knowledge:Go', 'knowledge:software security']);
    expect(await kinds('What you will do\n- Complete understanding on cloud security\n- Complete the monthly payroll')).toEqual(['knowledge:cloud security', 'duty:Complete the monthly payroll']);
  });
  it('read a track record of doing something, also one added to a degree "with a proven …", and end an experience before its purpose', async () => {
    expect(await kinds('You will have a proven track record of billing.')).toEqual(['qualification:track record of billing']);
    expect(await kinds("You'll have a degree in Finance with a proven track record in audit.")).toEqual(['qualification:degree in Finance', 'qualification:track record in audit']);
    expect(await kinds('You will bring strong financial experience to drive the finance strategy.')).toEqual(['qualification:financial experience', 'duty:drive the finance strategy']);
  });
  it('read tasks named by nouns after "responsible for" one each, and end what is known before another requirement', async () => {
    expect(await kinds('The Administrator will be responsible for diary management, minute taking and organising meetings.')).toEqual([
      'duty:diary management',
      'duty:minute taking',
      'duty:organising meetings',
    ]);
    expect(await kinds('Confident in using Xero and able to produce monthly management accounts.')).toContain('knowledge:Xero');
    // ("… and advanced Excel skills", "… with excellent grammar": a graded requirement of its own after the object.)
    expect(await kinds('Excellent working knowledge of Sage 200 and advanced Excel skills are essential.')).toEqual(['knowledge:Sage 200', 'knowledge:Excel']);
    expect(await kinds('Fluent in written and spoken English with excellent grammar.')).toEqual(['knowledge:English']);
    expect(await kinds('Knowledge of Word and Excel to an intermediate level.')).toEqual(['knowledge:Word', 'knowledge:Excel']);
  });
  it('read the names an experience gives as examples as knowledge, not the sectors or a run of acronyms', async () => {
    expect(await kinds('Experience of using property management software such as Reapit or Alto.')).toEqual([
      'qualification:Experience of using property management software',
      'knowledge:Reapit',
      'knowledge:Alto',
    ]);
    expect(await kinds('Experience with PLC programming (Siemens S7, Allen Bradley) is essential.')).toContain('knowledge:Allen Bradley');
    // (Each group of examples: the second was lost.)
    expect(await kinds('Hands-on experience with AWS (ECS, Lambda) and infrastructure as code (Terraform).')).toEqual(expect.arrayContaining(['knowledge:ECS', 'knowledge:Lambda', 'knowledge:Terraform']));
    expect(await kinds('Experience in a customer-facing role such as retail or hospitality.')).toEqual(['qualification:Experience in a customer-facing role such as retail or hospitality']);
    expect(await kinds('Experience with networking protocols such as TCP/IP VPN DNS DHCP and SSL.')).not.toContain('knowledge:IP');
  });
  it('read a graded skill without what shows or holds it ("A portfolio showing strong … skills")', async () => {
    expect(await kinds('Requirements\n- A portfolio showing strong interaction and visual design skills')).toEqual(['skill:interaction and visual design skills']);
    // ("Evidence of …" is a lead-in too.)
    expect((await kinds('Essential\n- Evidence of continuing professional development\n- Evidence of CPD')).map((k) => k.split(':')[1])).toEqual(['continuing professional development', 'CPD']);
  });
  it('read a mention without the hedge that leads it ("Ideally some …", "Preferably …", "at least …")', async () => {
    expect(await kinds('Requirements\n- Ideally some React experience\n- Preferably experience in logistics or warehousing\n- Knowledge of at least Go or Rust')).toEqual([
      'qualification:React experience',
      'knowledge:React',
      'qualification:experience in logistics or warehousing',
      'knowledge:Go',
      'knowledge:Rust',
    ]);
  });
  it('read a requirement without the "You have" or "We expect you to have" that leads its line', async () => {
    expect(await kinds('Requirements\n- You have an advanced degree in Physics or Chemistry\n- You have at least 3 years of experience in sales\n- We expect you to have a degree in Economics')).toEqual([
      'qualification:advanced degree in Physics or Chemistry',
      'qualification:3 years of experience in sales',
      'qualification:degree in Economics',
    ]);
  });
  it('read no age and no working pattern as a competency ("Must be 18+ years old", "Flexible schedule, including weekends")', async () => {
    expect(await kinds('Requirements\n- Must be at least 21 years of age\n- Age: 25-35 years\n- Applicants must be aged 18 or over\n- Flexible schedule, including weekends\n- 10 years of driving experience')).toEqual([
      'qualification:10 years of driving experience',
    ]);
    expect(await kinds('Requirements\n- Qualified applicants must have a valid Class B driving licence')).toEqual(['qualification:valid Class B driving licence']);
    // (An age range taught is part of an experience.)
    expect(await kinds('Requirements\n- Age 5 to 11 teaching experience')).toEqual(['qualification:Age 5 to 11 teaching experience']);
  });
  it('read a subject known and a certificate named after it by its letters as two ("CDM regulations and SMSTS certification")', async () => {
    expect(await kinds('Knowledge of CDM regulations and SMSTS certification are desirable.')).toEqual(['knowledge:CDM regulations', 'qualification:SMSTS certification']);
    expect(await kinds('Requirements\n- IPAF and PASMA certification')).toEqual(['qualification:IPAF', 'qualification:PASMA certification']);
  });
  it('read a lower-case word of no language before "and" as a name of its own ("dbt and Airflow"), not "spoken and written"', async () => {
    expect(await kinds('Requirements\n- Familiarity with dbt and Airflow is a plus')).toEqual(['knowledge:dbt', 'knowledge:Airflow']);
    expect(await kinds('Requirements\n- Knowledge of spoken and written German')).toEqual(['knowledge:German']);
  });
  it('read no kind of skills as a skill of its own ("Soft skills such as …")', async () => {
    expect(await kinds('Requirements\n- Soft skills such as teamwork, resilience and adaptability')).toEqual(['skill:teamwork', 'skill:resilience', 'skill:adaptability']);
  });
  it('end a mention before the examples it gives in brackets ("… (e.g. Kafka or RabbitMQ)")', async () => {
    expect(await kinds('Requirements\n- Experience with message brokers (e.g. Kafka or RabbitMQ)\n- Degree in a quantitative discipline (for example physics or statistics)')).toEqual([
      'qualification:Experience with message brokers',
      'knowledge:Kafka',
      'knowledge:RabbitMQ',
      'qualification:Degree in a quantitative discipline',
    ]);
  });
  it('read a quality that opens a sentence after an intensifier ("Highly organised with …")', async () => {
    expect(await kinds('Highly organised with excellent attention to detail.')).toEqual(['skill:organised', 'skill:attention to detail']);
  });
  it('read a qualification after "at least a" without its article ("at least a HND …")', async () => {
    expect(await kinds('The candidate should have at least a HND or equivalent in Mechanical Engineering.')).toEqual(['qualification:HND or equivalent in Mechanical Engineering']);
  });
  it('read the tasks of a role said of its holders in the plural ("Our Customer Service Advisors handle …"), not of a team that leads', async () => {
    expect(await kinds('Our Customer Service Advisors handle inbound calls and emails from customers.')).toEqual(['duty:handle inbound calls and emails from customers']);
    expect(await kinds('The team leads the project.')).toEqual([]);
  });
  it('read each task of a housekeeping list ("Cleaning rooms, emptying bins and restocking supplies")', async () => {
    expect(await kinds('Duties\n- Cleaning rooms, emptying bins and restocking supplies')).toEqual(['duty:Cleaning rooms', 'duty:emptying bins', 'duty:restocking supplies']);
  });
  it('end a duty before the condition it is done on ("… once trained and assessed as competent")', async () => {
    expect(await kinds('Responsibilities\n- Undertake venepuncture and ECGs once trained and assessed as competent.\n- Attend team meetings once a week.')).toEqual([
      'duty:Undertake venepuncture and ECGs',
      'duty:Attend team meetings once a week',
    ]);
  });
  it('read a law named in a duty as knowledge of its own, not one the post is subject to', async () => {
    expect(await kinds('Responsibilities\n- Work within the Medicines Act and the Misuse of Drugs Act at all times.')).toEqual([
      'duty:Work within the Medicines Act and the Misuse of Drugs Act at all times',
      'knowledge:Medicines Act',
      'knowledge:Misuse of Drugs Act',
    ]);
    expect(await kinds('Requirements\nThis post is subject to the Rehabilitation of Offenders Act (Exceptions Order) 1975.')).toEqual([]);
    expect(await kinds('About the role\nWe comply with the Equality Act 2010 and welcome applications from all.')).toEqual([]);
    expect(await kinds('Responsibilities\n- Act as a role model for junior staff.')).toEqual(['duty:Act as a role model for junior staff']);
  });
  it('end a qualification before "can also apply"', async () => {
    expect(await kinds('Qualification\n- Diploma holders with 4 years of experience can also apply')).toEqual(['qualification:Diploma holders with 4 years of experience']);
  });
  it('read the task of a role named after a fronted "Under the supervision of …," or "Reporting to …,"', async () => {
    expect(await kinds('Under the direct supervision of the Health and Nutrition Coordinator, the Nutrition Officer will support the implementation of CMAM and IYCF activities in the target woredas.')).toEqual([
      'duty:support the implementation of CMAM and IYCF activities in the target woredas',
    ]);
    expect(await kinds('Reporting to the Finance Manager, the Accountant will prepare monthly management accounts.')).toEqual(['duty:prepare monthly management accounts']);
  });
  it('read a posting typed in capitals: its duties, its bulleted requirements as items, not headings', async () => {
    const a = await analyzeText(['DUTIES AND RESPONSIBILITIES:', '- RECEIVE AND INSPECT INCOMING MATERIALS AGAINST PURCHASE ORDERS', '- MAINTAIN ACCURATE STOCK RECORDS AND BIN CARDS', 'REQUIREMENTS:', '- 2 YEARS OF RELEVANT EXPERIENCE', '- COMPUTER SKILLS (MS EXCEL)'].join('\n'));
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual([
      'duty:RECEIVE AND INSPECT INCOMING MATERIALS AGAINST PURCHASE ORDERS', 'duty:MAINTAIN ACCURATE STOCK RECORDS AND BIN CARDS',
      'qualification:2 YEARS OF RELEVANT EXPERIENCE', 'skill:COMPUTER SKILLS', 'knowledge:MS EXCEL',
    ]);
  });
  it('read the -ing clause after "will be the first point of contact for …," as the task', async () => {
    expect(await kinds('You will be the first point of contact for customers, dealing with enquiries by phone and email.')).toEqual(['duty:dealing with enquiries by phone and email']);
  });
  it('keep an -ing noun in the list of a duty\'s objects ("advice, teaching and instruction"); a body\'s requirements are no registration', async () => {
    expect(await kinds('Clinical\n1. To provide spontaneous and planned advice, teaching and instruction to relatives and carers.\n2. To undertake audit projects.')).toEqual([
      'duty:provide spontaneous and planned advice, teaching and instruction to relatives and carers', 'duty:undertake audit projects',
    ]);
    expect(await kinds('Key Result Areas\n1. To maintain a CPD portfolio in line with HCPC requirements.\n2. To undertake audit projects.')).toEqual([
      'duty:maintain a CPD portfolio', 'duty:undertake audit projects',
    ]);
  });
  it('start a requirement line\'s qualification after who has it ("You will have experience with …")', async () => {
    expect(await kinds('Requirements\n- You will have experience with application design & architecture using modern design patterns\n- Good communication skills')).toEqual([
      'qualification:experience with application design & architecture using modern design patterns', 'skill:communication skills',
    ]);
  });
  it('read verbs of O*NET task statements the lexicon lacked ("stamp", "requisition") as the tasks they open', async () => {
    expect(await kinds('Duties\n- Prepare disbursement vouchers, file vouchers and stamp the documents as PAID')).toEqual([
      'duty:Prepare disbursement vouchers', 'duty:file vouchers', 'duty:stamp the documents as PAID',
    ]);
  });
  it('split a run-on line of duties at a capitalised adverb before a verb, and read "certify" as a task\'s verb', async () => {
    expect(await kinds('Duties: Monitor progress and quality of construction works, certify quality of workmanship and materials brought on site by contractors Regularly review construction schedules with the contractors')).toEqual([
      'duty:Monitor progress and quality of construction works', 'duty:certify quality of workmanship and materials brought on site by contractors',
      'duty:Regularly review construction schedules with the contractors',
    ]);
  });
  it('read no task in what the job offers ("will give you the opportunity to …", "Take this opportunity")', async () => {
    expect(await kinds('About the role\nThis role will give you the opportunity to work with senior stakeholders across the business.')).toEqual([]);
    expect(await kinds('Take this opportunity to join a growing company.')).toEqual([]);
    expect(await kinds('This role will offer you significant opportunities to grow.')).toEqual([]);
  });
  it('read each name of a run of names without commas inside an experience asked for, a known one after an unknown one too', async () => {
    expect(await kinds('Requirements\n- 3 + years of experience with Jenkins Terraform Python and other programming languages')).toEqual([
      'qualification:3 + years of experience with Jenkins Terraform Python and other programming languages',
      'knowledge:Jenkins', 'knowledge:Terraform', 'knowledge:Python', 'knowledge:programming languages',
    ]);
  });
  it('open a new qualification at a count of years run on after a degree in a one-line posting, not at "within the last 2 years"', async () => {
    expect(await kinds('Vacancy: Agronomist. Job Requirements MSc in Agricultural Economics or related fields 3/5 years of relevant work experience Place of work: Hawassa')).toEqual([
      'qualification:MSc in Agricultural Economics or related fields', 'qualification:3/5 years of relevant work experience',
    ]);
    expect(await kinds('Requirements: Valid driving licence with no major accidents within the last 2 years')).toEqual([
      'qualification:Valid driving licence with no major accidents within the last 2 years',
    ]);
  });
  it('split a run-on line where an item opens with "Be"', async () => {
    expect(await kinds('Duties: Keep accurate records of every session with the clinical team Be flexible in adapting to changing rotas')).toEqual([
      'duty:Keep accurate records of every session with the clinical team',
    ]);
  });
  it('read no task in a noun that looks like a verb: a date, or the subject of "will be" ("Interview for this post will be held …")', async () => {
    expect(await kinds('Start date at the beginning of March 2027')).toEqual([]);
    expect(await kinds('Submit button')).toEqual([]);
    expect(await kinds('Select from dropdown box')).toEqual([]);
    expect(await kinds('Interview for this post will most likely be held on Friday 5 March 2027')).toEqual([]);
    expect(await kinds('Ensure all staff will be trained in fire safety.')).toEqual(['duty:Ensure all staff will be trained in fire safety']);
  });
  it('read no task in sending an application ("Attach your CV"), no knowledge asked in knowledge the job lets one gain', async () => {
    expect(await kinds('Please note\nAttach your CV and a cover letter\nUpload copies of your diplomas and transcripts')).toEqual([]);
    expect(await kinds('Gain valuable knowledge about ports and shipping from day one').then((k) => k.filter((m) => m.startsWith('knowledge')))).toEqual([]);
  });
  it('read no qualification in an experience given to others ("the ultimate experience for our customers"), one in "experience for the role"', async () => {
    expect(await kinds('We want to create the ultimate experience for our style-conscious shoppers.')).toEqual([]);
    expect(await kinds('Requirements: relevant experience for the role of store manager')).toEqual(['qualification:relevant experience for the role of store manager']);
  });
  it('read no knowledge in an introduction to a list ("knowledge of one or more of the following …")', async () => {
    expect((await kinds('You have knowledge of one or more of the following programming languages')).filter((m) => /following/.test(m))).toEqual([]);
  });
  it('end a knowledge object before a purpose clause ("knowledge of biology to join our team"), not before "to" and a noun', async () => {
    const knowledge = async (t: string) => (await kinds(t)).filter((m) => m.startsWith('knowledge'));
    expect(await knowledge('We are looking for a chemist with excellent knowledge of biology to join our growing team of specialists.')).toEqual(['knowledge:biology']);
    expect(await knowledge('Requirements: sound knowledge of accounting to support the finance team')).toEqual(['knowledge:accounting']);
    expect(await knowledge('Requirements: knowledge of the approach to risk management in banks')).toEqual(['knowledge:approach to risk management in banks']);
  });
  it('read a preference in brackets ("(preferably in the pharmaceutical industry)") as no example names, names after it as examples', async () => {
    const knowledge = async (t: string) => (await kinds(t)).filter((m) => m.startsWith('knowledge'));
    expect(await knowledge('Requirements: knowledge of computational biology methods (preferably in the pharmaceutical industry)')).not.toContain('knowledge:in the pharmaceutical industry');
    expect(await knowledge('Requirements: knowledge of accounting software (preferably Sage or Xero)')).toEqual(['knowledge:accounting software', 'knowledge:Sage', 'knowledge:Xero']);
  });
  it('split two requirement lines run together where the second opens with a quality ("… patient notes Reliable and punctual")', async () => {
    expect(await kinds('Person specification: ability to keep accurate and confidential patient notes Reliable and punctual at all times')).toEqual([
      'skill:ability to keep accurate and confidential patient notes', 'skill:Reliable', 'skill:punctual',
    ]);
  });
  it('read membership of a named professional body as a qualification, a place in a team as none', async () => {
    expect(await kinds('Desirable\nMember of the Chartered Society of Physiotherapy\nFellow of the Royal College of Surgeons (FRCS)')).toEqual([
      'qualification:Member of the Chartered Society of Physiotherapy', 'qualification:Fellow of the Royal College of Surgeons (FRCS)',
    ]);
    expect((await kinds('Requirements: you will be a member of the Senior Leadership Team')).filter((m) => m.startsWith('qualification'))).toEqual([]);
  });
  it('read what the post holder is supported by ("a structured preceptorship") as offered, no skill', async () => {
    expect(await kinds('Job overview\nYou will be supported by a structured preceptorship and an in-service training programme.')).toEqual([]);
  });
  it('read the NHS Jobs badges under their heading as the employer\'s, no qualification', async () => {
    expect(await kinds('Person specification\nExcellent communication skills\n\nEmployer certification / accreditation badges\nDisability confident employer. Armed Forces Covenant.')).toEqual([
      'skill:communication skills',
    ]);
  });
  it('read the duties under a job description\'s factor headings in capitals ("RESPONSIBILITY FOR PATIENT / CLIENT CARE"), the heading not joined to its line', async () => {
    const duties = async (t: string) => (await kinds(t)).filter((m) => m.startsWith('duty'));
    expect(await duties(['JOB PURPOSE', 'To support the pharmacy service.', '', 'RESPONSIBILITY FOR PATIENT / CLIENT CARE', 'Take accurate medication histories from patients on admission.'].join('\n'))).toEqual([
      'duty:support the pharmacy service', 'duty:Take accurate medication histories from patients on admission',
    ]);
    const a = await analyzeText(['RESPONSIBILITY FOR POLICIES AND SERVICE DEVELOPMENT', 'Review the ward procedures every year.'].join('\n'));
    expect(a.segmented.sections.map((s) => [s.heading, s.kind])).toEqual([['RESPONSIBILITY FOR POLICIES AND SERVICE DEVELOPMENT', 'responsibilities']]);
    expect(a.mentions.map((m) => m.text)).toEqual(['Review the ward procedures every year']);
  });
  it('read every tool of a list under "Tech we use:", names of two or three words too ("Jetpack Compose"), no requirement in Title Case', async () => {
    const knowledge = async (t: string) => (await kinds(t)).filter((m) => m.startsWith('knowledge'));
    expect(await knowledge('We build apps for shops.\nTech we use: Kotlin, RxJava or Coroutines, Jetpack Compose, Dagger/Hilt, Firebase Crashlytics.')).toEqual([
      'knowledge:Kotlin', 'knowledge:RxJava', 'knowledge:Coroutines', 'knowledge:Jetpack Compose', 'knowledge:Dagger', 'knowledge:Hilt', 'knowledge:Firebase Crashlytics',
    ]);
    expect(await knowledge('Requirements\nTech stack: Kotlin, Strong Communication Skills')).toEqual(['knowledge:Kotlin']);
  });
  it('end a duty before a participle clause that describes its object ("…, used by over 200,000 businesses")', async () => {
    expect(await kinds('Responsibilities\nLead the development of our merchant app, used by over 200,000 businesses across Europe.')).toEqual(['duty:Lead the development of our merchant app']);
  });
  it('read "Sex: Female" as a field of a header run together, so that the experience before it is its own ("Minimum experience : 4 years")', async () => {
    expect(await kinds('Job Title: Sales Officer Minimum experience : 4 years Sex: Female Key competencies required Strong interpersonal skills and integrity in all dealings')).toEqual([
      'qualification:4 years', 'skill:interpersonal skills', 'skill:integrity',
    ]);
  });
  it('keep what the experience is in when a label gives it before a count of years ("Industrial maintenance: 3 years"), not a label that only says experience', async () => {
    expect(await kinds('Experience:\n• Industrial maintenance: 3 years (Required)\n• Customer service: 1 year (Preferred)\n• Work experience: 5 years')).toEqual([
      'qualification:Industrial maintenance: 3 years', 'qualification:Customer service: 1 year', 'qualification:5 years',
    ]);
  });
  it('read "confident" as a quality asked of the candidate, not where a noun or an ability follows it ("a confident communicator", "confident dealing with …")', async () => {
    expect(await kinds('We are looking for a confident, well-presented individual.')).toEqual(['skill:confident', 'skill:well-presented']);
    expect(await kinds('You should be confident and friendly.')).toEqual(['skill:confident', 'skill:friendly']);
    expect(await kinds('You must be confident in dealing with customers.')).toEqual(['skill:dealing with customers']);
  });
  it('read gerunds given as examples inside a sentence as duties of their own, not a fragment ("…, including washing, dressing and toileting, and help with …")', async () => {
    expect(await kinds('Main duties of the job\nThe post holder will assist patients with personal care, including washing, dressing and toileting, and help with nutrition and hydration.')).toEqual([
      'duty:assist patients with personal care', 'duty:washing', 'duty:dressing', 'duty:toileting', 'duty:help with nutrition and hydration',
    ]);
  });
  it('keep the subjects an equivalent is in ("GCSE grade C / 4 or equivalent in English and Maths"), drop a bare "or equivalent"', async () => {
    expect(await kinds('Qualifications\nGood standard of literacy and numeracy (GCSE grade C / 4 or equivalent in English and Maths)')).toEqual([
      'skill:literacy', 'skill:numeracy', 'qualification:GCSE grade C / 4 or equivalent in English and Maths',
    ]);
    expect(await kinds('Qualifications\nBSc in Nursing or equivalent')).toEqual(['qualification:BSc in Nursing']);
  });
  it('find headings in lower case before a colon after a sentence ("… a cashier. duties and responsibilities: receive …")', async () => {
    const a = await analyzeText('We are hiring a cashier. duties and responsibilities: receive payments from customers; issue receipts; prepare daily cash reports. requirements: diploma in accounting');
    expect(a.segmented.sections.map((s) => [s.heading, s.kind]).slice(1)).toEqual([['duties and responsibilities', 'responsibilities'], ['requirements', 'requirements']]);
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['duty:receive payments from customers', 'duty:issue receipts', 'duty:prepare daily cash reports', 'qualification:diploma in accounting']);
  });
  it('open a new qualification at a count of years after a comma that follows a degree ("BSc in Civil Engineering, 5 years of experience …")', async () => {
    expect(await kinds('Requirements\nBSc in Civil Engineering, 5 years of experience in road construction')).toEqual([
      'qualification:BSc in Civil Engineering', 'qualification:5 years of experience in road construction',
    ]);
  });
  it('end a qualification before qualities after its last comma ("1 year experience, honest and reliable"), not before a preference', async () => {
    expect(await kinds('Requirements\nDiploma in Accounting, 1 year experience, honest and reliable')).toEqual([
      'qualification:Diploma in Accounting', 'qualification:1 year experience', 'skill:honest', 'skill:reliable',
    ]);
    expect(await kinds('Requirements\n3 years of experience, preferably in banking')).toEqual(['qualification:3 years of experience, preferably in banking']);
  });
  it('start a qualification after a quality before its first comma ("Computer literate, SystmOne experience desirable")', async () => {
    expect(await kinds('Skills\nEssential\nComputer literate, SystmOne experience desirable')).toEqual(['skill:Computer literate', 'qualification:SystmOne experience']);
    expect(await kinds('Skills\nEssential\nRetail, hospitality experience')).toEqual(['qualification:Retail, hospitality experience']);
  });
  it('read products given as examples after a cue and a colon ("clinical systems like: EMIS, SystmOne and Rio")', async () => {
    expect(await kinds('Requirements\nUse clinical systems like: EMIS, SystmOne and Rio')).toEqual(['knowledge:EMIS', 'knowledge:SystmOne', 'knowledge:Rio']);
  });
});

describe('single sentences of tech job ads', () => {
  const kinds = kindsOf;
  it('ends a name before "would be nice" or "is helpful"', async () => {
    expect(await kinds('Exposure to frameworks like PyTorch or TensorFlow would be nice.')).toEqual(['knowledge:PyTorch', 'knowledge:TensorFlow']);
    expect(await kinds('Knowledge of Kotlin is helpful.')).toEqual(['knowledge:Kotlin']);
  });
  it('reads the task after "we expect you to", and what "you know your way around"', async () => {
    expect(await kinds('We expect you to own features end to end, from design to deployment.')).toEqual(['duty:own features end to end']);
    expect(await kinds('We will provide training.')).toEqual([]);
    expect(await kinds('You know your way around PostgreSQL and query optimisation.')).toEqual(['knowledge:PostgreSQL', 'knowledge:query optimisation']);
    expect(await kinds('Requirements\n- You are familiar with some of those: Docker, Node.js and PHP')).toEqual(['knowledge:Docker', 'knowledge:Node.js', 'knowledge:PHP']);
  });
});

describe('skills named by a head that is not "skills"', () => {
  it('reads "X mindset" as a skill and keeps the head of "business acumen", drops the bare "skills"', async () => {
    const pairs = async (text: string) => (await analyzeText(text)).mentions.filter((m) => m.kind === 'skill').map((m) => [m.text, m.normalized]);
    expect(await pairs('Requirements\n- Strong business acumen\n- Agile mindset\n- Good communication skills')).toEqual([
      ['business acumen', 'business acumen'],
      ['Agile mindset', 'agile mindset'],
      ['communication skills', 'communication'],
    ]);
    // (Qualities listed before it are each a quality: "Analytical, data-driven and pragmatic mindset".)
    expect(await pairs('Requirements\n- Analytical, data-driven and pragmatic mindset')).toEqual([
      ['Analytical', 'analytical'],
      ['data-driven', 'data-driven'],
      ['pragmatic', 'pragmatic'],
    ]);
  });
});

describe('a line of tasks in -ing with no function word', () => {
  it('is read as English, one duty per task', async () => {
    const a = await analyzeText('Duties: answering phones, greeting visitors, booking meetings.\n');
    expect(a.clean.language).toBe('en');
    expect(a.mentions.filter((m) => m.kind === 'duty').map((m) => m.normalized)).toEqual(['answer phones', 'greet visitors', 'book meetings']);
  });
});

describe('a task whose object only points back', () => {
  it('is no duty ("or be willing to obtain one")', async () => {
    const a = await analyzeText('Candidates must have a DBS check or be willing to obtain one.\n');
    expect(a.mentions.map((m) => `${m.kind}: ${m.text}`)).toEqual(['qualification: DBS check']);
  });
});

describe('a sentence that introduces its list of tasks', () => {
  it('reads the list after "will include, but are not limited to:" or "include the following:" as tasks', async () => {
    const duties = async (text: string) => (await analyzeText(text)).mentions.filter((m) => m.kind === 'duty').map((m) => m.normalized);
    expect(await duties('Your duties will include the following: greeting guests, taking orders and serving food.\n')).toEqual(['greet guests', 'take orders', 'serve food']);
    const store = await duties('Responsibilities will include, but are not limited to: ordering stock, cashing up and opening and closing the store.\n');
    expect(store).toContain('order stock');
    expect(store).toContain('open and close the store');
    // (Not "the following duties and responsibilities": a list still to come.)
    expect(await duties('The Internal Auditor is responsible for the following duties and responsibilities.\n')).toEqual([]);
  });
});

describe('a one-line posting', () => {
  it('gives no duty for its headline ("Care Assistant wanted") and reads qualifications listed apart by commas one by one', async () => {
    const a = await analyzeText('Care Assistant wanted. Duties: personal care, medication prompting, meal preparation. Requirements: NVQ Level 2, driving licence, caring nature.\n');
    expect(a.mentions.map((m) => `${m.kind}: ${m.text}`)).toEqual([
      'duty: personal care',
      'duty: medication prompting',
      'duty: meal preparation',
      'qualification: NVQ Level 2',
      'qualification: driving licence',
      'skill: caring',
    ]);
    // (Adjectives listed before one name stay with it.)
    const b = await analyzeText('Requirements:\n- Registered Nurse with a current, unrestricted RN licence\n');
    expect(b.mentions.filter((m) => m.kind === 'qualification').map((m) => m.text)).toEqual(['Registered Nurse with a current, unrestricted RN licence']);
  });
  it('reads a task of up to twenty words alone as a line of a list', async () => {
    const a = await analyzeText('Participating in the development of new information systems to ensure that efficient and effective controls are incorporated.\n');
    expect(a.mentions.filter((m) => m.kind === 'duty').map((m) => m.text)).toEqual(['Participating in the development of new information systems']);
  });
});

describe('a one-line posting with inline bullets after its title', () => {
  it('reads the item after the title\'s dash as the list\'s first ("Receptionist (part-time) - answering calls • …")', async () => {
    const a = await analyzeText('Receptionist (part-time) - answering calls • booking appointments • handling payments • must be friendly and organised\n');
    expect(a.mentions.filter((m) => m.kind === 'duty').map((m) => m.normalized)).toEqual(['answer calls', 'book appointments', 'handle payments']);
  });

  it('reads a tool\'s name before "knowledge" as the knowledge asked ("Good Excel knowledge is essential")', async () => {
    const a = await analyzeText('Good Excel knowledge is essential.\n');
    expect(a.mentions.map((m) => `${m.kind}: ${m.text}`)).toEqual(['knowledge: Excel']);
  });
});

describe('a heading with a remark in brackets', () => {
  it('reads "Job duties (second variant of the instruction)" as the duties heading it is', async () => {
    const a = await analyzeText(['Job duties (second variant of the instruction)', '', 'Looks for potential clients.', 'Signs contracts of supply.', ''].join('\n'));
    expect(a.mentions.map((m) => `${m.kind}: ${m.text} (${m.section})`)).toEqual([
      'duty: Looks for potential clients (responsibilities)',
      'duty: Signs contracts of supply (responsibilities)',
    ]);
  });
});

describe('a lead-in to the candidate before a colon', () => {
  it('is no part of the qualification after it ("In this position you need to: have experience with …")', async () => {
    const a = await analyzeText('The post involves teaching anatomy.\nIn this position you need to: Have experience with people management and building teams\n');
    expect(a.mentions.filter((m) => m.kind === 'qualification').map((m) => m.text)).toEqual(['experience with people management and building teams']);
  });
});

describe('sentences of UK job ads read whole', () => {
  const of = (a: Analysis, kind: string) => a.mentions.filter((m) => m.kind === kind).map((m) => m.text);

  it('reads a tool the lexicon knows by two words before "or" whole, not its last word', async () => {
    const a = await analyzeText('Previous experience using Power BI or Tableau would be an advantage.');
    expect(of(a, 'knowledge')).toEqual(['Power BI', 'Tableau']);
  });

  it('reads a language or a technology written as a name inside a task of the role, not of the employer', async () => {
    expect(of(await analyzeText('You will be working with Python and Django.'), 'knowledge')).toContain('Python');
    const b = await analyzeText(
      ['About us', 'We build storage products. FUHON was built in C++ for a distributed storage protocol.', '', 'Requirements', 'Degree in Computer Science.'].join('\n'),
    );
    expect(of(b, 'knowledge')).not.toContain('C++');
  });

  it('ends a language before how it is used', async () => {
    const a = await analyzeText('Good command of the English language, both written and spoken.');
    expect(a.mentions.filter((m) => m.kind === 'knowledge').map((m) => [m.text, m.normalized])).toEqual([['English language', 'english language']]);
  });

  it('reads a gerund alone before a task named by a noun as one of a list of tasks, two verbs sharing an object as one', async () => {
    expect(of(await analyzeText('Duties will include answering the telephone, filing and data entry.'), 'duty')).toEqual(['answering the telephone', 'filing', 'data entry']);
    expect(of(await analyzeText('Duties will include answering the telephone, taking or transcribing dictation.'), 'duty')).toContain('taking or transcribing dictation');
  });
});

describe('a duty line that opens with two verbs joined by a slash, or with a word and its "\'s"', () => {
  it('normalizes both verbs, and reads no imperative in a possessive or "Let\'s"', async () => {
    const a = await analyzeText(['Responsibilities:', 'Evaluate/settle specifications', "Plan's corporate policies, processes and systems", "Let's not forget about language skills."].join('\n'));
    expect(a.mentions.filter((m) => m.kind === 'duty').map((m) => [m.text, m.normalized])).toEqual([['Evaluate/settle specifications', 'evaluate and settle specifications']]);
  });
});

describe('a requirement cut before the next at "and/or"', () => {
  it('leaves no "and/or" or "/or" at its end', async () => {
    const a = await analyzeText(['Qualifications:', 'University degree in computer science or electrical engineering and/or 5 years of relevant experience.'].join('\n'));
    expect(a.mentions.map((m) => m.text).filter((t) => /\/\s*or$/.test(t))).toEqual([]);
    expect(a.mentions.map((m) => m.text)).toContain('University degree in computer science or electrical engineering');
  });
});

describe('examples given after "eg" written without its dots', () => {
  it('are names of their own, without the cue', async () => {
    const a = await analyzeText(['Requirements:', 'Knowledge of test automation frameworks (eg Appium Selenium).'].join('\n'));
    expect(a.mentions.filter((m) => m.kind === 'knowledge').map((m) => m.text)).toEqual(['test automation frameworks', 'Appium', 'Selenium']);
  });
});

describe('a certificate whose last word is written with a capital in a run-on sentence', () => {
  it('is not cut where the capital is ("a renewed driving License and 2 years of experience")', async () => {
    const a = await analyzeText('We want to hire distributors with a car. Should have a renewed driving License and 2 years of experience.');
    expect(a.mentions.filter((m) => m.kind === 'qualification').map((m) => m.text)).toEqual(['renewed driving License', '2 years of experience']);
  });
});

describe('experience or a background that is no qualification', () => {
  const quals = (t: string) => textsOf('qualification', t);

  it('is not whose experience the pay follows ("commensurate with the candidate\'s experience" gave "s experience")', async () => {
    expect(await quals("The salary will be commensurate with the candidate's experience.")).toEqual([]);
  });

  it('is not what an equal-opportunity line lists ("irrespective of gender age and ethnic background")', async () => {
    expect(await quals('We support equal opportunities irrespective of gender age and ethnic background.')).toEqual([]);
    expect(await quals('A background in financial services would be beneficial.')).toEqual(['background in financial services']);
    // (Nor the last of a list of what is not weighed, whatever its words; a requirement after "regardless of …" is one.)
    expect(await quals('We want applications from all regardless of age gender identity disability religion or belief transgender status social economic background etc.')).toEqual([]);
    expect(await quals('Regardless of the project, you will have experience in Java.')).toEqual(['experience in Java']);
  });
});

describe('a requirement run on into the employer\'s equal-opportunity sentence, its name anonymized', () => {
  it('is read up to that sentence', async () => {
    const a = await analyzeText(
      ['Requirements:', '§ Proficient in computer applications, especially with MS Word and MS Excel [REDACTED] is proud to provide equal employment opportunities to all employees.'].join('\n'),
    );
    expect(a.mentions.map((m) => m.text)).toEqual(['computer applications', 'MS Word', 'MS Excel']);
  });
});

describe('a knowledge span of names and subjects that lost its commas', () => {
  it('is one mention per name, per subject of a few lower-case words, and per name with its field', async () => {
    const a = await analyzeText('You have a solid understanding of Linux cloud computing relational databases and IT security.');
    expect(a.mentions.filter((m) => m.kind === 'knowledge').map((m) => m.text)).toEqual(['Linux', 'cloud computing', 'relational databases', 'IT security']);
  });
});

describe('a job description\'s policy paragraphs and the laws they name', () => {
  it('give nothing, while a law asked for is named whole, "at" and all, apart from what is listed after it', async () => {
    const a = await analyzeText(
      [
        'Job responsibilities',
        'To provide high quality nursing care to patients on the ward.',
        '',
        'Health and Safety',
        'Employees must be aware of the responsibilities placed on them under the Health and Safety at Work Act 1974 to ensure that the agreed safety procedures are carried out.',
        '',
        'Infection Prevention and Control',
        "The post holder is responsible for ensuring they comply with the Trust's infection prevention and control policies and procedures at all times.",
        '',
        'Person specification',
        'Knowledge of the Health and Safety at Work Act 1974 and COSHH.',
      ].join('\n'),
    );
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['duty', 'provide high quality nursing care to patients on the ward'],
      ['knowledge', 'Health and Safety at Work Act 1974'],
      ['knowledge', 'COSHH'],
    ]);
  });
});

describe('a duty with a purpose clause opened by "in order for"', () => {
  it('ends before it, as before "in order to"', async () => {
    const a = await analyzeText(['Responsibilities:', 'Support and facilitate access to affordable financing for the participating farmers in order for them to grow.'].join('\n'));
    expect(a.mentions.map((m) => m.text)).toEqual(['Support and facilitate access to affordable financing for the participating farmers']);
  });
});

describe('a qualification said to be subject to something', () => {
  it('is a condition of the post, not asked of the candidate', async () => {
    expect((await analyzeText('Your driving licence will be subject to annual checks.')).mentions).toEqual([]);
    expect((await analyzeText('The scholarships for the MSc degree are subject to approval by the faculty.')).mentions).toEqual([]);
  });
});

describe('what the candidate can look forward to in the post', () => {
  it('is offered, no duty', async () => {
    const a = await analyzeText(['Responsibilities:', 'Leading this area you can look forward to varied projects across the business.', 'Prepare monthly reports.'].join('\n'));
    expect(a.mentions.map((m) => m.text)).toEqual(['Prepare monthly reports']);
  });
});

describe('verbs that share an object as alternatives', () => {
  it('keep their "or" in the normalized form', async () => {
    const a = await analyzeText(['Responsibilities:', "Observes or monitors pregnant women's status"].join('\n'));
    expect(a.mentions.map((m) => m.normalized)).toEqual(["observe or monitor pregnant women's status"]);
  });
});

describe('a skill named after languages in one run-on list', () => {
  it('is the skill after the last comma, its capital no name\'s ("…, Good command of English and Amharic, Computer skills (MS Word, Excel)")', async () => {
    const a = await analyzeText('Skills: Proficiency in Peachtree accounting software, Good command of English and Amharic, Computer skills (MS Word, Excel).');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['knowledge', 'Peachtree accounting software'],
      ['knowledge', 'English'],
      ['knowledge', 'Amharic'],
      ['skill', 'Computer skills'],
      ['knowledge', 'MS Word'],
      ['knowledge', 'Excel'],
    ]);
  });
});

describe('tools named in a list that lost its commas or before a shared "skills"', () => {
  it('are knowledge one each', async () => {
    const of = async (line: string) => (await analyzeText(['Requirements:', line].join('\n'))).mentions.filter((m) => m.kind === 'knowledge').map((m) => m.text);
    expect(await of('Nice to have: experience with Terraform AWS or GCP')).toEqual(['Terraform', 'AWS', 'GCP']);
    expect(await of('Strong Excel or Word skills')).toEqual(['Excel', 'Word']);
    expect(await of('Strong Excel and PowerPoint skills')).toEqual(['Excel', 'PowerPoint']);
  });
});

describe('a qualified person holding a certificate, with experience', () => {
  it('gives the person, the certificate and the experience each', async () => {
    const a = await analyzeText('The ideal candidate will be a qualified electrician holding the 18th Edition with experience in commercial installations.');
    expect(a.mentions.map((m) => m.text)).toEqual(['qualified electrician', '18th Edition', 'experience in commercial installations']);
  });
});

describe('a person qualified to a level', () => {
  it('is a qualification, the level with it', async () => {
    const a = await analyzeText('We are looking for a Level 3 qualified nursery practitioner with a paediatric first aid certificate.');
    expect(a.mentions.map((m) => m.text)).toEqual(['Level 3 qualified nursery practitioner', 'paediatric first aid certificate']);
  });
});

describe('sentences of UK job ads that ask in other words', () => {
  it('read a question for a qualified person, without what the person is looking for', async () => {
    expect(await texts('Are you a qualified accountant looking for your next challenge?')).toEqual([['qualification', 'qualified accountant']]);
  });
  it('read a tool before "skills" after "Have you got"', async () => {
    expect(await texts('Have you got strong Excel skills and an eye for detail?')).toEqual([
      ['knowledge', 'Excel'],
      ['skill', 'eye for detail'],
    ]);
  });
  it('read the qualities "you will need", also after what the role asks them for', async () => {
    expect(await texts('To succeed in this role you will need resilience, tenacity and a positive attitude.')).toEqual([
      ['skill', 'resilience'],
      ['skill', 'tenacity'],
      ['skill', 'positive attitude'],
    ]);
  });
});

describe('a subject\'s qualification named by its level', () => {
  it('is a qualification where it is asked for, not the level of a body\'s qualification named before it', async () => {
    expect(await texts('You must hold Level 2 Food Hygiene.')).toEqual([['qualification', 'Level 2 Food Hygiene']]);
    expect(await texts(['Requirements:', 'City and Guilds Level 2 in Plumbing'].join('\n'))).toEqual([['qualification', 'City and Guilds Level 2 in Plumbing']]);
  });
});

describe('a tool the lexicon writes only with a capital, inside a skill', () => {
  it('is knowledge of its own ("Ability to use Sage 200 …")', async () => {
    const a = await analyzeText('Ability to use Sage 200 and Microsoft Excel to a high standard.');
    expect(a.mentions.filter((m) => m.kind === 'knowledge').map((m) => m.text)).toEqual(['Sage', 'Microsoft Excel']);
  });
});

describe('what a candidate said to have something also enjoys', () => {
  it('is a skill of its own ("You will have … and enjoy working closely with designers")', async () => {
    const a = await analyzeText('You will have strong attention to detail and enjoy working closely with designers.');
    expect(a.mentions.map((m) => m.text)).toEqual(['attention to detail', 'enjoy working closely with designers']);
  });
});

describe('a concession or the weight of a requirement after it', () => {
  it('ends the span ("… although full training will be provided", "… is of course favourable but not necessary")', async () => {
    expect(await texts('You will ideally have experience working within a care home setting although full training will be provided.')).toEqual([
      ['qualification', 'experience working within a care home setting'],
    ]);
    expect(await texts('Experience in this area is of course favourable but not necessary.')).toEqual([['qualification', 'Experience in this area']]);
    expect(await texts('You will maintain stock records although training will be provided.')).toEqual([['duty', 'maintain stock records']]);
  });
});

describe('a list of names known before another requirement', () => {
  it('gives each name ("Proficiency in Python, R or MATLAB and experience of …")', async () => {
    const a = await analyzeText('Proficiency in Python, R or MATLAB and experience of statistical analysis.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['knowledge', 'Python'],
      ['knowledge', 'R'],
      ['knowledge', 'MATLAB'],
      ['qualification', 'experience of statistical analysis'],
    ]);
  });
});

describe('training done, asked for in a sentence', () => {
  it('is a qualification without who must have done it ("First aid training would be an advantage")', async () => {
    expect(await texts('First aid training would be an advantage.')).toEqual([['qualification', 'First aid training']]);
    expect(await texts('Food safety training is desirable.')).toEqual([['qualification', 'Food safety training']]);
    expect(await texts('You must have completed safeguarding training.')).toEqual([['qualification', 'safeguarding training']]);
    expect(await texts('Full training will be provided.')).toEqual([]);
  });
});

describe('the ways a skill is used in', () => {
  it('are no skill of their own ("… communicator, both face to face and over the phone")', async () => {
    const a = await analyzeText('You will be a confident communicator, both face to face and over the phone.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([['skill', 'communicator']]);
  });
});

describe('a quality written as a compound of whom it centres on', () => {
  it('is a skill of its own in a list of qualities ("Compassionate and patient-centred")', async () => {
    const a = await analyzeText(['Requirements:', 'Compassionate and patient-centred', 'Honest and person-centred'].join('\n'));
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['skill', 'Compassionate'],
      ['skill', 'patient-centred'],
      ['skill', 'Honest'],
      ['skill', 'person-centred'],
    ]);
  });
});

describe('a tool opening a line before "skills"', () => {
  it('is the knowledge asked, once, as after an evaluative word ("Python skills" as "Good SQL skills")', async () => {
    const a = await analyzeText(['Requirements:', 'Good SQL skills', 'Python skills', 'Communication skills'].join('\n'));
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['knowledge', 'SQL'],
      ['knowledge', 'Python'],
      ['skill', 'Communication skills'],
    ]);
  });
});

describe('"the importance of" after a knowledge cue', () => {
  it('is no part of what is known ("Understanding of the importance of confidentiality")', async () => {
    const a = await analyzeText(['Knowledge:', 'Understanding of the importance of confidentiality'].join('\n'));
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([['knowledge', 'confidentiality']]);
  });
});

describe('"day to day" inside a duty the tagger reads', () => {
  it('is one modifier, not the end of the duty before "to" ("Managing the day to day running of the office")', async () => {
    const a = await analyzeText('Managing the day to day running of the office, including ordering supplies and arranging meetings.');
    expect(a.mentions.map((m) => m.text)).toContain('Managing the day to day running of the office');
    expect(a.mentions.map((m) => m.text)).not.toContain('Managing the day');
  });
});

describe('words listed after a task\'s complement', () => {
  it('are the complement\'s, not tasks ("the education and training of medical, nursing and pharmacy staff")', async () => {
    const a = await analyzeText(['Main duties of the job', 'You will also be involved in the education and training of medical, nursing and pharmacy staff.'].join('\n'));
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([['duty', 'education and training of medical, nursing and pharmacy staff']]);
  });
});

describe('a leader the candidate is asked to be', () => {
  it('is a quality ("A natural leader who can motivate a team"), not the employer leading its market', async () => {
    const a = await analyzeText(['What we\'re looking for:', 'A natural leader who can motivate a team'].join('\n'));
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['skill', 'natural leader'],
      ['skill', 'motivate a team'],
    ]);
    expect((await analyzeText('We are a natural leader in the market.')).mentions).toEqual([]);
  });
});

describe('where the post holder works, then tasks after a comma', () => {
  it('gives the tasks, not the setting ("You\'ll work in a cross-functional squad …, own features end to end and …")', async () => {
    expect(await texts("You'll work in a cross-functional squad with product and design, own features end to end and take part in our on-call rotation.")).toEqual([
      ['duty', 'own features end to end'],
      ['duty', 'take part in our on-call rotation'],
    ]);
    expect(await texts('You will work in a busy office, answering calls and booking appointments.')).toEqual([
      ['duty', 'answering calls'],
      ['duty', 'booking appointments'],
    ]);
    expect(await texts('You will work within a friendly team of nurses, supported by a mentor.')).toEqual([]);
  });
});

describe('what the post holder will be responsible for, beside what they will need', () => {
  it('is a duty ending before "and will need …"; growing one\'s own skills is none', async () => {
    expect(await texts('The successful candidate will be responsible for the day-to-day management of the team and will need strong leadership skills.')).toEqual([
      ['duty', 'day-to-day management of the team'],
      ['skill', 'leadership skills'],
    ]);
    expect(await texts('As a Senior Threat Hunter you will be responsible for continuously growing your own technical skill set and providing technical leadership.')).toEqual([
      ['duty', 'providing technical leadership'],
    ]);
  });
});

describe('the field named before a bare degree', () => {
  it('is the degree\'s ("a Social Work degree", "an engineering degree"), not a vague word ("a relevant degree")', async () => {
    expect(await texts('We are seeking an experienced Social Worker with a Social Work degree.')).toEqual([['qualification', 'Social Work degree']]);
    expect(await texts('You will hold an engineering degree.')).toEqual([['qualification', 'engineering degree']]);
    expect(await texts('A Computer Science degree is required.')).toEqual([['qualification', 'Computer Science degree']]);
    expect(await texts('Applicants need a relevant degree.')).toEqual([['qualification', 'degree']]);
    expect(await texts('A nursing diploma is required.')).toEqual([['qualification', 'nursing diploma']]);
  });
});

describe('a list of subjects known that ends in where or for whom', () => {
  it('gives each subject, the place or scope left out ("… and CDM requirements on residential sites")', async () => {
    const a = await analyzeText('Good working knowledge of current building regulations, health and safety legislation and CDM requirements on residential sites.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['knowledge', 'current building regulations'],
      ['knowledge', 'health and safety legislation'],
      ['knowledge', 'CDM requirements'],
    ]);
  });
});

describe('examples after "including" before a comma and another requirement', () => {
  it('are knowledge of their own ("Microsoft Excel including pivot tables and VLOOKUPs, with the ability to …")', async () => {
    const a = await analyzeText('Proficiency in Microsoft Excel including pivot tables and VLOOKUPs, with the ability to produce accurate reports to tight deadlines.');
    expect(a.mentions.filter((m) => m.kind === 'knowledge').map((m) => m.text)).toEqual(['Microsoft Excel', 'pivot tables', 'VLOOKUPs']);
  });
});

describe('the patience to do something', () => {
  it('is an ability asked ("with the patience to support children with additional needs")', async () => {
    const a = await analyzeText('A friendly and approachable manner, with the patience to support children with additional needs.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['skill', 'friendly and approachable manner'],
      ['skill', 'patience to support children with additional needs'],
    ]);
  });
});

describe('an ability whose object lists people, then where', () => {
  it('keeps the whole list ("liaise with clients, contractors and colleagues at every level")', async () => {
    const a = await analyzeText('Excellent written and verbal communication skills, with the confidence to liaise with clients, contractors and colleagues at every level.');
    expect(a.mentions.map((m) => m.text)).toEqual(['written and verbal communication skills', 'confidence to liaise with clients, contractors and colleagues at every level']);
  });
});

describe('examples right after an experience asked for', () => {
  it('are knowledge where the vocabulary knows one of them ("…, including Active Directory and Office 365"), not "including NGOs"', async () => {
    const a = await analyzeText('Experience of first line IT support in a Windows environment, including Active Directory and Office 365 administration.');
    expect(a.mentions.filter((m) => m.kind === 'knowledge').map((m) => m.text)).toEqual(['Active Directory', 'Office 365 administration']);
    const b = await analyzeText('Experience of building consensus among diverse actors, including NGOs and community leaders.');
    expect(b.mentions.filter((m) => m.kind === 'knowledge')).toEqual([]);
  });
});

describe('what the post holder\'s focus will be on', () => {
  it('is a task ("Your main focus will be on delivering first class customer service"), not the employer\'s focus', async () => {
    expect(await texts('Your main focus will be on delivering first class customer service.')).toEqual([['duty', 'delivering first class customer service']]);
    expect(await texts('Our focus is on quality.')).toEqual([]);
  });
});

describe('requirements listed with commas in a one-line posting', () => {
  it('end where the next one opens with a capital ("… as a receptionist, Fluency in English and Amharic, … Computer literacy")', async () => {
    const a = await analyzeText('Job Requirements: Diploma in Hotel Management or Tourism, 1-2 years of experience as a receptionist, Fluency in English and Amharic, Computer literacy. Salary: Negotiable.');
    expect(a.mentions.map((m) => m.text)).toEqual([
      'Diploma in Hotel Management or Tourism',
      '1-2 years of experience as a receptionist',
      'English',
      'Amharic',
      'Computer literacy',
    ]);
  });
});

describe('an experience before "and care about …"', () => {
  it('ends there ("experience with React and TypeScript and care about accessibility")', async () => {
    const a = await analyzeText('You have experience with React and TypeScript and care about accessibility and performance.');
    expect(a.mentions.filter((m) => m.kind === 'qualification').map((m) => m.text)).toEqual(['experience with React and TypeScript']);
  });
});

describe('working with someone to do something', () => {
  it('gives who the work is with and the task it is for ("work with the sales team to identify …")', async () => {
    const duties = (t: string) => textsOf('duty', t);
    expect(await duties('You will work with the sales team to identify new business opportunities.')).toEqual(['work with the sales team', 'identify new business opportunities']);
    // The tasks joined after the purpose are its own; "to understand their needs" is no task.
    expect(await duties('Partner with HR teams to recruit, develop and retain talent.')).toEqual(['Partner with HR teams', 'recruit, develop and retain talent']);
    expect(await duties('You will work closely with our product team to understand their needs.')).toEqual(['work closely with our product team']);
    // (What the candidate has, after "and", is no part of the task.)
    expect(await duties('You will work with engineers to define requirements and have excellent communication skills.')).toEqual(['work with engineers', 'define requirements']);
  });

  it('reads a task after ", then" as the next one ("set goals, then guide your team")', async () => {
    const a = await analyzeText('You will set department goals, then guide your team to achieve them.');
    expect(a.mentions.filter((m) => m.kind === 'duty').map((m) => m.text)).toEqual(['set department goals', 'guide your team']);
  });
});

describe('what the candidate should have and be', () => {
  it('gives both ("should have a good standard of education and be computer literate")', async () => {
    const a = await analyzeText('Applicants should have a good standard of education and be computer literate.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['qualification', 'standard of education'],
      ['skill', 'computer literate'],
    ]);
  });

  it('reads a quality the lexicon names in two words ("should be physically fit")', async () => {
    expect(await texts('Candidates should be physically fit.')).toEqual([['skill', 'physically fit']]);
    expect(await texts('You must hold a forklift licence and be physically fit.')).toEqual([
      ['qualification', 'forklift licence'],
      ['skill', 'physically fit'],
    ]);
  });
});

describe('what the candidate has, then is, after a comma', () => {
  it('reads the qualities after ", is" / ", be" ("The ideal candidate has …, is friendly and punctual")', async () => {
    expect(await texts('The ideal candidate has excellent customer service skills, is friendly and punctual, and ideally has previous retail experience.')).toEqual([
      ['skill', 'customer service skills'],
      ['skill', 'friendly'],
      ['skill', 'punctual'],
      ['qualification', 'retail experience'],
    ]);
    // (A licence ends at the comma before the next verb asked: it was "driving licence, be flexible".)
    expect(await texts('You will have a driving licence, be flexible and enjoy working outdoors.')).toEqual([
      ['qualification', 'driving licence'],
      ['skill', 'flexible'],
      ['skill', 'enjoy working outdoors'],
    ]);
    // (Said of anything else, the same words ask nothing.)
    expect(await texts('The company has 200 staff, is growing fast and is based in Leeds.')).toEqual([]);
  });
});

describe('working hours asked as an ability', () => {
  it('give no skill ("able to work minimum 15 hours per week", "Able to work 37.5 hours per week")', async () => {
    expect(await texts('You must be able to work minimum 15 hours per week plus every second weekend.')).toEqual([]);
    expect(await texts('Able to work 37.5 hours per week including weekends.')).toEqual([]);
    expect(await texts('Able to work 4 nights per week, Sunday to Thursday.')).toEqual([]);
    // (A decimal point ends no ability: it was "Able to lift up to 12".)
    expect(await texts('Able to lift up to 12.5kg safely.')).toEqual([['skill', 'Able to lift up to 12.5kg safely']]);
  });

  it('end an ability before its condition ("… if it is needed"), not before what is decided ("decide if …")', async () => {
    const skills = (t: string) => textsOf('skill', t);
    expect(await skills('You are ready to help out your colleagues if it is needed.')).toEqual(['ready to help out your colleagues']);
    expect(await skills('Able to decide if a patient needs referral.')).toEqual(['Able to decide if a patient needs referral']);
  });
});

describe('the object of a knowledge cue', () => {
  it('ends before "along with …" ("a grasp of a variety of technologies … along with their pros and cons")', async () => {
    expect(await textsOf('knowledge', 'People with a grasp of a variety of technologies languages and methodologies along with their pros and cons.')).toEqual(['technologies languages and methodologies']);
  });
});

describe('a list line that lost its separators', () => {
  it('opens its next requirement at a capitalised grade ("Degree in Accounting Strong communication skills")', async () => {
    expect(await texts(['Requirements', '- Degree in Accounting Strong communication skills', '- Certificate in Basic life support'].join('\n'))).toEqual([
      ['qualification', 'Degree in Accounting'],
      ['skill', 'communication skills'],
      ['qualification', 'Certificate in Basic life support'],
    ]);
  });
});

describe('the posting\'s title on its first line', () => {
  it('names the role, no qualification ("Amharic Teacher for High School and Preparatory")', async () => {
    expect(await texts(['Amharic Teacher for High School and Preparatory', '', 'Job Requirements', 'Diploma in Amharic Language'].join('\n'))).toEqual([['qualification', 'Diploma in Amharic Language']]);
    // (A posting that is its one line is what it asks.)
    expect(await texts('High School Diploma required')).toEqual([['qualification', 'High School Diploma']]);
  });
});

describe('NHS-style credentials in one sentence', () => {
  it('keep the body a registration is with, and GCSE subjects after a bracketed grade', async () => {
    const quals = (t: string) => textsOf('qualification', t);
    expect(await quals('Full registration with the GMC with a licence to practise.')).toEqual(['Full registration with the GMC', 'licence to practise']);
    expect(await quals('Minimum of 5 GCSEs (A*-C) including English and Maths.')).toEqual(['5 GCSEs (A*-C) including English and Maths']);
    expect(await textsOf('knowledge', 'Minimum of 5 GCSEs (A*-C) including English and Maths.')).toEqual([]);
  });
});

describe('the part a post holder takes', () => {
  it('is a duty under a duties heading ("Be the main point of contact for all clients"), as "act as …" is', async () => {
    expect(await textsOf('duty', ['Main duties', 'Be the main point of contact for all clients.', 'Be a key liaison between sales and operations.'].join('\n'))).toEqual([
      'Be the main point of contact for all clients',
      'Be a key liaison between sales and operations',
    ]);
    // (After the role and its modal too: "You will be the first point of contact for …".)
    expect(await textsOf('duty', ['Main duties', 'You will be the first point of contact for customers calling the helpdesk.'].join('\n'))).toEqual([
      'first point of contact for customers calling the helpdesk',
    ]);
  });
});

describe('catch-all lines', () => {
  it('give no duty, with an adjective of their own too ("Any other reasonable duties …", "Ad hoc duties as required")', async () => {
    expect(
      await textsOf('duty', ['Key duties:', '* Ad hoc duties as required', '* Other ad-hoc tasks as needed', '* Any other reasonable duties commensurate with the grade', '* Support the Executive Assistant on ad-hoc tasks and initiatives', '* Managing ad hoc projects'].join('\n')),
    ).toEqual(['Support the Executive Assistant on ad-hoc tasks and initiatives', 'Managing ad hoc projects']);
  });
});

describe('names known, then what they are used for', () => {
  it('end before "for" ("Python or R for data analysis"), not inside a name ("Association for Project Management")', async () => {
    const knowledge = (t: string) => textsOf('knowledge', t);
    expect(await knowledge('Knowledge of Excel for reporting.')).toEqual(['Excel']);
    expect(await knowledge('Knowledge of Python or R for data analysis.')).toContain('R');
    expect(await knowledge('Knowledge of accounting software for small businesses.')).toEqual(['accounting software for small businesses']);
  });
});

describe('a verb whose whole object points back', () => {
  it('names no task ("… or willingness to work towards it", "… and deliver it")', async () => {
    expect(await texts('Level 3 Diploma in Health and Social Care or willingness to work towards it.')).toEqual([['qualification', 'Level 3 Diploma in Health and Social Care']]);
    expect(await texts('You will develop a plan and deliver it.')).toEqual([['duty', 'develop a plan']]);
  });
});

describe('A levels and a described setting', () => {
  it('keep the "A" of "A levels" ("Educated to A level standard"), not the article of "a Level 3 Diploma"', async () => {
    const quals = (t: string) => textsOf('qualification', t);
    expect(await quals('Educated to A level standard or equivalent.')).toEqual(['A level standard']);
    expect(await quals('A Levels in Maths and English.')).toEqual(['A Levels in Maths and English']);
    expect(await quals('A Level 3 Diploma in Health and Social Care is essential.')).toEqual(['Level 3 Diploma in Health and Social Care']);
  });

  it('keep the words describing a setting after a comma ("within a fast paced, target driven environment")', async () => {
    const a = await analyzeText('Experience of working within a fast paced, target driven environment.');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([['qualification', 'Experience of working within a fast paced, target driven environment']]);
  });
});

describe('working under someone\'s supervision to do something', () => {
  it('gives the task it is for ("… under the supervision of registered nurses to deliver patient centred care"), no reporting line', async () => {
    const duties = (t: string) => textsOf('duty', t);
    expect(await duties('You will work under the supervision of registered nurses to deliver patient centred care.')).toEqual(['deliver patient centred care']);
    expect(await duties('Reports to the Ward Manager.')).toEqual([]);
    expect(await duties('Responsibilities\n- Order stock\n- Check deliveries\n- This position will report to the Food Environment Manager.')).toEqual(['Order stock', 'Check deliveries']);
  });
});

describe('what experience is weighed against', () => {
  it('is not asked ("attitude is more important than experience"), a count below a bound still is', async () => {
    const quals = (t: string) => textsOf('qualification', t);
    expect(await quals('Experience in a similar role is desirable, but attitude is more important than experience.')).toEqual(['Experience in a similar role']);
    expect(await quals('The candidate must have less than 4 years research experience.')).toEqual(['4 years research experience']);
  });
});

describe('someone who can do, or likes doing, two things', () => {
  it('gives each ("who thrives in a fast-paced environment and loves solving problems"; "who can also work on their own")', async () => {
    const skills = (t: string) => textsOf('skill', t);
    expect(await skills("You're someone who thrives in a fast-paced environment and loves solving problems.")).toEqual(['thrives in a fast-paced environment', 'loves solving problems']);
    expect(await skills('A team player who can also work on their own.')).toEqual(['team player', 'work on their own']);
  });
});

describe('where the candidate has worked', () => {
  it('is the experience asked ("Our ideal candidate has worked in a dental practice", "You have worked in …")', async () => {
    const quals = (t: string) => textsOf('qualification', t);
    expect(await quals('Our ideal candidate has worked in a dental practice.')).toEqual(['worked in a dental practice']);
    expect(await quals('You have worked in a busy office environment.')).toEqual(['worked in a busy office environment']);
  });
});

describe('qualities sharing their head', () => {
  it('are one mention ("Excellent verbal and written communication" gave nothing alone, "written communication" in a list)', async () => {
    const skills = (t: string) => textsOf('skill', t);
    expect(await skills('Excellent verbal and written communication.')).toEqual(['verbal and written communication']);
    expect(await skills('Skills: Excellent verbal and written communication; Good IT skills')).toEqual(['verbal and written communication', 'IT skills']);
  });
});

describe('a leader, a presenter, a negotiator', () => {
  it('are qualities asked of the candidate ("You will be a strong leader"), not a post ("You will be the team leader for …")', async () => {
    const skills = (t: string) => textsOf('skill', t);
    expect(await skills('You will be a strong leader with the ability to motivate others.')).toEqual(['leader', 'ability to motivate others']);
    expect(await skills('You are a confident presenter and a skilled negotiator.')).toEqual(['presenter', 'negotiator']);
    expect(await skills('You will be the team leader for the night shift.')).toEqual([]);
  });
});

describe('a credential held "with" a profession or degree', () => {
  it('is its own ("Registered Nurse (Adult) with current NMC registration")', async () => {
    const quals = (t: string) => textsOf('qualification', t);
    expect(await quals('Registered Nurse (Adult) with current NMC registration.')).toEqual(['Registered Nurse (Adult)', 'current NMC registration']);
    expect(await quals('Degree in Nursing with NMC registration.')).toEqual(['Degree in Nursing', 'NMC registration']);
  });
});

describe('a tagger duty ending on an adjective', () => {
  it('goes on to the noun it shares ("reducing maternal | and child mortality rates")', async () => {
    const a = await analyzeText('The Officer will contribute to the overall goal of improving RMNCAH outcomes, promoting access to high-quality healthcare services, and reducing maternal and child mortality rates.');
    const duties = a.mentions.filter((m) => m.kind === 'duty').map((m) => m.text);
    expect(duties).toContain('reducing maternal and child mortality rates');
    expect(duties).not.toContain('reducing maternal');
  });
});

describe('a line of examples after a domain\'s label', () => {
  it('names tools, knowledge without the cue ("OS and I/O monitoring: e.g. vmstat iostat")', async () => {
    const a = await analyzeText('Skills\nExperience with a tool in each of the following domains is advantageous:\nOS and I/O monitoring: e.g. vmstat iostat\n');
    expect(a.mentions.filter((m) => m.text.includes('vmstat')).map((m) => [m.kind, m.text])).toEqual([['knowledge', 'vmstat iostat']]);
  });
});

describe('knowledge "with an emphasis on" or "a focus on" something', () => {
  it('ends before it, and what it names is an example of its own', async () => {
    const knowledge = (t: string) => textsOf('knowledge', t);
    expect(await knowledge('Proficiency in the use of the Microsoft Office Suite with an emphasis on PowerPoint.')).toEqual(['Microsoft Office Suite', 'PowerPoint']);
    expect(await knowledge('Knowledge of accounting with a focus on IFRS.')).toEqual(['accounting', 'IFRS']);
  });
});

describe('an experience with examples right after it', () => {
  it('ends before "such as" and reads the examples as knowledge ("Experience with networking protocols such as TCP/IP, VPN and DNS")', async () => {
    const a = await analyzeText('Experience with networking protocols such as TCP/IP, VPN and DNS.');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['qualification:Experience with networking protocols', 'knowledge:TCP/IP', 'knowledge:VPN', 'knowledge:DNS']);
  });

  it('keeps the subjects a school qualification includes ("five GCSEs including English and Maths")', async () => {
    const a = await analyzeText('Applicants must have five GCSEs including English and Maths.');
    expect(a.mentions.filter((m) => m.kind === 'qualification').map((m) => m.text)).toEqual(['five GCSEs including English and Maths']);
  });
});

describe('a graduate with a count of years', () => {
  it('gives the degree and the experience ("BSc graduate with a minimum of 2 years experience", "… with minimum of 3 years …")', async () => {
    const quals = (t: string) => textsOf('qualification', t);
    expect(await quals('BSc graduate with a minimum of 2 years experience.')).toEqual(['BSc graduate', '2 years experience']);
    expect(await quals('BSc in Accounting with minimum of 3 years relevant experience.')).toEqual(['BSc in Accounting', '3 years relevant experience']);
  });
});

describe('a quality listed with what the candidate must know', () => {
  it('is a skill, without its grade ("a good command of English and basic computer literacy")', async () => {
    const a = await analyzeText('Candidates must have a good command of English and basic computer literacy.');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['knowledge:English', 'skill:computer literacy']);
  });
});

describe('abilities named by nouns listed before a quality that closes the line', () => {
  const skills = kindsOf;

  it('are a skill each ("Good organisation and time management" gave nothing; "communication and teamwork" was one)', async () => {
    expect(await skills('Good organisation and time management.')).toEqual(['skill:organisation', 'skill:time management']);
    expect(await skills('Excellent communication and teamwork.')).toEqual(['skill:communication', 'skill:teamwork']);
    expect(await skills('Excellent organisation, communication and problem solving.')).toEqual(['skill:organisation', 'skill:communication', 'skill:problem solving']);
  });

  it('are not what is offered, nor a task in -ing, nor a list that goes on after the quality', async () => {
    expect(await skills('Excellent pension and teamwork.')).not.toContain('skill:pension');
    expect(await skills('Seeking and listening to feedback.')).not.toContain('skill:Seeking');
    expect(await skills('Good organisation and leadership of the nursing team.')).not.toContain('skill:organisation');
  });
});

describe('a quality\'s word capitalised in a list of names', () => {
  it('is a name of the list ("Knowledge of Linux, Networking and Docker" lost "Networking")', async () => {
    const a = await analyzeText('Knowledge of Linux, Networking and Docker.');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['knowledge:Linux', 'knowledge:Networking', 'knowledge:Docker']);
  });

  it('is a name of the list in lower case when it names a subject too ("Linux, networking and security": networking was a duty)', async () => {
    const a = await analyzeText('Knowledge of Linux, networking and security.');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['knowledge:Linux', 'knowledge:networking', 'knowledge:security']);
  });
});

describe('the range a task covers ("from … to …")', () => {
  it('is no task of its own ("Own services end to end, from design through to production monitoring")', async () => {
    const a = await analyzeText('What you will do\n- Own services end to end, from design through to production monitoring\n- Improve our CI/CD pipelines\n');
    expect(a.mentions.filter((m) => m.kind === 'duty').map((m) => m.text)).toEqual(['Own services end to end', 'Improve our CI/CD pipelines']);
  });
});

describe('a task done "where possible"', () => {
  it('ends before it ("Promote independence wherever possible")', async () => {
    const a = await analyzeText('Promote independence wherever possible.');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['duty:Promote independence']);
  });
});

describe('a run-on chain of purposes', () => {
  it('is read to a bounded depth, not until the stack runs out ("work with the team to work with the team to …")', async () => {
    const a = await analyzeText(`Responsibilities\nYou will ${'work with the team to '.repeat(2000)}deliver results.\n`);
    expect(a.mentions.map((m) => m.text)).toContain('work with the team');
  });
});

describe('a qualification cut before a mention inside it', () => {
  it('leaves no example cue or open bracket at its end ("… physiology (with emphasis on | the musculoskeletal system)")', async () => {
    const a = await analyzeText('The assistant will work on a background of being familiar with human anatomy and physiology (with emphasis on the musculoskeletal system) and being familiar with common medical conditions.');
    expect(a.mentions.filter((m) => m.kind === 'qualification').map((m) => m.text)).toEqual(['background of being familiar with human anatomy and physiology']);
  });
});

describe('a certification "(or ability to obtain within 30 days)"', () => {
  it('is the certification, its normalized form without the remark, and no ability of obtaining', async () => {
    const a = await analyzeText("What you'll need:\n* High school diploma or GED\n* Food handler certification (or ability to obtain within 30 days)\n");
    const food = a.mentions.filter((m) => /food|obtain/i.test(m.text));
    expect(food.map((m) => [m.kind, m.text, m.normalized])).toEqual([['qualification', 'Food handler certification', 'food handler certification']]);
  });
});

describe('two laws named in one run of capitals', () => {
  it('give one knowledge each in a single sentence too ("Knowledge of the Mental Health Act and Care Act")', async () => {
    const a = await analyzeText('Knowledge of the Mental Health Act and Care Act.');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['knowledge:Mental Health Act', 'knowledge:Care Act']);
  });
});

describe('a field named before a group of people, joined by "and" to a verb that is also a noun', () => {
  it('is one duty ("Partner with product and design teams"), not a task of designing teams', async () => {
    const a = await analyzeText('Responsibilities\nPartner with product and design teams on the roadmap\nMeet with clients and review contracts');
    expect(a.mentions.filter((m) => m.kind === 'duty').map((m) => m.text)).toEqual(['Partner with product and design teams on the roadmap', 'Meet with clients', 'review contracts']);
  });
});

describe('lines that look like tasks but set none', () => {
  it('reads no quality in a passive with an adverb ("must be submitted electronically by …")', async () => {
    expect(await textsOf('skill', 'The application in English must be submitted electronically by clicking APPLY NOW below.')).toEqual([]);
    expect(await textsOf('skill', 'Requirements\nYou must be highly motivated and organised.')).toEqual(['motivated', 'organised']);
  });
  it('reads the qualities the employer expects the candidate to be ("We expect you to be proactive, structured …")', async () => {
    expect(await textsOf('skill', 'We expect you to be proactive, structured and reliable.')).toEqual(['proactive', 'structured', 'reliable']);
  });
  it('reads no quality in a word that names the kind of post ("looking for an embedded SW engineer")', async () => {
    expect(await textsOf('skill', 'We are looking for an embedded SW engineer on senior level.')).toEqual([]);
    expect(await textsOf('skill', 'We seek dynamic and inspirational Chemistry teachers.')).toEqual(['dynamic', 'inspirational']);
  });
  it('reads nothing in a word on accommodations for applying ("… feel comfortable disclosing this please let us know")', async () => {
    expect(await kindsOf('If you need any specific accommodations (tools time etc.) and feel comfortable disclosing this please let us know.')).toEqual([]);
  });
  it('reads no duty in a question about the posting ("Sounds like a dream come true?")', async () => {
    expect(await textsOf('duty', 'Responsibilities\nDesign APIs for partners.\nSounds like a dream come true?')).toEqual(['Design APIs for partners']);
  });
  it('reads no duty in a field of study before its degree ("Engineering degree", "Nursing degree required")', async () => {
    const a = await analyzeText('Responsibilities\nNursing degree required.\nManage the budget.');
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toEqual(['qualification:Nursing degree', 'duty:Manage the budget']);
  });
});

describe('an amount of experience without a number', () => {
  it('is a qualification from its amount ("several years of experience in DevOps"), not the employer\'s ("With many years of experience, we …")', async () => {
    expect(await textsOf('qualification', 'We expect several years of experience in DevOps.')).toEqual(['several years of experience in DevOps']);
    expect(await textsOf('qualification', 'We expect some years of experience and a proven track record as TechOps Engineer.')).toEqual(['some years of experience']);
    expect(await textsOf('qualification', 'With many years of experience, we help clients grow.')).toEqual([]);
    expect(await textsOf('qualification', 'We expect a few years of experience in DevOps.')).toEqual(['a few years of experience in DevOps']);
    expect(await textsOf('qualification', "Our care comes from our founders' many years of experience.")).toEqual([]);
  });
});

describe('a count of years written twice, in figures and in words', () => {
  it('is one count of the qualification ("3 (three) years of relevant professional experience", "Two (2) years")', async () => {
    const a = await analyzeText('Job Requirements\n3 (three) years of relevant professional experience in a similar position\nTwo (2) years experience in sales');
    expect(a.mentions.map((m) => [m.kind, m.text, m.qualification?.minYears])).toEqual([
      ['qualification', '3 (three) years of relevant professional experience in a similar position', 3],
      ['qualification', 'Two (2) years experience in sales', 2],
    ]);
  });
});

describe("a job board's count field run on after a requirement", () => {
  it('ends the requirement before it ("… basic computer skills Qty: 3 …")', async () => {
    const a = await analyzeText('Job Requirement Qualification: Bachelor’s Degree in Music Related work Experience: Knowledge of basic computer skills Qty: 3 Fluency in both spoken and written English');
    expect(a.mentions.some((m) => /Qty/.test(m.text))).toBe(false);
    expect(a.mentions.map((m) => `${m.kind}:${m.text}`)).toContain('skill:computer skills');
  });
});

describe('tasks of shops, kitchens and wards', () => {
  it('are read by their verbs ("Prep vegetables", "fry chips", "Reposition patients")', async () => {
    expect(await textsOf('duty', 'Duties\nPrep vegetables and fry chips\nReposition patients every two hours\nUnpack deliveries and pour drinks')).toEqual([
      'Prep vegetables', 'fry chips', 'Reposition patients every two hours', 'Unpack deliveries', 'pour drinks',
    ]);
  });
  it('reads no task in the gerunds listed after "by" ("Supports residents at mealtimes by cutting, serving and plating food, …")', async () => {
    const ds = await textsOf('duty', 'Responsibilities\nSupports residents at mealtimes by cutting, serving and plating food, clears tables, and washes dishes');
    expect(ds).toEqual(['Supports residents at mealtimes', 'clears tables', 'washes dishes']);
  });
});


describe('a qualification added to another with a graded article ("… and a good honours degree")', () => {
  it('is its own mention, the grade left out', async () => {
    expect(await textsOf('qualification', 'Requirements\n- Qualified Teacher Status (QTS) and a good honours degree\n- HCPC registration and a relevant degree')).toEqual([
      'Qualified Teacher Status (QTS)', 'honours degree', 'HCPC registration', 'degree',
    ]);
  });
});

describe('a licence or certificate asked as a plus in prose', () => {
  it('is a qualification ("A counterbalance forklift licence would be beneficial", "… is an advantage")', async () => {
    expect(await textsOf('qualification', 'Warehouse Operative\n\nWe are hiring pickers. A reach truck licence would be beneficial.')).toEqual(['reach truck licence']);
    expect(await textsOf('qualification', 'Site Labourer\n\nWe are hiring labourers for a new build site. A CSCS card is an advantage.')).toEqual(['CSCS card']);
  });
});

describe('areas of a job description named like requirements ("Education and Training", "Research and Audit")', () => {
  it('keep their duties written as purposes, numbered or not', async () => {
    const jd = 'Key responsibilities\nClinical care\nTo assess and treat patients on the ward.\nEducation and Training\nTo teach students on placement.\nResearch and Audit\nTo take part in clinical audits.\n\nPerson specification\nEducation\nDegree in Physiotherapy';
    expect(await texts(jd)).toEqual([
      ['duty', 'assess and treat patients on the ward'],
      ['duty', 'teach students on placement'],
      ['duty', 'take part in clinical audits'],
      ['qualification', 'Degree in Physiotherapy'],
    ]);
    const numbered = 'Main duties\n1. Clinical\n1.1 To run weekly clinics for patients with leg ulcers.\n2. Education\n2.1 To train link nurses in wound assessment.\n2.2 To deputise for the team lead.';
    expect(await textsOf('duty', numbered)).toEqual(['run weekly clinics for patients with leg ulcers', 'train link nurses in wound assessment', 'deputise for the team lead']);
  });
  it('keep their duties when half are purposes and the rest tasks in the imperative', async () => {
    const jd = 'Job responsibilities\nClinical\nTo assess patients with complex needs.\nEducation\nTo deliver in-service training to the team.\nMaintain continuing professional development.';
    expect(await textsOf('duty', jd)).toEqual(['assess patients with complex needs', 'deliver in-service training to the team', 'Maintain continuing professional development']);
  });
});

describe('"Competent" before skills', () => {
  it('is how well, left out as "Good" is ("Competent IT skills")', async () => {
    const [m] = (await analyzeText('Skills\n- Competent IT skills')).mentions;
    expect([m.kind, m.text, m.normalized]).toEqual(['skill', 'IT skills', 'it skills']);
  });
});

describe('qualities and skills listed by commas alone', () => {
  it('share no head noun with the last one ("telephone manner, resilience, IT skills")', async () => {
    expect(await textsOf('skill', 'Key skills: a warm telephone manner, patience, IT skills, the ability to multitask')).toEqual(['warm telephone manner', 'patience', 'IT skills', 'ability to multitask']);
  });
  it('are a list even when a full stop closes it ("Key skills: …, the ability to multitask.")', async () => {
    expect(await textsOf('skill', 'Key skills: good IT skills, patience, the ability to multitask.')).toEqual(['IT skills', 'patience', 'ability to multitask']);
  });
});

describe('the last part of a semicolon list, opened by "and"', () => {
  it('is read without it ("…; and build relationships with …")', async () => {
    expect(await textsOf('duty', 'You will review tenancy files; draft letters to tenants; and build links with local charities.')).toEqual([
      'review tenancy files', 'draft letters to tenants', 'build links with local charities',
    ]);
  });
});

describe('an -ing word naming one of a list after a preposition', () => {
  it('is no task of its own ("with local authorities, housing associations and government departments")', async () => {
    expect(await textsOf('duty', 'Responsibilities\n- Build links with local authorities, housing associations and voluntary groups\n- Plan visits to schools, nursing homes and day centres')).toEqual([
      'Build links with local authorities, housing associations and voluntary groups', 'Plan visits to schools, nursing homes and day centres',
    ]);
  });
});

describe('an ability followed by "and a … attitude / approach"', () => {
  it('ends before it, the disposition a skill of its own', async () => {
    expect(await textsOf('skill', 'Requirements\n- A willingness to learn and a can-do attitude\n- Ability to work alone and a flexible approach')).toEqual([
      'willingness to learn', 'can-do attitude', 'Ability to work alone', 'flexible approach',
    ]);
  });
});

describe('a clean driving record asked of the candidate', () => {
  it('is a qualification, as the licence is', async () => {
    expect(await texts('Requirements\n- A clean driving record')).toEqual([['qualification', 'clean driving record']]);
  });
});

describe('a quality word before a skill', () => {
  it('is how the skill is had, no quality of its own ("Meticulous attention to detail"), unless the skill names the person ("Enthusiastic team player")', async () => {
    expect(await textsOf('skill', 'Requirements\n- Meticulous attention to detail')).toEqual(['attention to detail']);
    expect(await textsOf('skill', 'Requirements\n- Enthusiastic team player')).toEqual(['Enthusiastic', 'team player']);
  });
});

describe('names listed in a bracket that closes a mention', () => {
  it('are examples, each its own knowledge, no part of the span ("Experience with cloud platforms (AWS, Azure)")', async () => {
    expect(await texts('Requirements\n- Experience with message brokers (Kafka, RabbitMQ)')).toEqual([
      ['qualification', 'Experience with message brokers'], ['knowledge', 'Kafka'], ['knowledge', 'RabbitMQ'],
    ]);
  });
  it('stay when they are no mentions of their own ("Registered Mental Health Nurse (RMN)")', async () => {
    expect(await textsOf('qualification', 'Requirements\n- Registered Mental Health Nurse (RMN)')).toEqual(['Registered Mental Health Nurse (RMN)']);
  });
});

describe('Indian degrees and a job board\'s category fields', () => {
  it('reads "B.Tech", "MCA" as degrees and "Role Category: …", "Industry Type: …" as no requirement', async () => {
    const a = await analyzeText('Desired Candidate Profile\nGood knowledge of Hibernate\nIndustry Type: IT Services & Consulting\nRole Category: Software Development\nEducation\nUG: B.Tech in Any Specialization\nPG: MCA in Computers');
    expect(a.mentions.map((m) => [m.kind, m.text])).toEqual([
      ['knowledge', 'Hibernate'], ['qualification', 'B.Tech in Any Specialization'], ['qualification', 'MCA in Computers'],
    ]);
  });
});

describe('what an Australian retail posting asks of its candidates', () => {
  it('gives no skill for availability or working rights, and a qualification for a Working with Children Check', async () => {
    expect(await texts('About you\n- Availability on weekends and school holidays\n- Must have full working rights in Australia\n- Current Working with Children Check\n- Previous retail experience')).toEqual([
      ['qualification', 'Current Working with Children Check'], ['qualification', 'retail experience'],
    ]);
  });
});

describe('an -ing word before "skills" opening a line of duties', () => {
  it('names the skill, no task ("Driving skills to travel between community locations")', async () => {
    expect(await texts('Physical skills\nDriving skills to travel between clinics.')).toEqual([['skill', 'Driving skills']]);
  });
});

describe('two requirements after an inline heading, a pipe between them', () => {
  it('are two items ("Qualifications: BSc Mathematics | Google Data Analytics Certificate")', async () => {
    expect(await textsOf('qualification', 'Qualifications: BSc Chemistry | Food Hygiene Level 2 certificate')).toEqual(['BSc Chemistry', 'Food Hygiene Level 2 certificate']);
  });
});

describe('"budget" and "code" after "and"', () => {
  it('open the nouns of a list ("… suppliers and budget holders", "… ceremonies and code reviews"), no second task', async () => {
    expect(await textsOf('skill', 'Requirements\n- Confident communicating with suppliers and budget holders')).toEqual(['communicating with suppliers and budget holders']);
    expect(await textsOf('duty', 'Responsibilities\n- Take part in sprint planning and code reviews')).toEqual(['Take part in sprint planning and code reviews']);
  });
});

describe('a certificate named after a count of years and a comma', () => {
  it('is its own qualification ("2 years\' experience as a Sous Chef, Level 3 Food Hygiene, …")', async () => {
    expect(await textsOf('qualification', "Chef de Partie\n\nYou'll have at least 2 years' experience as a Chef de Partie or strong Commis Chef, Level 2 Food Safety, and a love of fresh food.")).toEqual([
      "2 years' experience as a Chef de Partie or strong Commis Chef", 'Level 2 Food Safety',
    ]);
  });
});

describe('-ing words with no object closing a preposition\'s list of nouns', () => {
  it('stay in that task, the task after "and" its own ("helping with personal care, cooking and budgeting, and accompanying …")', async () => {
    expect(await textsOf('duty', 'Support Worker\n\nYou will support older people to stay in their homes, helping with personal hygiene, meals, shopping and budgeting, and escorting them to appointments.')).toEqual([
      'support older people', 'helping with personal hygiene, meals, shopping and budgeting', 'escorting them to appointments',
    ]);
  });
});

describe('"IT" after a knowledge cue', () => {
  it('is the acronym, no pronoun pointing back ("Knowledge of IT security principles")', async () => {
    expect(await texts('Requirements\n- Knowledge of IT service management')).toEqual([['knowledge', 'IT service management']]);
  });
});

describe('an experience that only says what it includes', () => {
  it('is no qualification ("Specialized experience includes: …")', async () => {
    expect(await textsOf('qualification', 'Qualifications\nQualifying experience includes: auditing payroll records; preparing tax returns.')).toEqual([]);
  });
});

describe('an experience field whose value asks for the experience itself', () => {
  it('gives the value\'s qualification, without its label or "at or equivalent to …" ("Specialized Experience: You must have one year …")', async () => {
    expect(await textsOf('qualification', 'Qualifications\nSpecialized Experience: You must have one year of specialized experience at or equivalent to the GS-9 grade level in the Federal service.')).toEqual([
      'one year of specialized experience',
    ]);
  });
});

describe('a heading that says who fits ("You might be a fit if you:")', () => {
  it('opens what the candidate is asked for', async () => {
    expect(await texts('The role\nYou will run onboarding calls.\n\nYou might be a fit if you:\n- have 3+ years in account management\n- are organised and curious')).toEqual([
      ['duty', 'run onboarding calls'], ['qualification', '3+ years in account management'], ['skill', 'organised'], ['skill', 'curious'],
    ]);
  });
});

describe("a qualification's fields in single sentences of an advert", () => {
  /** Each qualification's text with its certification and field of study. */
  const fieldsOf = async (text: string) =>
    (await analyzeText(text)).mentions.filter((m) => m.kind === 'qualification').map((m) => [m.text, m.qualification?.certification ?? '', m.qualification?.field ?? '']);

  it('names a registration or membership by the body named after it ("registered with the HCPC" is the HCPC registration)', async () => {
    expect(await fieldsOf('The post holder must be registered with the HCPC.')).toEqual([['registered with the HCPC', 'hcpc registration', '']]);
    expect(await fieldsOf('You must hold current registration with the Nursing and Midwifery Council.')).toEqual([
      ['current registration with the Nursing and Midwifery Council', 'nursing and midwifery council registration', ''],
    ]);
    expect(await fieldsOf('Membership of the CIPD is desirable.')).toEqual([['Membership of the CIPD', 'cipd membership', '']]);
  });

  it('names a certificate written in capitals by itself, not by the lower-case words before it', async () => {
    expect(await fieldsOf('Demonstrable experience of project management using PRINCE2 or Agile methodologies.')).toEqual([
      ['experience of project management using PRINCE2 or Agile methodologies', 'prince2', ''],
    ]);
  });

  it("ends a degree's field before \"and\" opens another thing asked for", async () => {
    expect((await fieldsOf('You must hold a Level 3 Diploma in Childcare and an Enhanced DBS check.'))[0]).toEqual(['Level 3 Diploma in Childcare', 'level 3 diploma in childcare', 'childcare']);
    expect((await fieldsOf('Degree in Computer Science and Engineering required.'))[0][2]).toBe('computer science and engineering');
  });
});

describe('an ability with an adverb of frequency before its verb ("able to once in a while handle …")', () => {
  it('is the whole ability, read from its verb, not an ability cut at "while"', async () => {
    const a = await analyzeText('You thrive with and are able to once in a while handle short term deadlines.\n');
    expect(a.mentions.map((m) => [m.kind, m.text, m.normalized])).toEqual([['skill', 'able to once in a while handle short term deadlines', 'handling short term deadlines']]);
    // "while" still ends an ability where it opens a clause.
    expect(await textsOf('skill', 'Ability to work alone while supervising two junior staff.\n')).toEqual(['Ability to work alone']);
  });
});

describe('what the candidate is said to look for ("If you are looking for an environment that …")', () => {
  it('is what the employer offers, no quality of the candidate; what the employer looks for still is', async () => {
    expect(await textsOf('skill', 'If you are looking for an environment that embraces your ambition, join us.\n')).toEqual([]);
    expect(await textsOf('skill', 'Are you looking for a new challenge? We are seeking a motivated nurse.\n')).toEqual(['motivated']);
  });
});

describe('an Ethiopian job board\'s requirement fields', () => {
  it('ends a count of years before ", Out of which …" and reads a heading\'s list of credential words as none', async () => {
    const a = await analyzeText(
      [
        'Legal Officer',
        '',
        'Job Requirements',
        'Experience : 9 years, Out of which 3 years in senior position.',
        'Required Education, training, license, registration, and certification.',
        'BA/BSc Degree in Social science',
      ].join('\n'),
    );
    expect(a.mentions.filter((m) => m.kind === 'qualification').map((m) => m.text)).toEqual(['9 years', '3 years in senior position', 'BA/BSc Degree in Social science']);
  });
});

describe('the groups of a person specification ranked by "Essential" and "Desirable"', () => {
  const spec = 'Person Specification\nQualifications\nEssential\nDegree in Nursing\nDesirable\nMentorship qualification\nEducation and Training\nEssential\nNVQ Level 3\nExperience\nEssential\nExperience of working in a hospital\nSkills\nDesirable\nExcellent IT skills';
  it('keep the kind of the group above them ("Qualifications" then names credentials)', async () => {
    const { segmented } = await analyzeText(spec);
    expect(segmented.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['Person Specification', 'requirements'],
      ['Qualifications', 'education'],
      ['Essential', 'education'],
      ['Desirable', 'education'],
      ['Education and Training', 'education'],
      ['Essential', 'education'],
      ['Experience', 'experience'],
      ['Essential', 'experience'],
      ['Skills', 'skills'],
      ['Desirable', 'skills'],
    ]);
  });
  it('"Education and Training" is a heading there, no qualification', async () => {
    expect(await textsOf('qualification', spec)).toEqual(['Degree in Nursing', 'Mentorship qualification', 'NVQ Level 3', 'Experience of working in a hospital']);
  });
  it('a "Qualifications" heading over a list of its own stays a list of what is asked', async () => {
    const { segmented } = await analyzeText('Qualifications\n- Degree in Nursing\n- Good IT skills');
    expect(segmented.sections.map((s) => s.kind)).toEqual(['requirements']);
  });
});

describe('the level of an awarding body the lexicon does not know, named by its letters', () => {
  it('is one qualification ("ILM Level 5 in Leadership and Management"), a known body\'s level stays its own', async () => {
    const spec = 'Qualifications\n- ILM Level 5 in Leadership and Management\n- NVQ Level 3 in Business Administration';
    expect(await texts(spec)).toEqual([
      ['qualification', 'ILM Level 5 in Leadership and Management'],
      ['qualification', 'NVQ Level 3 in Business Administration'],
    ]);
  });
});

describe('a rule whose name joins two nouns by "and"', () => {
  it('stays one duty after "compliance with" ("infection prevention and control policies")', async () => {
    expect(await textsOf('duty', 'Responsibilities\n- Ensure compliance with infection prevention and control policies')).toEqual(['Ensure compliance with infection prevention and control policies']);
  });
});

describe('a degree in prose that the posting would welcome', () => {
  it('is asked for ("A diploma in asthma management would be an advantage")', async () => {
    const posting = 'Practice Nurse\nWe are a friendly practice. A diploma in asthma management would be an advantage.';
    expect(await textsOf('qualification', posting)).toEqual(['diploma in asthma management']);
  });
});

describe('an adjective of a noun before the post sought ("occupational", "mental")', () => {
  it('names the post\'s field, no quality; a quality before it, and one the lexicon lists, stay', async () => {
    expect(await textsOf('skill', 'Are you a compassionate occupational therapist looking for your next challenge?')).toEqual(['compassionate']);
    expect(await textsOf('skill', 'Are you an enthusiastic mental health nurse?')).toEqual(['enthusiastic']);
    expect(await textsOf('skill', 'We seek dynamic and inspirational Chemistry teachers.')).toEqual(['dynamic', 'inspirational']);
  });
});

describe('a quality before a registered profession', () => {
  it('is no word of the qualification ("a motivated registered nurse")', async () => {
    expect(await texts('Are you a motivated registered nurse?')).toEqual([
      ['skill', 'motivated'],
      ['qualification', 'registered nurse'],
    ]);
  });
});

describe('-ing clauses joined by "and" after a task whose object holds a list', () => {
  it('are tasks ("…, completing assessments and delivering interventions"), not when the -ing word is a noun ("branding and marketing")', async () => {
    const posting = 'Main duties\nYou will carry a caseload of service users with severe and enduring mental illness, completing assessments and delivering group and individual interventions.';
    expect(await textsOf('duty', posting)).toEqual(['carry a caseload of service users with severe and enduring mental illness', 'completing assessments', 'delivering group and individual interventions']);
    const noun = 'Duties\n- Oversee the development of communication strategies and materials, complying with donor and agency branding and marketing requirements';
    expect(await textsOf('duty', noun)).toEqual(['Oversee the development of communication strategies and materials']);
  });
});

describe('tools given as examples with their article', () => {
  it('are knowledge of their own ("such as the MOHOST and the OSA")', async () => {
    expect(await textsOf('knowledge', 'Duties\nTo use specialist assessment tools such as the MOHOST and the OSA to inform treatment planning.')).toEqual(['MOHOST', 'OSA']);
  });
});

describe('a role named in the plural, without an article, as the subject', () => {
  it('does the task ("Healthcare Assistants provide personal care …"); an imperative line stays one', async () => {
    const posting = 'Main duties of the job\nHealthcare Assistants provide personal care to patients under the supervision of a registered nurse.';
    expect(await textsOf('duty', posting)).toEqual(['provide personal care to patients under the supervision of a registered nurse']);
    expect(await textsOf('duty', 'Duties\n- Manage engineers and analysts across two sites')).toEqual(['Manage engineers and analysts']);
  });
});

describe('a product named after its maker or platform', () => {
  it('is one name with the words of its part or edition ("Google Play Console", "Android SDK"), not two', async () => {
    const posting = 'Requirements\n- Experience with the Android SDK\n- Experience with Google Play Console\n- Experience with Python Django';
    expect(await textsOf('knowledge', posting)).toEqual(['Android SDK', 'Google Play Console', 'Python', 'Django']);
  });
});

describe('"attention to detail" after a passion', () => {
  it('is a skill of its own ("A passion for great user experience and attention to detail")', async () => {
    expect(await textsOf('skill', 'Requirements\n- A passion for great user experience and attention to detail')).toEqual(['passion for great user experience', 'attention to detail']);
  });
});

describe('experience asked for a workplace named after it', () => {
  it('is asked ("Xero experience for their busy accountancy practice"); the reason for a licence is no part of it', async () => {
    expect(await textsOf('qualification', 'Our client is seeking a bookkeeper with Xero experience for their busy accountancy practice.')).toEqual(['Xero experience']);
    expect(await textsOf('qualification', 'You must have a full UK driving licence due to the travelling nature of the role.')).toEqual(['full UK driving licence']);
  });
});

describe('"ready to take the next step"', () => {
  it('is the candidate\'s move, no skill', async () => {
    expect(await texts('Are you an experienced retail supervisor ready to take the next step?')).toEqual([]);
  });
});

describe('a line of a list of credentials that only names something', () => {
  it('is one qualification ("Prince2 Foundation", "Advanced Life Support (ALS) provider"); a subject or a tool stays knowledge', async () => {
    const posting = [
      'Person Specification',
      'Qualifications',
      'Essential',
      'GCSE English and Maths at grade C or above',
      'RSA III typing or equivalent',
      'Willingness to undertake further training',
      'Desirable',
      'Prince2 Foundation',
      'Advanced Life Support (ALS) provider',
      'Project management',
      'Excel',
    ].join('\n');
    expect(await texts(posting)).toEqual([
      ['qualification', 'GCSE English and Maths at grade C or above'],
      ['qualification', 'RSA III typing'],
      ['skill', 'Willingness to undertake further training'],
      ['qualification', 'Prince2 Foundation'],
      ['qualification', 'Advanced Life Support (ALS) provider'],
      ['knowledge', 'Project management'],
      ['knowledge', 'Excel'],
    ]);
  });
});

describe('work the candidate is asked to have done', () => {
  it('is experience, one qualification a task ("candidates who have managed a team …"); abilities grown are skills', async () => {
    expect(await textsOf('qualification', 'We are looking for candidates who have managed a team of at least five people.')).toEqual(['managed a team of at least five people']);
    expect(await textsOf('qualification', 'Ideally you will have led a small team and delivered projects on time and within budget.')).toEqual(['led a small team', 'delivered projects on time and within budget']);
    expect(await textsOf('qualification', 'The applicant is expected to have conducted theoretical work on music cognition.')).toEqual(['conducted theoretical work on music cognition']);
    expect(await texts('You have developed some amazing technical skills.')).toEqual([['skill', 'technical skills']]);
  });

  it('ends where "and" opens what the candidate knows ("… and know what it takes to deliver")', async () => {
    expect(await textsOf('qualification', 'You have led complex engineering efforts and know what it takes to deliver.')).toEqual(['led complex engineering efforts']);
    expect(await textsOf('qualification', 'You have experience in retail and understand how to manage stock.')).toEqual(['experience in retail']);
  });
});

describe('a subject\'s level "qualified in" it', () => {
  it('is one qualification ("Level 3 qualified in Childcare")', async () => {
    expect(await textsOf('qualification', 'Applicants should be Level 3 qualified in Childcare and have a paediatric first aid certificate.')).toEqual([
      'Level 3 qualified in Childcare',
      'paediatric first aid certificate',
    ]);
  });
});

describe('a qualification given as the example of a general one', () => {
  it('is a qualification of its own ("a good standard of education including GCSE Maths and English")', async () => {
    expect(await texts('You will possess a good standard of education including GCSE Maths and English at grade C or above.')).toEqual([
      ['qualification', 'standard of education'],
      ['qualification', 'GCSE Maths and English at grade C or above'],
    ]);
  });
});

describe('what the person sought can do', () => {
  it('is a skill after what describes them ("someone with strong leadership skills who can …", "… and can multitask")', async () => {
    expect(await textsOf('skill', 'We need someone with strong leadership skills who can motivate and develop a team.')).toEqual(['leadership skills', 'motivate and develop a team']);
    expect(await textsOf('skill', 'The role requires someone who is highly organised, has excellent time management and can multitask.')).toEqual(['organised', 'time management', 'multitask']);
    expect(await texts('We want someone who can start immediately.')).toEqual([]);
  });

  it('ends before the sentence\'s own verb ("Candidates who can work to tight deadlines are encouraged to apply")', async () => {
    expect(await textsOf('skill', 'Candidates who can work to tight deadlines are encouraged to apply.')).toEqual(['work to tight deadlines']);
  });
});

describe('experience a qualified person brings "with" a modifier', () => {
  it('is its own qualification ("a qualified accountant (ACA, ACCA or CIMA) with post-qualification experience in practice")', async () => {
    expect(await textsOf('qualification', "You'll be a qualified accountant (ACA, ACCA or CIMA) with post-qualification experience in practice.")).toEqual([
      'qualified accountant (ACA, ACCA or CIMA)',
      'post-qualification experience in practice',
    ]);
  });
});

describe('what the role\'s scope adds after a subject known', () => {
  it('is no part of it ("Knowledge of NICE guidelines relevant to the role")', async () => {
    expect(await textsOf('knowledge', 'Knowledge\nEssential\n- Knowledge of NICE guidelines relevant to the role\n- Understanding of the principles of clinical governance')).toEqual([
      'NICE guidelines',
      'principles of clinical governance',
    ]);
  });
});

describe('an -ing word that is mostly a noun after "and", before a preposition', () => {
  it('is more of the object, no task ("Providing education and training to staff"); with an object it is a task', async () => {
    expect(await textsOf('duty', 'Duties\n- Providing education and training to staff in primary care')).toEqual(['Providing education and training']);
    expect(await textsOf('duty', 'Duties\n- Planning events and training new staff')).toEqual(['Planning events', 'training new staff']);
  });
});

describe('a list line that opens with having experience graded', () => {
  it('names the experience without the verb or the grade ("Have previous warehouse experience")', async () => {
    expect(await textsOf('qualification', 'The ideal candidate will:\n- Have previous warehouse experience\n- Be reliable and punctual')).toEqual(['warehouse experience']);
  });
});

describe('experience a posting says the candidate does not need', () => {
  it('is waived, no qualification ("You don\'t need experience as full training is provided")', async () => {
    expect(await textsOf('qualification', "You don't need experience as full training is provided. A full UK driving licence would be an advantage.")).toEqual(['full UK driving licence']);
  });
});

describe('a verb of liking alone', () => {
  it('is no skill; what is liked is ("… and enjoy mentoring junior engineers")', async () => {
    const skills = await textsOf('skill', 'About you\nYou care about code quality, write thorough tests and enjoy mentoring junior engineers.');
    expect(skills).toContain('mentoring junior engineers');
    expect(skills).not.toContain('enjoy');
  });
});

describe('a verdict after a qualification whose last word holds its letters', () => {
  it('is cut at the word, not inside it ("… Health and Social Care desirable")', async () => {
    expect(await textsOf('qualification', 'Care Assistant • Providing personal care to residents • NVQ Level 2 in Health and Social Care desirable • Must be caring and reliable')).toEqual([
      'NVQ Level 2 in Health and Social Care',
    ]);
  });
});

describe('"patient" inside a list of qualities the candidate must be', () => {
  it('is a quality ("Must be caring, patient and reliable")', async () => {
    expect(await textsOf('skill', 'Must be caring, patient and reliable.')).toEqual(['caring', 'patient', 'reliable']);
  });
});

describe('"is highly preferable" after a requirement', () => {
  it('is the posting\'s verdict, no part of it', async () => {
    expect(await textsOf('qualification', 'Requirements\n- Experience in private school is highly preferable')).toEqual(['Experience in private school']);
  });
});

describe('a language written in lower case, listed with a skill', () => {
  it('is a name of its own ("a good command of english and basic computer literacy")', async () => {
    expect(await texts('It is mandatory for prospective candidates to have a good command of english and basic computer literacy.')).toEqual([
      ['knowledge', 'english'],
      ['skill', 'computer literacy'],
    ]);
  });
});

describe('a certificate a card holder has "with" it', () => {
  it('is its own qualification ("CSCS card holder with SSSTS or SMSTS")', async () => {
    expect(await textsOf('qualification', 'Ideally you will be CSCS card holder with SSSTS or SMSTS.')).toEqual(['CSCS card', 'SSSTS or SMSTS']);
  });
});

describe('own transport', () => {
  it('is a condition of the post, no duty or skill ("Own transport essential"); owning a task is one', async () => {
    expect(await texts('Own transport essential.')).toEqual([]);
    expect(await texts('Requirements\n- Access to own vehicle\n- Full UK driving licence')).toEqual([['qualification', 'Full UK driving licence']]);
    expect(await textsOf('duty', 'Responsibilities\n- Own the product roadmap')).toEqual(['Own the product roadmap']);
  });
});

describe('ad hoc tasks of a kind, as required', () => {
  it('are a catch-all line, no duty ("Ad hoc administrative tasks as required")', async () => {
    expect(await textsOf('duty', 'Key responsibilities:\n* Greeting visitors\n* Ad hoc administrative tasks as required')).toEqual(['Greeting visitors']);
  });
});

describe('a product a task is done with', () => {
  it('is knowledge of its own ("Process invoices on Sage 200", "Maintain records in SystmOne"); a team\'s name is not', async () => {
    expect(await textsOf('knowledge', 'Responsibilities\n- Process invoices on Sage 200\n- Maintain records in SystmOne')).toEqual(['Sage 200', 'SystmOne']);
    expect(await textsOf('knowledge', 'Responsibilities\n- Closely collaborate with DevOps Engineers and Data Scientists')).toEqual([]);
  });
});

describe('a name joined after a known tool', () => {
  it('is knowledge of its own, in a task too ("Build data pipelines in Apache Spark and Airflow")', async () => {
    expect(await textsOf('knowledge', 'Your tasks\n- Build data pipelines in Apache Spark and Airflow')).toEqual(['Apache Spark', 'Airflow']);
  });
});

describe('"their activities of daily living"', () => {
  it('is the object of a task, not a pointer back to duties named before', async () => {
    expect(await textsOf('duty', 'Duties\n- Assist patients with their activities of daily living including washing, dressing and eating')).toEqual([
      'Assist patients with their activities of daily living',
      'washing',
      'dressing',
      'eating',
    ]);
  });
});

describe('an area of duties named like a need', () => {
  it('is duties when its lines are tasks ("2. Education", "3. Research and audit" under "Key Result Areas")', async () => {
    const posting = [
      'Key Result Areas',
      '1. Clinical',
      '1.1 Undertake holistic assessments of patients referred to the service.',
      '2. Education',
      '2.1 Design and deliver tissue viability training for registered and unregistered staff.',
      '3. Research and audit',
      '3.1 Keep up to date with current research and evidence-based practice.',
    ].join('\n');
    expect(await texts(posting)).toEqual([
      ['duty', 'Undertake holistic assessments of patients referred to the service'],
      ['duty', 'Design and deliver tissue viability training for registered and unregistered staff'],
      ['duty', 'Keep up to date with current research and evidence-based practice'],
    ]);
    // (Lines of skills that open with a verb are no duties.)
    expect(await textsOf('duty', 'Responsibilities\n- Manage the team rota\nSkills\n- Communicate clearly with patients\n- Work well under pressure')).toEqual([
      'Manage the team rota',
    ]);
  });
});

describe('a role described by a relative clause', () => {
  it('lists its tasks after "which includes" or "that involves"', async () => {
    expect(await textsOf('duty', 'This is a varied role which includes managing the office diary and booking travel.')).toEqual([
      'managing the office diary',
      'booking travel',
    ]);
    expect(await textsOf('duty', 'You will join us in a role that involves processing invoices and reconciling supplier statements.')).toEqual([
      'processing invoices',
      'reconciling supplier statements',
    ]);
    // (What "This" stands for is not read: after an offer it is the offer.)
    expect(await textsOf('duty', 'We offer a generous package. This includes a contributory pension and private healthcare.')).toEqual([]);
  });
});

describe('products given in brackets as examples of their kind', () => {
  it('are knowledge of their own, though each is a word too ("frameworks (e.g. React, Vue or Angular)")', async () => {
    expect(await textsOf('knowledge', 'Experience with front-end frameworks (e.g. React, Vue or Angular) is a plus.')).toEqual(['React', 'Vue', 'Angular']);
    // (A run of capitalised words that lost its commas is not taken for one name.)
    expect(await textsOf('knowledge', 'Experience working with distributed computing frameworks (e.g. Spark Presto) is a plus.')).not.toContain('Spark Presto');
  });
});

describe('processes named by nouns after a task and its object', () => {
  it('are duties of their own ("answering calls, data entry and filing")', async () => {
    expect(await textsOf('duty', 'Your day will include answering calls, data entry and filing.')).toEqual(['answering calls', 'data entry', 'filing']);
    expect(await textsOf('duty', 'Key duties: processing invoices, bank reconciliations, credit control and month end reporting.')).toEqual([
      'processing invoices',
      'bank reconciliations',
      'credit control',
      'month end reporting',
    ]);
    expect(await textsOf('duty', 'Main tasks: picking and packing orders, loading vans, stock rotation.')).toEqual(['picking and packing orders', 'loading vans', 'stock rotation']);
  });

  it('are more of the object when they are what the task handles', async () => {
    for (const line of [
      'Your role will include processing invoices, expenses and receipts.',
      'Responsibilities include providing support, advice and guidance to tenants.',
      'Duties: handling enquiries, bookings and cancellations.',
      'Duties include managing the team, recruitment and training.',
    ]) {
      expect(await textsOf('duty', line)).toHaveLength(1);
    }
  });
});

describe('abilities asked one after another', () => {
  it('are one skill each, the next cue opening the next ("the confidence to …, and the patience to …")', async () => {
    expect(await textsOf('skill', 'You will have the confidence to challenge others and the patience to explain complex issues.')).toEqual([
      'confidence to challenge others',
      'patience to explain complex issues',
    ]);
    expect(await textsOf('skill', 'You must be able to keep lots of balls in the air, to be able to keep a cool head in stressful situations.')).toEqual([
      'able to keep lots of balls in the air',
      'able to keep a cool head in stressful situations',
    ]);
  });

  it('include a quality the candidate has for a purpose ("the resilience to thrive …")', async () => {
    expect(await textsOf('skill', 'You will have the resilience to thrive in a fast-paced environment.')).toEqual(['resilience to thrive in a fast-paced environment']);
  });
});

describe('a task listed after one that follows a rule', () => {
  it('is a task of its own ("administer medicines in line with Trust policy, maintain accurate records and …")', async () => {
    expect(await textsOf('duty', 'You will administer medicines in line with Trust policy, maintain accurate records and supervise students.')).toEqual([
      'administer medicines',
      'maintain accurate records',
      'supervise students',
    ]);
    // (A noun joined inside the rule's name stays in it.)
    expect(await textsOf('duty', 'You will dispose of waste in line with infection prevention and control policies.')).toHaveLength(1);
  });
});

describe('the use of a tool asked as a requirement', () => {
  it('is no task; the tools named are knowledge ("Use of Microsoft Teams and SharePoint would be beneficial")', async () => {
    const posting = 'Use of Microsoft Teams and SharePoint would be beneficial.';
    expect(await textsOf('duty', posting)).toEqual([]);
    expect(await textsOf('knowledge', posting)).toEqual(['Microsoft Teams', 'SharePoint']);
  });
});

describe('work done by those the posting welcomes', () => {
  it('is experience asked ("applications from those who have worked in a school setting")', async () => {
    expect(await textsOf('qualification', 'We would welcome applications from those who have worked in a school setting.')).toEqual(['worked in a school setting']);
    expect(await textsOf('qualification', "We'd love to hear from anyone who has worked in a busy kitchen.")).toEqual(['worked in a busy kitchen']);
  });
});

describe('a line that only lists short phrases under a heading that names skills', () => {
  it('gives each phrase as a skill, though the rules know only one ("Key skills: negotiation, stakeholder engagement, budget management")', async () => {
    expect(await textsOf('skill', 'Key skills: negotiation, stakeholder engagement, budget management.')).toEqual([
      'negotiation',
      'stakeholder engagement',
      'budget management',
    ]);
    // (Under another heading a list the rules hardly know is left to them.)
    expect(await textsOf('skill', 'Requirements\n- negotiation, stakeholder engagement, budget management')).toEqual(['negotiation']);
  });
});

describe('a personality asked of the candidate', () => {
  it('is a skill ("a warm, friendly personality", "a confident manner")', async () => {
    expect(await textsOf('skill', "You'll have great communication skills and a warm, friendly personality.")).toEqual(['communication skills', 'warm, friendly personality']);
    expect(await textsOf('skill', 'You will have a confident manner on the phone.')).toEqual(['confident manner']);
  });
});

describe('experience named by where it was gained', () => {
  it('is experience asked ("Experience gained in a fast-paced retail environment would be an advantage")', async () => {
    expect(await textsOf('qualification', 'Experience gained in a fast-paced retail environment would be an advantage.')).toEqual([
      'Experience gained in a fast-paced retail environment',
    ]);
  });
});

describe('a task after a cue of ability', () => {
  it('is a skill, not a subject known ("adept at building relationships", "skilled in negotiating with suppliers")', async () => {
    expect(await kindsOf('You will be adept at building relationships with key stakeholders.')).toEqual(['skill:building relationships with key stakeholders']);
    expect(await kindsOf('You should be skilled in negotiating with suppliers.')).toEqual(['skill:negotiating with suppliers']);
    // (Tools named after the cue stay knowledge.)
    expect(await kindsOf('Adept at Excel and PowerPoint.')).toEqual(['knowledge:Excel', 'knowledge:PowerPoint']);
  });
});

describe('the modes of communicating before "skills"', () => {
  it('name a skill ("Strong written skills", "verbal and written skills"), though alone they name none', async () => {
    expect(await textsOf('skill', 'Strong written skills are essential.')).toEqual(['written skills']);
    expect(await textsOf('skill', 'Must have excellent verbal and written skills.')).toEqual(['verbal and written skills']);
    expect(await textsOf('skill', 'Skills\n- Written\n- Verbal')).toEqual([]);
  });
});

describe('tasks listed after "confident"', () => {
  it('are a skill each ("confident handling cash, operating tills and dealing with customer queries")', async () => {
    expect(await textsOf('skill', 'You need to be confident handling cash, operating tills and dealing with customer queries.')).toEqual([
      'handling cash',
      'operating tills',
      'dealing with customer queries',
    ]);
  });
});

describe('a grade letter in brackets after its number', () => {
  it('is the grade written two ways, no language named ("5 GCSEs at grade 4 (C) or above")', async () => {
    const posting = 'You will have 5 GCSEs at grade 4 (C) or above.';
    expect(await textsOf('qualification', posting)).toEqual(['5 GCSEs at grade 4 (C) or above']);
    expect(await textsOf('knowledge', posting)).toEqual([]);
  });
});

describe('where an ability ends', () => {
  it('is before "inc.", a subordinate "as you …", and, past its length, before a phrase the cap would cut', async () => {
    expect(await textsOf('skill', 'Must be able to work late nights inc. Fridays and Saturdays')).toEqual(['able to work late nights']);
    expect(await textsOf('skill', "You will have a good eye for detail as you will be working in customers' homes.")).toEqual(['eye for detail']);
    expect(await textsOf('skill', 'Candidates should be able to work on their own initiative and as part of a team in a fast paced environment.')).toEqual([
      'able to work on their own initiative and as part of a team',
    ]);
  });
});

describe('where a qualification ends', () => {
  it('is before what else is asked ("and ideally have experience …", "with an interest in …", "and the right to work")', async () => {
    expect(await textsOf('qualification', 'You should hold a CIPD Level 5 qualification and ideally have experience of employee relations casework.')).toEqual([
      'CIPD Level 5 qualification',
      'experience of employee relations casework',
    ]);
    expect(await textsOf('qualification', 'The ideal candidate will be an RCVS registered Veterinary Surgeon with an interest in small animal surgery.')).toEqual([
      'RCVS registered Veterinary Surgeon',
    ]);
    expect(await textsOf('qualification', 'You must have 2 years experience in retail and the right to work in the UK.')).toEqual(['2 years experience in retail']);
  });

  it('is before the tasks the holder will do ("As a Registered Veterinary Nurse you will …"), and before a verdict', async () => {
    expect(await textsOf('qualification', 'As a Registered Veterinary Nurse you will assist in theatre and monitor anaesthetics.')).toEqual(['Registered Veterinary Nurse']);
    expect(await textsOf('qualification', 'Experience in an import business will be added advantage.')).toEqual(['Experience in an import business']);
    expect(await textsOf('qualification', 'Qualification:\n- BSc Degree in Electrical Engineering is also acceptable')).toEqual(['BSc Degree in Electrical Engineering']);
  });
});

describe("an NVQ named with its level's digit", () => {
  it('is a qualification ("NVQ2 in Pharmacy Services")', async () => {
    expect(await textsOf('qualification', 'NVQ2 in Pharmacy Services or equivalent is essential.')).toEqual(['NVQ2 in Pharmacy Services']);
  });
});

describe("a product's kind after a name in a list", () => {
  it('is the end of that name (".NET Core", not "Core")', async () => {
    expect(await textsOf('knowledge', 'Experience with C#, .NET Core and SQL Server.')).toEqual(['C#', '.NET Core', 'SQL Server']);
  });
});

describe('what a duty says of its object', () => {
  it('is no part of the duty (", many of whom …")', async () => {
    expect(await textsOf('duty', 'You will be responsible for assessing and treating a caseload of inpatients, many of whom are frail older people.')).toEqual([
      'assessing and treating a caseload of inpatients',
    ]);
  });
});

describe('"skills" after a relative word', () => {
  it('names no skill ("candidates whose skills match the role")', async () => {
    expect(await textsOf('skill', 'We can only respond to candidates whose skills match the role.')).toEqual([]);
  });
});

describe('letters that are a card scheme and a cloud service', () => {
  it('are a qualification only in the card\'s name ("a valid ECS card"), knowledge among cloud services ("AWS (ECS, Lambda)")', async () => {
    expect(await kindsOf('Requirements\n- Must hold a valid ECS card')).toEqual(['qualification:valid ECS card']);
    expect(await textsOf('qualification', 'Requirements\n- Comfortable working on AWS (ECS, Lambda)')).toEqual([]);
  });
});

describe('what the employer is doing, in a duty line', () => {
  it('is no task of the post ("(we are currently evaluating Dagster)")', async () => {
    expect(await textsOf('duty', 'What you will do\n- Build and maintain data pipelines using Python, SQL and Apache Airflow (we are currently evaluating Dagster)')).toEqual([
      'Build and maintain data pipelines using Python, SQL and Apache Airflow',
    ]);
  });
});

describe('knowledge asked, or the experience instead', () => {
  it('ends before the experience ("Knowledge of PCI DSS or working in an FCA-regulated environment")', async () => {
    expect(await textsOf('knowledge', 'Nice to have\n- Knowledge of PCI DSS or working in an FCA-regulated environment')).toEqual(['PCI DSS']);
  });
});

describe('a task opened by "To" that names a qualification', () => {
  it('is a duty ("To prescribe … within the scope of the post holder\'s prescribing qualification")', async () => {
    const posting = "Main duties\n- To prescribe and adjust insulin therapies within the scope of the post holder's non-medical prescribing qualification";
    expect(await textsOf('qualification', posting)).toEqual([]);
    expect(await textsOf('duty', posting)).toEqual(['prescribe and adjust insulin therapies']);
  });
});

describe('a job title before a dash and what it asks', () => {
  it('is no part of the qualification ("Site Manager – SMSTS …", "Procurement Officer – MCIPS …, demonstrable experience of …")', async () => {
    expect(await textsOf('qualification', 'Site Manager – SMSTS and CSCS Black Card are essential.')).toEqual(['SMSTS', 'CSCS Black Card']);
    // (The experience after the comma is asked apart from the certificate before it.)
    expect(await textsOf('qualification', 'Procurement Officer – MCIPS (or studying towards it), demonstrable experience of running tender exercises, and strong negotiation skills.')).toEqual([
      'MCIPS',
      'experience of running tender exercises',
    ]);
  });
});

describe('where a degree or a certificate asked in prose ends', () => {
  it('is after "or a related subject", and after a closing bracket before the next name', async () => {
    expect(await textsOf('qualification', 'A degree in Town Planning or a related discipline and eligibility for RTPI membership are essential.')).toEqual([
      'degree in Town Planning or a related discipline',
    ]);
    expect(await textsOf('qualification', 'Applicants must hold current ACS gas qualifications (CCN1, CENWAT and CKR1), F-Gas Category 1 certification and a full clean driving licence.')).toEqual([
      'current ACS gas qualifications (CCN1, CENWAT and CKR1)',
      'F-Gas Category 1 certification',
      'full clean driving licence',
    ]);
  });

  it('is at the bracket it is named in ("(AACP accreditation preferred) and …")', async () => {
    const posting = 'Applicants must be HCPC-registered with post-registration experience of treating spinal conditions, delivering acupuncture (AACP accreditation preferred) and running rehabilitation classes.';
    expect(await textsOf('qualification', posting)).toEqual(['HCPC-registered', 'post-registration experience of treating spinal conditions', 'AACP accreditation']);
  });

  it('is before "isn\'t essential"', async () => {
    expect(await textsOf('qualification', "An MOT tester's licence isn't essential but we'll pay more if you have one.")).toEqual(["MOT tester's licence"]);
  });
});

describe('a line of longer phrases under a heading that names skills', () => {
  it('gives each phrase as a skill ("Key skills: active listening, …, confidence navigating multiple systems")', async () => {
    expect(await textsOf('skill', 'Key skills: active listening, empathy, first-time resolution, accurate data entry, and confidence navigating multiple systems.')).toEqual([
      'active listening',
      'empathy',
      'first-time resolution',
      'accurate data entry',
      'confidence navigating multiple systems',
    ]);
  });
});

describe('subjects listed after an acronym, the last with its article', () => {
  it('are one knowledge each ("the EYFS framework, safeguarding procedures and the key person approach")', async () => {
    expect(await textsOf('knowledge', 'You will have a sound knowledge of the EYFS framework, safeguarding procedures and the key person approach.')).toEqual([
      'EYFS framework',
      'safeguarding procedures',
      'key person approach',
    ]);
    expect(await textsOf('knowledge', 'Knowledge of the EYFS, safeguarding procedures and first aid.')).toEqual(['EYFS', 'safeguarding procedures', 'first aid']);
  });
});

describe('a clause after a comma and a conjunction', () => {
  it('ends the skill, the examples and the list of tasks before it', async () => {
    expect(await textsOf('skill', 'You must have a good eye for detail, and because our clients are elderly you will need a DBS check.')).toEqual(['eye for detail']);
    expect(await textsOf('knowledge', 'You must be confident using diagnostic equipment such as Autel or Launch, and have a full UK driving licence.')).toEqual([
      'diagnostic equipment',
      'Autel',
      'Launch',
    ]);
    expect(await textsOf('duty', 'Duties include cleaning kitchens, emptying bins and restocking toilets, and all products and equipment are supplied.')).toEqual([
      'cleaning kitchens',
      'emptying bins',
      'restocking toilets',
    ]);
  });
});

describe('what the employer is registered as', () => {
  it('is no qualification ("… is a local non-governmental organization registered with …")', async () => {
    expect(await textsOf('qualification', 'Job Requirement\n- Hope Ethiopia is a local non-governmental organization registered with the Authority for Civil Society Organizations (ACSO).')).toEqual([]);
  });
});

describe('the branch or project a qualified person is sought for', () => {
  it('is no part of the qualification ("a qualified and experienced Pharmacist for its Bahir Dar branch")', async () => {
    expect(await textsOf('qualification', 'ABC Pharma is looking for a qualified and experienced Pharmacist for its Bahir Dar branch.')).toEqual([
      'qualified and experienced Pharmacist',
    ]);
  });
});

describe('where a degree or an experience asked ends (2)', () => {
  it('is before "and some exposure to …" and before what the holder can expect', async () => {
    const graduates = 'Graduates with a 2:1 degree in a STEM subject and some exposure to Python/SQL are encouraged to apply.';
    expect(await textsOf('qualification', graduates)).toEqual(['degree in a STEM subject']);
    expect(await textsOf('knowledge', graduates)).toEqual(['Python', 'SQL']);
    expect(await textsOf('qualification', 'Mortgage advisers with at least 2 years\' advising experience can expect OTE of £60,000+ and a company car.')).toEqual([
      "2 years' advising experience",
    ]);
  });
});

describe("a body's letters written in mixed case before \"qualified\"", () => {
  it('name the qualification ("CeMAP qualified")', async () => {
    expect(await textsOf('qualification', 'You must be CeMAP qualified.')).toEqual(['CeMAP qualified']);
  });
});

describe('"plus" before a skill', () => {
  it('is no word of it ("… plus strong stakeholder management skills")', async () => {
    expect(await textsOf('skill', 'Working knowledge of Power BI, plus strong stakeholder management skills, will be key.')).toEqual(['stakeholder management skills']);
  });
});

describe("the employer's own scheme, and the medium of the interviews", () => {
  it('ask nothing of the candidate ("our award-winning apprenticeship scheme has trained …", "held via Microsoft Teams")', async () => {
    expect(await texts('We are fully accredited with NICEIC, and our award-winning apprenticeship scheme has trained more than 200 tradespeople since 2005.')).toEqual([]);
    expect(await texts('Interviews are expected to take place w/c 31 March and will be held via Microsoft Teams.')).toEqual([]);
  });
});

describe('what the employer does or gives', () => {
  it('is no task ("As a Disability Confident employer, we will offer an interview …", "Refer a friend and receive £250", "will receive regular supervision")', async () => {
    expect(await texts('As a Disability Confident Committed employer, we will offer an interview to disabled applicants who meet the minimum criteria for the role.')).toEqual([]);
    expect(await texts('Know someone who might be interested? Refer a friend and receive £250 in vouchers if they are placed!')).toEqual([]);
    expect(await textsOf('duty', 'The post holder will supervise assistant psychologists on placement, and will receive regular supervision from the Consultant Clinical Psychologist.')).toEqual([
      'supervise assistant psychologists on placement',
    ]);
  });
});

describe('a certificate asked after a qualified person named with brackets', () => {
  it('is its own qualification, ending before the disposition after it ("(CACHE/NVQ or equivalent) with a current paediatric first aid certificate and a warm, nurturing approach")', async () => {
    expect(
      await textsOf('qualification', "We're looking for a qualified Level 3 early years practitioner (CACHE/NVQ or equivalent) with a current paediatric first aid certificate and a warm, nurturing approach."),
    ).toContain('current paediatric first aid certificate');
  });
});

describe('a plural role as the subject, its first word a verb too', () => {
  it('is the subject of the task ("Staff Nurses communicate sensitively …"), which ends before ", often …"', async () => {
    expect(await textsOf('duty', 'Job responsibilities\nStaff Nurses communicate sensitively with patients and families, often at times when they are anxious.')).toEqual([
      'communicate sensitively with patients and families',
    ]);
    // (A verb before a plural noun and no verb of its own stays the task: "Train assistants in …".)
    expect(await textsOf('duty', 'Duties\n- Train assistants in the use of the new system')).toEqual(['Train assistants in the use of the new system']);
  });
});

describe('a sentence under a heading that names skills', () => {
  it('is no list of skills: a task ("Plan and deliver …", "Approve …, … and …"), or phrases going on from the one before ("…, both spoken and written", "…, including …")', async () => {
    const skills = async (line: string) => textsOf('skill', `Skills and abilities\n- ${line}`);
    for (const line of [
      'Plan and deliver training sessions through workshops with local partners and community volunteers.',
      'Approve supplier invoices, stock transfers, and petty cash claims for the branch.',
      'Builds a culture of learning, open to feedback and new ways of working.',
      'Proven record of budget control, including oversight of multi-site, high-volume contracts, with tight deadlines.',
    ])
      expect(await skills(line), line).toEqual([]);
    expect(await skills('Good presentation skills, both spoken and written')).toEqual(['presentation skills']);
    // (A line of short phrases still is one: "Negotiation, stakeholder engagement, budget management".)
    expect(await skills('Negotiation, stakeholder engagement, budget management')).toEqual(['Negotiation', 'stakeholder engagement', 'budget management']);
  });
});
