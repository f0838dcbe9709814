// Compiles the bundled reference vocabulary from ESCO v1.1.1 (skills, skill groups and their
// hierarchy, occupations, ISCO groups) and O*NET 30.2 technology names into
// pipelines/vocabulary/vocabulary.json.gz. Reads `$COMPTAX_DATA` (default ../shared/data).
//   npm run vocabulary
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'fast-csv';
import wordList from 'word-list';
import { encodeVocabulary } from '../src/vocabulary/encoding.js';
import { labelKey } from '../src/vocabulary/normalize.js';
import type { Concept, Group, LabelKind, Occupation, ReuseLevel, Vocabulary } from '../src/vocabulary/types.js';

const root = new URL('..', import.meta.url).pathname;
const data = resolve(process.env.COMPTAX_DATA ?? join(root, '../shared/data'));
const esco = join(data, 'esco-v1.1.1');
const onet = join(data, 'onet-30.2');
const outFile = join(root, 'pipelines/vocabulary/vocabulary.json.gz');

type Row = Record<string, string>;

function readCsv(file: string, delimiter = ','): Promise<Row[]> {
  if (!existsSync(file)) throw new Error(`missing ${file} (set COMPTAX_DATA to the shared data folder)`);
  return new Promise((done, fail) => {
    const rows: Row[] = [];
    createReadStream(file)
      .pipe(parse<Row, Row>({ headers: true, delimiter, quote: delimiter === '\t' ? null : '"' }))
      .on('error', fail)
      .on('data', (row: Row) => rows.push(row))
      .on('end', () => done(rows));
  });
}

const lines = (value: string | undefined) => (value ?? '').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
// ESCO disambiguates some labels in parentheses ("Java (computer programming)"); postings write the name alone.
const withoutQualifier = (label: string) => label.replace(/\s*\([^)]*\)\s*$/, '').trim();

const english = new Set(readFileSync(wordList, 'utf8').split('\n'));

/** Casing a text must show for this label to count: short forms and capitalized names that are
 * also ordinary words ("IT", "R", "Go", "Swift"). */
function surfaceOf(label: string): string | undefined {
  const key = labelKey(label);
  if (!/[A-Z]/.test(label)) return undefined;
  const compact = key.replace(/ /g, '');
  if (compact.length <= 3) return label;
  if (!key.includes(' ') && /^[A-Z]/.test(label) && english.has(key)) return label;
  return undefined;
}

/**
 * "After the Deadline", "Power and Precision", "Gateway to Logic": a product's title made of English words with a
 * small word inside names the product only where written as a title; in lower case it is a phrase of the sentence
 * ("applications received after the deadline").
 */
function isPhraseTitle(label: string): boolean {
  const words = label.split(/\s+/);
  return (
    words.length >= 3 &&
    words.every((w) => english.has(w.toLowerCase()) && (/^[A-Z]/.test(w) || TITLE_SMALL_WORD.test(w))) &&
    words.some((w) => TITLE_SMALL_WORD.test(w))
  );
}

const TITLE_SMALL_WORD = /^(?:the|a|an|and|or|of|for|to|in|on|with|by|at)$/;

/**
 * Abbreviations an O*NET name spells out before them ("Hypertext markup language HTML", "Amazon Web Services AWS
 * software", "Extensible markup language XML"): postings write the abbreviation alone. It counts when its first
 * letters are in the first of two or more words just before it and the later words' initials follow; one
 * that is an English word ("CASE", "CALL") or a vendor's name ("ACS Technologies ACS …", "Electronics for Imaging EFI
 * Monarch") does not.
 */
function abbreviationsIn(name: string): string[] {
  const words = name.split(/\s+/);
  const out: string[] = [];
  words.forEach((w, i) => {
    if (i < 2 || !/^[A-Z][A-Z0-9]{1,5}$/.test(w) || english.has(w.toLowerCase())) return;
    // "Electronics for Imaging EFI Monarch": before a product's own name it is the vendor's.
    if (!words.slice(i + 1).every((x) => /^(?:software|systems?|tools?|suite|setting)$/i.test(x))) return;
    for (let k = 2; k <= Math.min(i, 6); k++) {
      const before = words.slice(i - k, i).map((x) => x.toLowerCase());
      if (before.some((x) => !/^[a-z][a-z-]*$/.test(x))) break;
      if (spells(w.toLowerCase(), before)) {
        out.push(w);
        break;
      }
    }
  });
  return out;
}

