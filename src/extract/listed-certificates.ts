// Certificates a qualification lists by name after its head ("Certifications such as CISSP, CISM or CEH"): one
// qualification each (mentions.md: one mention per competency).

/** A certificate's head, then what introduces its examples: "Certifications such as", "Professional certification (". */
const CERTIFICATES_INTRODUCED = /^(?:[\p{L}-]+\s+){0,2}(?:certifications?|certificates?|qualifications?|accreditations?)\s*(?:\(\s*|:\s*|,?\s+(?:such\s+as|like|e\.g\.?,?|including|in)\s+)/iu;

/** A certificate's name in such a list: an acronym ("CISSP", "PRINCE2", "JNCIP-SP"), after its vendor's name ("Cisco CCNP"). */
const CERTIFICATE_NAME = /(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Lu}[\p{Lu}\d]+|\p{Lu}+\d+)(?:[-¬+]\p{Lu}+)?(?![\p{L}\d])/uy;

/** What stands between the names: commas, slashes, "or", "and". */
const CERTIFICATE_GAP = /(?:\s*(?:,|\/|\bor\b|\band\b)\s*|\s+)/y;

/** The list's last words: "… or other data communication certifications". */
const OTHER_CERTIFICATES = /(?:,?\s*(?:or|and)\s+)?(?:other|similar|equivalent)\s+((?:[\p{Ll}-]+\s+){0,3}(?:certifications?|certificates?|qualifications?))\s*\)?$/uy;

/**
 * The certificates a qualification lists by name after its head ("Certifications in Cisco CCNP CCIE Juniper JNCIP-SP or
 * other data communication certifications"), as offsets in `span`; null unless it names two or more and nothing else.
 */
export function listedCertificates(span: string): [number, number][] | null {
  const intro = CERTIFICATES_INTRODUCED.exec(span);
  if (!intro) return null;
  const out: [number, number][] = [];
  let at = intro[0].length;
  for (;;) {
    CERTIFICATE_NAME.lastIndex = at;
    const name = CERTIFICATE_NAME.exec(span);
    if (!name) break;
    out.push([at, at + name[0].length]);
    at += name[0].length;
    if (/^\s*\)?$/.test(span.slice(at))) return out.length >= 2 ? out : null;
    OTHER_CERTIFICATES.lastIndex = at;
    const other = OTHER_CERTIFICATES.exec(span);
    if (other) {
      const from = at + other[0].indexOf(other[1]);
      return out.length >= 2 ? [...out, [from, from + other[1].length]] : null;
    }
    CERTIFICATE_GAP.lastIndex = at;
    const gap = CERTIFICATE_GAP.exec(span);
    if (!gap) return null;
    at += gap[0].length;
  }
  return null;
}
