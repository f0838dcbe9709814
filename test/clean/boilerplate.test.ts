import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const texts = (t: string) => run(t).blocks.map((b) => b.text);
const removedBy = (t: string) => run(t).fixes.filter((f) => f.rule.startsWith('boilerplate.')).map((f) => [f.rule, f.before]);

describe('boilerplate', () => {
  it('removes application instructions, contacts, links and sources', () => {
    const t = [
      'Manage a portfolio of twenty business clients.',
      'To apply, send your CV and a cover letter to careers@northwind.example by 30 June.',
      'Contact: Maria Lopez, tel. +44 20 7946 0958',
      'Plan quarterly reviews with each client. Interested candidates should call 020 7946 0000 for details.',
      'https://jobs.northwind.example/account-manager',
      'Learn more about our products at https://northwind.example/products before the interview.',
      'Experience with our public API (https://northwind.example/docs) and with REST services built on Node.js is required for everyone on the team.',
      'Source: https://news.example.com/article/123',
    ].join('\n\n');
    expect(texts(t)).toEqual([
      'Manage a portfolio of twenty business clients.',
      'Plan quarterly reviews with each client.',
      'Experience with our public API and with REST services built on Node.js is required for everyone on the team.',
    ]);
    const rules = new Set(removedBy(t).map(([r]) => r));
    for (const r of ['boilerplate.apply', 'boilerplate.contact', 'boilerplate.url', 'boilerplate.source']) expect(rules.has(r)).toBe(true);
  });

  it('removes navigation, share, cookie and promotion text', () => {
    const t = [
      'Order your copy of the Field Guide at fieldguide.example today',
      'Handle escalations from enterprise clients.',
      'Share this job: Facebook | LinkedIn | Twitter',
      'We use cookies to improve your experience. Accept all cookies',
      'All Articles',
      'Read more »',
      'Subscribe to our newsletter for weekly career tips.',
    ].join('\n\n');
    expect(texts(t)).toEqual(['Handle escalations from enterprise clients.']);
    expect(new Set(removedBy(t).map(([r]) => r))).toEqual(
      new Set(['boilerplate.promotion', 'boilerplate.share', 'boilerplate.cookie', 'boilerplate.navigation']),
    );
  });

  it('removes a share bar at the end of a line, page furniture and a whole cookie banner', () => {
    const t = 'Reading time 6 minutes · Share: Facebook · Twitter · LinkedIn · Copy link\n\nWe use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Learn more\n\nHandle escalations from enterprise clients.\n\n4 min read';
    expect(texts(t)).toEqual(['Handle escalations from enterprise clients.']);
  });

  it('removes image captions left as lines between prose', () => {
    const t = 'Sales manager: what the job is\n\nSociability helps the manager open doors with new clients and keep old ones loyal over the years.\n\nsales manager at work\n\nThe second quality is patience, which matters in long negotiations with large buyers.\n\nremote work possible\n\nThe third quality is curiosity about the products of the clients and the markets they sell in.';
    expect(texts(t)).toHaveLength(5);
    expect(removedBy(t)).toEqual([['boilerplate.caption', 'sales manager at work']]);
  });

  it('keeps job text that mentions applying, e-mail, phones, sources or sharing', () => {
    const keep = [
      'Ability to apply industry knowledge to new situations.',
      'Answer client e-mails and phone calls within one working day.',
      'Share knowledge with the team and source new suppliers.',
      'Salary 45 000 - 55 000 EUR, 25 days of leave, 2 office days a week.',
      'Use cookies and sessions correctly in the web application.',
      'Read more than 20 contracts a week and summarize them.',
      'communication',
      'teamwork',
      'Key responsibilities',
      'How to apply',
      'HOW TO APPLY:',
    ];
    for (const t of keep) expect(run(t).fixes.filter((f) => f.rule.startsWith('boilerplate.'))).toEqual([]);
  });
});

describe('boilerplate removes only its own span', () => {
  // Scraped postings that lost their line breaks: one line with inline sections.
  const ONE_LINE = [
    'Job Requirement Qualification: BSc Degree in Civil Engineering or related field Experience: 4 years and above in road construction',
    'Skills: AutoCAD, quantity surveying and site supervision Work Place: Head Office',
  ].join(' ');

  it('keeps everything before "How to Apply" in a one-line posting', () => {
    const t = `${ONE_LINE} How to Apply Submit your application letter and CV in person to the HR office, located around the main road`;
    expect(run(t).text).toBe(ONE_LINE);
    expect(removedBy(t)).toEqual([['boilerplate.apply', 'How to Apply Submit your application letter and CV in person to the HR office, located around the main road']].map(([r, b]) => [r, expect.stringContaining(b.slice(0, 40))]));
  });

  it('ends the removed span where a section opens again inside the line', () => {
    const t = `Manage social media platforms and campaigns How to Apply send your CV to the HR office Job Requirements: BA degree in Marketing and 4 years of experience`;
    expect(run(t).text).toBe('Manage social media platforms and campaigns Job Requirements: BA degree in Marketing and 4 years of experience');
  });

  it('keeps the content before contact details and promotions in a run-on line', () => {
    const contact = `${ONE_LINE} For further information contact Tel. +251 11 555 1234`;
    expect(run(contact).text).toBe(ONE_LINE);
    const promo = 'Plenty of team lunches and a learning budget for every engineer in the company To get a better sense of how we work follow us on Instagram';
    expect(run(promo).text).toBe('Plenty of team lunches and a learning budget for every engineer in the company');
  });

  it('leaves job content that only mentions the cue words alone', () => {
    const keep = [
      'Respond to client e-mail and phone enquiries within one working day.',
      'Process applications for building permits and send decisions to applicants.',
      'Mobile Developer with experience of Swift and Kotlin: builds our iOS and Android apps.',
      'Maintain the cookie-cutter templates used by the design team.',
      'Order raw materials and get quotes from at least three suppliers.',
      'Source: internal audit findings are reviewed with the finance team each quarter, and every action is tracked to closure.',
      'Interested in data? You will build dashboards in Power BI and SQL.',
    ];
    for (const line of keep) expect(texts(line), line).toEqual([line]);
    // The same lines run together as one line keep every word too.
    expect(run(keep.join(' ')).text).toBe(keep.join(' '));
  });

  it('keeps a sentence when only its last words give contact details', () => {
    const t = 'Coordinate the logistics team across three warehouses and report weekly to the operations director about stock levels, delays and costs, e-mail ops@example.com.';
    expect(run(t).text).toMatch(/^Coordinate the logistics team .* delays and costs,?$/);
  });
});