/** Whether `abbr` takes its first letters from the first word ("Hypertext" → "HT", "Extensible" → "X") and then exactly the initials of the others. */
function spells(abbr: string, words: string[]): boolean {
  const rest = words.slice(1).map((w) => w[0]).join('');
  if (!abbr.endsWith(rest) || abbr.length === rest.length) return false;
  // The first word's letters, in order.
  let from = 0;
  for (const ch of abbr.slice(0, abbr.length - rest.length)) {
    from = words[0].indexOf(ch, from) + 1;
    if (from === 0) return false;
  }
  return true;
}

/**
 * Products named after their vendor ("Autodesk AutoCAD", "Adobe Photoshop", "Atlassian JIRA"): postings write the
 * product alone. A vendor is a first word that opens three names or more before a capitalised word; the product is
 * the one word after it, of four characters or more and no English word ("Microsoft Word", "Microsoft Project").
 */
function productNames(names: string[], opens: Map<string, number>): Map<string, string> {
  const split = names.map((n) => n.split(/\s+/));
  const out = new Map<string, string>();
  split.forEach((t, i) => {
    if (t.length !== 2 || (opens.get(t[0]) ?? 0) < 3 || !/^[A-Z0-9]/.test(t[1])) return;
    if (t[1].replace(/[^A-Za-z0-9]/g, '').length < 4 || english.has(t[1].toLowerCase())) return;
    out.set(names[i], t[1]);
  });
  return out;
}

/** The short forms postings write for a vendor's name before its product ("MS Word", "MS Excel"). */
const VENDOR_SHORT: Record<string, string> = { Microsoft: 'MS' };

/** "Microsoft Word" → "MS Word": a product of one capitalised word after a vendor that has a short form. */
function vendorShort(name: string): string[] {
  const t = name.split(/\s+/);
  return t.length === 2 && VENDOR_SHORT[t[0]] && /^[A-Z]/.test(t[1]) ? [`${VENDOR_SHORT[t[0]]} ${t[1]}`] : [];
}

/** How many names each capitalised first word opens before a capitalised word: vendors open many ("Oracle", "Microsoft"). */
function vendorCounts(names: string[]): Map<string, number> {
  const opens = new Map<string, number>();
  for (const n of names) {
    const t = n.split(/\s+/);
    if (t.length >= 2 && /^[A-Z]/.test(t[0]) && /^[A-Z0-9]/.test(t[1])) opens.set(t[0], (opens.get(t[0]) ?? 0) + 1);
  }
  return opens;
}

/**
 * "Microsoft Azure software", "Google Cloud software", "Oracle software": O*NET adds "software" to a product's
 * name; postings write the name alone. Only a proper name: every word capitalised, and a word that is no English
 * word ("Alteryx", "Microsoft Azure") or a vendor's name ("Google Cloud"; alone, only a vendor of ten names or
 * more: "Oracle", not "Medical" or "Blackboard"). "Accounting software" names a kind of software, not a product.
 */
function withoutSoftware(name: string, opens: Map<string, number>): string | null {
  const bare = /^(.+?) software$/.exec(name)?.[1];
  if (!bare) return null;
  const words = bare.split(/\s+/);
  if (!words.every((w) => /^[A-Z0-9]/.test(w))) return null;
  if (words.some((w) => !english.has(w.toLowerCase()))) return bare;
  return (opens.get(words[0]) ?? 0) >= (words.length === 1 ? 10 : 3) ? bare : null;
}

