/**
 * Clean postings written for the cleaning evaluation: the answer the cleaner should give back
 * after noise is injected into them (see inject.ts). Each is a list of blocks as a careful reader
 * would split the posting: headings, paragraphs and list items.
 */

export interface CleanPostingBlock {
  kind: 'heading' | 'paragraph' | 'list-item';
  text: string;
  /** Lines the cleaner should give back for this block, when not just its text (real postings). */
  expect?: string[];
}

export interface CleanPosting {
  id: string;
  language: string;
  blocks: CleanPostingBlock[];
}

const h = (text: string): CleanPostingBlock => ({ kind: 'heading', text });
const p = (text: string): CleanPostingBlock => ({ kind: 'paragraph', text });
const li = (text: string): CleanPostingBlock => ({ kind: 'list-item', text });

export const POSTINGS: CleanPosting[] = [
  {
    id: 'account-manager',
    language: 'en',
    blocks: [
      h('Key Account Manager'),
      p('Harbourline Logistics moves temperature-controlled freight for food producers across the region. In most countries where we operate, a single key account manager looks after a portfolio of twelve to fifteen producers and is their “face” inside the company.'),
      h('Responsibilities'),
      li('Build and maintain long-term relationships with the decision makers at each client.'),
      li('Prepare quarterly business reviews together with the other account managers.'),
      li('Identify opportunities for upselling and cross-selling of storage and customs services.'),
      li('Read the mood of your counterpart in a negotiation and agree terms that both sides can keep.'),
      li('Track invoices and payments, and resolve disputes before they reach the finance team.'),
      h('What you bring'),
      li('The ability to present yourself and the company with confidence.'),
      li('At least three years of experience in B2B sales or account management.'),
      li('A habit of looking for the upsell that actually helps the client.'),
      p('The key to successful work in this role is trust: clients stay when promises made in March are still kept in December.'),
    ],
  },
  {
    id: 'software-engineer',
    language: 'en',
    blocks: [
      h('Backend Software Engineer'),
      p('Our platform team builds the services that schedule maintenance for wind farms. The code base is mostly Go and TypeScript – deployed on Kubernetes – with PostgreSQL as the team’s main data store.'),
      h('What you will do'),
      li('Design, build and operate APIs used by field technicians and planners.'),
      li('Review pull requests and share knowledge through pairing and short write-ups.'),
      li('Improve observability: metrics, traces and alerts that wake the “right” person.'),
      li('Work with product managers to turn vague requests into small, shippable steps.'),
      h('Requirements'),
      li('Four or more years of professional experience with a statically typed language.'),
      li('Solid understanding of relational databases, indexing and query plans.'),
      li('Experience with automated testing and continuous delivery pipelines.'),
      p('We offer a salary between €70,000 and €85,000, a hardware budget, and thirty days of paid leave.'),
    ],
  },
  {
    id: 'nurse',
    language: 'en',
    blocks: [
      h('Registered Nurse, Cardiology Ward'),
      p('The cardiology ward at Saint Brigid’s Hospital cares for twenty-eight inpatients recovering from heart surgery and acute cardiac events. Nurses work twelve-hour shifts in teams of four, supported by a ward manager and two clinical educators.'),
      h('Duties'),
      li('Assess patients on admission and monitor vital signs, fluid balance and pain.'),
      li('Administer medication safely and document care in the electronic record.'),
      li('Educate patients and families about medication, diet and rehabilitation.'),
      li('Escalate deteriorating patients promptly using the early warning score.'),
      h('Qualifications'),
      li('Current registration with the national nursing board.'),
      li('Advanced life support certification, or willingness to obtain it within six months.'),
      p('New graduates are welcome: a structured preceptorship programme supports the first year on the ward.'),
    ],
  },
  {
    id: 'warehouse-supervisor',
    language: 'en',
    blocks: [
      h('Warehouse Shift Supervisor'),
      p('A distribution centre for home appliances is looking for a supervisor for its night shift. The site ships around nine thousand orders a day to retailers and private customers — more before the holidays.'),
      h('Main tasks'),
      li('Plan staffing for each shift and assign pickers, packers and forklift drivers.'),
      li('Check that safety rules are followed and investigate every incident, however “small”.'),
      li('Monitor productivity against targets and coach team members who fall behind.'),
      li('Coordinate with transport planners so that trucks leave on time.'),
      h('Profile'),
      li('Experience leading a team of at least fifteen people in logistics or production.'),
      li('Valid forklift licence and working knowledge of warehouse management systems.'),
      p('Night work is paid at a premium of twenty-five percent, and the site offers free parking and a staff canteen.'),
    ],
  },
  {
    id: 'data-analyst',
    language: 'en',
    blocks: [
      h('Data Analyst, Customer Insights'),
      p('The insights team at a mid-sized retailer answers questions such as which promotions bring new customers and which only move sales forward in time. You will join three analysts led by Zoë Martínez and work closely with the marketing and category teams.'),
      h('Responsibilities'),
      li('Build and maintain dashboards that category managers use every week.'),
      li('Design experiments for promotions and analyse their results.'),
      li('Clean and document data sources so that others can reuse them.'),
      li('Present findings in plain language to managers who aren’t analysts.'),
      h('Skills'),
      li('Strong SQL and experience with Python or R for analysis.'),
      li('A good grasp of statistics, including experimental design.'),
      li('Clear written and spoken communication.'),
    ],
  },
  {
    id: 'marketing-specialist-de',
    language: 'de',
    blocks: [
      h('Marketing Manager (m/w/d) für Onlinekanäle'),
      p('Wir sind ein familiengeführter Hersteller von Fahrradzubehör aus Göttingen und verkaufen unsere Produkte in ganz Europa. Für unser Team suchen wir eine Person, die unsere Onlinekanäle weiterentwickelt.'),
      h('Ihre Aufgaben'),
      li('Planung und Umsetzung von Kampagnen in Suchmaschinen und sozialen Netzwerken.'),
      li('Pflege der Produktinhalte in unserem Onlineshop und auf Marktplätzen.'),
      li('Auswertung der Kennzahlen und regelmäßige Berichte an die Geschäftsführung.'),
      h('Ihr Profil'),
      li('Abgeschlossenes Studium im Bereich Marketing oder eine vergleichbare Ausbildung.'),
      li('Mehrjährige Erfahrung im Onlinemarketing, gern im Einzelhandel.'),
      li('Sehr gute Deutsch- und gute Englischkenntnisse.'),
    ],
  },
  {
    id: 'sales-manager-ru',
    language: 'ru',
    blocks: [
      h('Менеджер по продажам'),
      p('Компания производит упаковку для пищевой промышленности и ищет менеджера по продажам для работы с крупными клиентами в Поволжье.'),
      h('Обязанности'),
      li('Поиск новых клиентов и проведение переговоров с закупщиками.'),
      li('Подготовка коммерческих предложений и заключение договоров.'),
      li('Контроль отгрузок и своевременной оплаты счетов.'),
      h('Требования'),
      li('Опыт работы в продажах не менее двух лет.'),
      li('Уверенное владение компьютером и навыки ведения переговоров.'),
      p('Мы предлагаем официальное оформление, оклад и ежемесячные премии.'),
    ],
  },
  {
    id: 'support-agent-el',
    language: 'el',
    blocks: [
      h('Υπάλληλος Εξυπηρέτησης Πελατών'),
      p('Εταιρεία λογισμικού στη Θεσσαλονίκη αναζητά υπάλληλο για την ομάδα εξυπηρέτησης πελατών, η οποία υποστηρίζει χρήστες σε όλη την Ελλάδα και την Κύπρο.'),
      h('Αρμοδιότητες'),
      li('Απάντηση σε αιτήματα πελατών μέσω τηλεφώνου και ηλεκτρονικού ταχυδρομείου.'),
      li('Καταγραφή προβλημάτων και συνεργασία με την τεχνική ομάδα.'),
      li('Ενημέρωση της βάσης γνώσεων με νέες οδηγίες.'),
      h('Απαιτήσεις'),
      li('Πολύ καλή γνώση της αγγλικής γλώσσας.'),
      li('Ευγένεια, υπομονή και διάθεση για ομαδική εργασία.'),
    ],
  },
];
