#!/bin/sh
# Makes test/fixtures/libreoffice/: every text, Markdown and HTML posting of corpus/ converted to
# DOCX and PDF by LibreOffice (not by our own renderer), for the format-invariance test. The files
# are committed, so tests need no LibreOffice; run this again (Debian: libreoffice-writer-nogui)
# when the corpus changes (or with the corpus files to redo as arguments). Markdown is converted as
# the plain text it is.
set -eu
cd "$(dirname "$0")/.."
out=test/fixtures/libreoffice
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
for f in ${*:-corpus/*.txt corpus/*.md corpus/*.html}; do
  case "$f" in corpus/README.md) continue ;; esac
  stem=$(basename "$f" | sed 's/\.[^.]*$//')
  case "$f" in
    *.html)
      cp "$f" "$tmp/$stem.html"
      soffice --headless -env:UserInstallation=file://$tmp/profile --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp" "$tmp/$stem.html" >/dev/null 2>&1
      soffice --headless -env:UserInstallation=file://$tmp/profile --convert-to 'pdf:writer_web_pdf_Export' --outdir "$tmp" "$tmp/$stem.html" >/dev/null 2>&1
      ;;
    *)
      # LibreOffice is told the text is UTF-8: the corpus's other encodings (a BOM'd UTF-16, a
      # Windows-1252 file) are converted first, as a user opening them in the right encoding would.
      if iconv -f utf-8 -t utf-8 "$f" >/dev/null 2>&1; then cp "$f" "$tmp/$stem.txt"
      elif head -c 2 "$f" | od -An -tx1 | grep -q 'ff fe'; then iconv -f utf-16 -t utf-8 "$f" >"$tmp/$stem.txt"
      else iconv -f windows-1252 -t utf-8 "$f" >"$tmp/$stem.txt"
      fi
      for to in docx pdf; do
        soffice --headless -env:UserInstallation=file://$tmp/profile --infilter='Text (encoded):UTF8,LF,,,' --convert-to "$to" --outdir "$tmp" "$tmp/$stem.txt" >/dev/null 2>&1
      done
      ;;
  esac
  for to in docx pdf; do
    test -s "$tmp/$stem.$to" || { echo "LibreOffice made no $to of $f" >&2; exit 1; }
    mv "$tmp/$stem.$to" "$out/$stem.$to"
  done
  echo "$f"
done