async function main(): Promise<void> {
  const [skills, skillGroups, hierarchy, broader, occupations, isco, tech] = await Promise.all([
    readCsv(join(esco, 'skills_en.csv')),
    readCsv(join(esco, 'skillGroups_en.csv')),
    readCsv(join(esco, 'skillsHierarchy_en.csv')),
    readCsv(join(esco, 'broaderRelationsSkillPillar.csv')),
    readCsv(join(esco, 'occupations_en.csv')),
    readCsv(join(esco, 'ISCOGroups_en.csv')),
    readCsv(join(onet, 'Technology Skills.txt'), '\t'),
  ]);

  // Skill groups and their tree.
  const codeOf = new Map<string, string>();
  for (const row of hierarchy) {
    for (const level of [0, 1, 2, 3]) {
      const uri = row[`Level ${level} URI`];
      const code = row[`Level ${level} code`];
      if (uri && code) codeOf.set(uri, code);
    }
  }
  const groups: Group[] = [];
  const groupIndex = new Map<string, number>();
  for (const row of [...skillGroups].sort((a, b) => a.conceptUri.localeCompare(b.conceptUri))) {
    groupIndex.set(row.conceptUri, groups.length);
    // Knowledge groups are ISCED-F fields: their notation is the field code in the URI.
    const code = codeOf.get(row.conceptUri) || row.code || /isced-f\/(\d+)$/.exec(row.conceptUri)?.[1];
    groups.push({ id: row.conceptUri, ...(code ? { code } : {}), label: row.preferredLabel });
  }

  const conceptIndex = new Map<string, number>();
  const sortedSkills = [...skills].sort((a, b) => a.conceptUri.localeCompare(b.conceptUri));
  const concepts: Concept[] = sortedSkills.map((row, i) => {
    conceptIndex.set(row.conceptUri, i);
    const concept: Concept = {
      id: row.conceptUri,
      label: row.preferredLabel,
      type: row.skillType === 'knowledge' ? 'knowledge' : 'skill',
      groups: [],
      broader: [],
    };
    if (row.reuseLevel) concept.reuse = row.reuseLevel as ReuseLevel;
    return concept;
  });

  for (const row of broader) {
    const g = groupIndex.get(row.broaderUri);
    if (row.conceptType === 'SkillGroup') {
      const own = groupIndex.get(row.conceptUri);
      if (own !== undefined && g !== undefined && groups[own].parent === undefined) groups[own].parent = g;
      continue;
    }
    const c = conceptIndex.get(row.conceptUri);
    if (c === undefined) continue;
    if (g !== undefined) concepts[c].groups.push(g);
    else {
      const b = conceptIndex.get(row.broaderUri);
      if (b !== undefined) concepts[c].broader.push(b);
    }
  }
  // A skill filed only under broader skills takes their groups (nearest first).
  const resolveGroups = (c: number, seen = new Set<number>()): number[] => {
    const concept = concepts[c];
    if (concept.groups.length || seen.has(c)) return concept.groups;
    seen.add(c);
    const inherited = [...new Set(concept.broader.flatMap((b) => resolveGroups(b, seen)))];
    return inherited;
  };
  concepts.forEach((concept, c) => {
    concept.groups = [...new Set(resolveGroups(c))].sort((a, b) => a - b);
    concept.broader.sort((a, b) => a - b);
  });

  const labels = new Map<string, { concept: number; kind: LabelKind }[]>();
  const surface: Record<string, string> = {};
  const addLabel = (label: string, concept: number, kind: LabelKind) => {
    const key = labelKey(label);
    if (!key) return;
    const list = labels.get(key) ?? [];
    if (!list.some((l) => l.concept === concept)) list.push({ concept, kind });
    else {
      const existing = list.find((l) => l.concept === concept)!;
      existing.kind = Math.min(existing.kind, kind) as LabelKind;
    }
    labels.set(key, list);
    const form = surfaceOf(label);
    if (form && surface[key] === undefined) surface[key] = form;
  };
  sortedSkills.forEach((row, c) => {
    const named: Array<[string, LabelKind]> = [
      [row.preferredLabel, 0],
      ...lines(row.altLabels).map((l): [string, LabelKind] => [l, 1]),
      ...lines(row.hiddenLabels).map((l): [string, LabelKind] => [l, 2]),
    ];
    for (const [label, kind] of named) {
      addLabel(label, c, kind);
      const bare = withoutQualifier(label);
      if (bare !== label && bare) addLabel(bare, c, 1);
    }
  });

  // O*NET technology names not already known to ESCO, filed under their commodity title.
  const commodity = new Map<string, number>();
  const names = new Map<string, { label: string; code: string; title: string }>();
  // The occupations that list each name: a product few list is what a posting's word rarely means ("PMP", "Retail").
  const listedBy = new Map<string, Set<string>>();
  for (const row of tech) {
    const label = row.Example?.trim();
    const key = label ? labelKey(label) : '';
    if (!key || labels.has(key)) continue;
    listedBy.set(key, (listedBy.get(key) ?? new Set()).add(row['O*NET-SOC Code']));
    const prior = names.get(key);
    if (!prior || row['Commodity Code'] < prior.code) names.set(key, { label, code: row['Commodity Code'], title: row['Commodity Title'] });
  }
  const onetConcepts: number[] = [];
  for (const [key, { label, code, title }] of [...names].sort((a, b) => a[0].localeCompare(b[0]))) {
    let g = commodity.get(code);
    if (g === undefined) {
      g = groups.length;
      commodity.set(code, g);
      groups.push({ id: `onet:commodity:${code}`, label: title });
    }
    const c = concepts.length;
    concepts.push({ id: `onet:tech:${key.replace(/[^a-z0-9+#.]+/g, '-')}`, label, type: 'tool', groups: [g], broader: [], reach: listedBy.get(key)!.size });
    onetConcepts.push(c);
    addLabel(label, c, 0);
    if (isPhraseTitle(label)) surface[key] ??= label;
  }
  // Abbreviations, vendors' product names and names without O*NET's "software" as alternative labels of every name they come from, unless they already
  // name something.
  const named = new Set(labels.keys());
  const onetNames = onetConcepts.map((c) => concepts[c].label);
  const opens = vendorCounts(onetNames);
  const products = productNames(onetNames, opens);
  onetConcepts.forEach((c) => {
    const label = concepts[c].label;
    const bare = withoutSoftware(label, opens);
    for (const alias of [...abbreviationsIn(label), ...(products.has(label) ? [products.get(label)!] : []), ...(bare ? [bare] : []), ...vendorShort(label)]) {
      if (!named.has(labelKey(alias))) addLabel(alias, c, 1);
    }
  });

  const iscoLabel = new Map(isco.map((row) => [row.code, row.preferredLabel]));
  const occupationList: Occupation[] = occupations
    .map((row) => ({
      id: row.conceptUri,
      label: row.preferredLabel,
      alt: lines(row.altLabels).filter((l) => l !== row.preferredLabel),
      isco: row.iscoGroup,
      iscoLabel: iscoLabel.get(row.iscoGroup) ?? '',
      ...(row.code ? { code: row.code } : {}),
      ...(row.description.trim() ? { description: row.description.replace(/\s+/g, ' ').trim() } : {}),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));

  // Per key, its concepts best label kind first, then by concept index: the same file every build.
  const flat: Vocabulary['labels'] = new Map();
  for (const key of [...labels.keys()].sort()) {
    const list = labels.get(key)!.sort((a, b) => a.kind - b.kind || a.concept - b.concept);
    flat.set(key, list.map((l) => `${l.concept}:${l.kind}`).join(' '));
  }
  const sortedSurface = Object.fromEntries(Object.entries(surface).sort(([a], [b]) => (a < b ? -1 : 1)));

  const vocabulary: Vocabulary = {
    version: 'esco-1.1.1+onet-30.2',
    concepts,
    labels: flat,
    surface: sortedSurface,
    groups,
    occupations: occupationList,
  };
  // Typographic quotes, hyphens and zero-width spaces (a few dozen in ESCO) would make every string
  // of the file two bytes a character in V8; their ASCII forms key and read the same.
  const json = JSON.stringify(encodeVocabulary(vocabulary))
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/\u200b/g, '');
  writeFileSync(outFile, gzipSync(json, { level: 9 }));
  console.log(
    `vocabulary: ${concepts.length} concepts, ${flat.size} label keys, ${Object.keys(sortedSurface).length} case-sensitive forms, ` +
      `${groups.length} groups, ${occupationList.length} occupations; ${(json.length / 1e6).toFixed(1)} MB JSON → ${outFile}`,
  );
}

main().catch((e) => {
  console.error(`build-vocabulary: ${(e as Error).message}`);
  process.exit(1);
});
