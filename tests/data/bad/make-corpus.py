#!/usr/bin/env python3
"""Writes the hostile-input corpus for the evidence importers (issue #7).

Every file holds exactly one problem and is named after it; `ldn-tracker-cli evidence import FILE`
must refuse each one with exit code 2, a message naming the file and a line, and a database whose
logical content is unchanged (tests/hostile/HostileInputTest.cpp checks all of this).

    tests/data/bad/make-corpus.py            rewrite csl-json/, ris/ and evidence-pack/
    tests/data/bad/make-corpus.py --check    fail if the committed files differ from the script

The valid parts are taken from real exports (tests/data/evidence/) and from the evidence pack
format (docs/formats.md), so each file is refused for its one problem and not for an unrelated
one. The output is deterministic (a fixed random seed for the binary junk), and the whole corpus
stays small: the 100,000-level nestings are the only large files. The folders backup-json/ and
csv/ are written by hand or by their own generators, not by this script.
"""

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEPTH = 100_000
BOM = b"\xef\xbb\xbf"

# ---------------------------------------------------------------------------------------------
# CSL-JSON (Zotero, citation.js)


def csl_item(**changes):
    item = {
        "id": "http://zotero.org/users/local/abc/items/QX2",
        "type": "article-journal",
        "title": "Low-dose naltrexone for the treatment of fibromyalgia",
        "container-title": "Arthritis & Rheumatism",
        "volume": "65",
        "issue": "2",
        "page": "529-538",
        "DOI": "10.1002/art.37734",
        "PMID": "23359310",
        "note": "Registered as NCT00568555.",
        "author": [{"family": "Younger", "given": "Jarred"}, {"family": "Mackey", "given": "Sean"}],
        "issued": {"date-parts": [[2013, 2]]},
    }
    for key, value in changes.items():
        key = key.replace("_", "-")
        if value is DELETE:
            del item[key]
        else:
            item[key] = value
    return item


def second_item(**changes):
    item = {
        "type": "article-journal",
        "title": "Therapy with the opioid antagonist naltrexone in Crohn's disease",
        "container-title": "Digestive Diseases and Sciences",
        "author": [{"literal": "Smith JP"}],
        "issued": {"raw": "2011-07"},
        "PMCID": "PMC3381945",
    }
    item.update(changes)
    return item


DELETE = object()


def csl(*items):
    return (json.dumps(list(items), indent=2, ensure_ascii=False) + "\n").encode()


MARK = "@@RAW@@"


def csl_field_raw(field, raw):
    """A one-item file whose `field` holds the raw JSON text `raw`."""
    item = csl_item()
    item[field] = MARK
    return csl(item).replace(b'"' + MARK.encode() + b'"', raw)


def csl_year_raw(raw):
    text = csl(csl_item(issued={"date-parts": [[MARK, 2]]}))
    return text.replace(b'"' + MARK.encode() + b'"', raw)


def junk(seed, size):
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size))


def csl_corpus():
    valid = csl(csl_item(), second_item())
    files = {
        "empty.json": b"",
        "whitespace-only.json": b"  \n\t\n",
        "truncated-mid-string.json": valid[: valid.index(b"for the treatment")],
        "truncated-after-comma.json": valid[: valid.index(b'"container-title"')],
        "truncated-in-second-record.json": valid[: valid.index(b"Digestive")],
        "truncated-mid-number.json": csl(csl_item())[: csl(csl_item()).index(b"2013") + 2],
        "truncated-mid-escape.json": b'[{"title": "Low-dose \\u00',
        "truncated-mid-utf8-sequence.json": '[{"title": "Naltrexona en dosis bajas: ensayo \u00e9'.encode()[:-1],
        "nested-100000-arrays.json": b"[" * DEPTH + b"]" * DEPTH,
        "nested-100000-unclosed.json": b"[" * DEPTH,
        "nested-100000-in-unknown-field.json": csl_field_raw("abstract", b"[" * DEPTH + b"]" * DEPTH),
        "top-level-string.json": b'"Low-dose naltrexone for the treatment of fibromyalgia"\n',
        "top-level-number.json": b"42\n",
        "top-level-null.json": b"null\n",
        "top-level-true.json": b"true\n",
        "empty-array.json": b"[]\n",
        "record-is-string.json": csl("Low-dose naltrexone for the treatment of fibromyalgia"),
        "record-is-array.json": csl(["Low-dose naltrexone", 2013]),
        "record-is-null.json": csl(csl_item(), None),
        "title-missing.json": csl(csl_item(title=DELETE)),
        "title-empty.json": csl(csl_item(title="")),
        "title-whitespace.json": csl(csl_item(title=" \t\n ")),
        "title-wrong-type-number.json": csl(csl_item(title=2013)),
        "title-wrong-type-array.json": csl(csl_item(title=["Low-dose", "naltrexone"])),
        "title-wrong-type-object.json": csl(csl_item(title={"en": "Low-dose naltrexone"})),
        "title-huge-100k.json": csl(csl_item(title="LDN " * 25_000)),
        "note-huge-10k.json": csl(csl_item(note="n" * 10_000)),
        "container-title-huge.json": csl(csl_item(container_title="Journal " * 200)),
        "type-wrong-type.json": csl(csl_item(type=17)),
        "doi-wrong-type.json": csl_field_raw("DOI", b"10.1002"),
        "doi-malformed.json": csl(csl_item(DOI="not a DOI at all")),
        "doi-prefix-only.json": csl(csl_item(DOI="10.1002/")),
        "pmid-negative.json": csl_field_raw("PMID", b"-23359310"),
        "pmid-letters.json": csl(csl_item(PMID="PMID twenty-three")),
        "pmid-float.json": csl_field_raw("PMID", b"23359310.5"),
        "pmid-uint64-max.json": csl_field_raw("PMID", b"18446744073709551615"),
        "pmid-boolean.json": csl_field_raw("PMID", b"true"),
        "pmcid-malformed.json": csl(csl_item(PMCID="PMC-three")),
        "url-javascript.json": csl(csl_item(URL="javascript:alert(1)")),
        "url-wrong-type.json": csl_field_raw("URL", b'["https://example.org"]'),
        "author-not-array.json": csl(csl_item(author="Younger, Jarred")),
        "author-entry-string.json": csl(csl_item(author=["Younger J"])),
        "author-family-number.json": csl(csl_item(author=[{"family": 42, "given": "Jarred"}])),
        "authors-huge.json": csl(
            csl_item(author=[{"family": "Younger%04d" % i, "given": "Jarred"} for i in range(600)])),
        "issued-not-object.json": csl(csl_item(issued=2013)),
        "date-parts-not-array.json": csl(csl_item(issued={"date-parts": "2013-02"})),
        "date-parts-inner-not-array.json": csl(csl_item(issued={"date-parts": [2013, 2]})),
        "year-string-junk.json": csl(csl_item(issued={"date-parts": [["soon"]]})),
        "year-float.json": csl_year_raw(b"2013.5"),
        "year-exponent.json": csl_year_raw(b"2.013e3"),
        "year-huge-20-digits.json": csl_year_raw(b"99999999999999999999"),
        "year-wraps-to-2013.json": csl_year_raw(b"4294969309"),
        "year-uint64-max.json": csl_year_raw(b"18446744073709551615"),
        "year-negative.json": csl_year_raw(b"-2013"),
        "year-zero.json": csl_year_raw(b"0"),
        "year-1e400.json": csl_year_raw(b"1e400"),
        "year-nan.json": csl_year_raw(b"NaN"),
        "year-infinity.json": csl_year_raw(b"Infinity"),
        "year-null-in-date-parts.json": csl_year_raw(b"null"),
        "year-boolean.json": csl_year_raw(b"true"),
        "year-9999.json": csl_year_raw(b"9999"),
        "month-17.json": csl(csl_item(issued={"date-parts": [[2013, 17]]})),
        "month-uint64-max.json": csl_year_raw(b"2013, 18446744073709551615"),
        "season-with-day.json": csl(csl_item(issued={"date-parts": [[2013, 21, 5]]})),
        "month-zero.json": csl(csl_item(issued={"date-parts": [[2013, 0, 1]]})),
        "date-2013-02-30.json": csl(csl_item(issued={"date-parts": [[2013, 2, 30]]})),
        "date-2013-02-29-not-leap.json": csl(csl_item(issued={"date-parts": [[2013, 2, 29]]})),
        "day-negative.json": csl(csl_item(issued={"date-parts": [[2013, 2, -1]]})),
        "month-string-junk.json": csl(csl_item(issued={"date-parts": [[2013, "Feb"]]})),
        "raw-date-no-year.json": csl(csl_item(issued={"raw": "spring"})),
        "raw-date-year-1066.json": csl(csl_item(issued={"raw": "1066-10-14"})),
        "invalid-utf8-title.json": csl(csl_item(title="@@")).replace(b"@@", b"Low-dose \xc3\x28 naltrexone"),
        "invalid-utf8-overlong-slash.json": csl(csl_item(title="@@")).replace(b"@@", b"\xc0\xaf etc"),
        "invalid-utf8-surrogate-bytes.json": csl(csl_item(title="@@")).replace(b"@@", b"\xed\xa0\x80"),
        "invalid-utf8-outside-string.json": csl(csl_item()).replace(b"[", b"[\xff", 1),
        "lone-surrogate-escape.json": csl(csl_item(title="@@")).replace(b"@@", b"\\ud800 naltrexone"),
        "invalid-escape.json": csl(csl_item(title="@@")).replace(b"@@", b"naltrexone \\x41"),
        "unescaped-control-character.json": csl(csl_item(title="@@")).replace(b"@@", b"naltrexone\x01LDN"),
        "unescaped-newline-in-string.json": csl(csl_item(title="@@")).replace(b"@@", b"low-dose\nnaltrexone"),
        "bom-then-junk.json": BOM + b"junk, not JSON\n",
        "two-boms.json": BOM + BOM + csl(csl_item()),
        "utf16le-with-bom.json": b"\xff\xfe" + csl(csl_item()).decode().encode("utf-16-le"),
        "utf16be-with-bom.json": b"\xfe\xff" + csl(csl_item()).decode().encode("utf-16-be"),
        "utf32le-with-bom.json": b"\xff\xfe\x00\x00" + csl(csl_item()).decode().encode("utf-32-le"),
        "duplicate-key-title.json": csl(csl_item(title="@@")).replace(
            b'"title": "@@"', b'"title": "Low-dose naltrexone",\n    "title": "Something else"'),
        "duplicate-key-doi.json": csl(csl_item()).replace(
            b'"DOI": "10.1002/art.37734"', b'"DOI": "10.1002/art.37734",\n    "DOI": "10.1111/j.1572-0241.2007.01045.x"'),
        "duplicate-key-escaped.json": csl(csl_item()).replace(
            b'"PMID": "23359310"', b'"PMID": "23359310",\n    "PM\\u0049D": "17222320"'),
        "binary-junk.json": junk(1, 4096),
        "binary-junk-after-bracket.json": b"[" + junk(2, 2048),
        "nul-bytes.json": b"\x00" * 512,
        "nul-inside-document.json": csl(csl_item()).replace(b'"type"', b'\x00"type"', 1),
        # The JSON parser stops at a NUL byte: what follows must not be ignored (found by fuzzing).
        "nul-after-document.json": csl(csl_item()) + b"\x00" + csl(second_item(title=None)),
        "trailing-garbage.json": csl(csl_item()) + b"xyz\n",
        "two-documents.json": csl(csl_item()) + csl(second_item()),
        "comments.json": b"// exported from Zotero\n" + csl(csl_item()),
        "single-quotes.json": csl(csl_item()).replace(b'"title"', b"'title'"),
        "trailing-comma.json": csl(csl_item())[:-3] + b",\n]\n",
        "unquoted-key.json": csl(csl_item()).replace(b'"title"', b"title"),
        "custom-not-object.json": csl(csl_item(custom=["NCT00568555"])),
        "note-wrong-type.json": csl(csl_item(note={"text": "NCT00568555"})),
        "volume-object.json": csl(csl_item(volume={"number": 65})),
        "volume-1e999.json": csl_field_raw("volume", b"1e999"),
        "page-array.json": csl(csl_item(page=[529, 538])),
        "second-record-bad.json": csl(csl_item(), second_item(title=None)),
        "last-of-100-records-bad.json": csl(
            *[csl_item(title="Reference number %d about low-dose naltrexone" % i, DOI="10.5555/ldn.%d" % i,
                       PMID=str(30000000 + i)) for i in range(100)],
            second_item(PMCID="PMC-bad")),
    }
    return files


# ---------------------------------------------------------------------------------------------
# RIS (PubMed, Zotero, EndNote)

RIS_RECORD = [
    "TY  - JOUR",
    "TI  - Low-dose naltrexone therapy improves active Crohn's disease: an open-label",
    "      pilot study.",
    "AU  - Smith, Jill P",
    "AU  - Stock, Heather",
    "PY  - 2007/04/01/",
    "JO  - The American journal of gastroenterology",
    "VL  - 102",
    "IS  - 4",
    "SP  - 820",
    "EP  - 828",
    "DO  - 10.1111/j.1572-0241.2007.01045.x",
    "AN  - 17222320",
    "UR  - https://pubmed.ncbi.nlm.nih.gov/17222320",
    "ER  - ",
]

RIS_SECOND = [
    "TY  - JOUR",
    "T1  - Therapy with the opioid antagonist naltrexone in Crohn's disease",
    "A1  - Smith, J. P.",
    "Y1  - 2011",
    "JF  - Digestive Diseases and Sciences",
    "C2  - PMC3381945",
    "N1  - Trial registration NCT00663117",
    "ER  - ",
]


def ris_record(replace=None, drop=(), add=(), base=RIS_RECORD):
    """The first record with tag lines replaced ({"PY": "PY  - soon"}), dropped or added before ER."""
    lines = []
    for line in base:
        tag = line[:2]
        if tag in drop:
            continue
        lines.append(replace[tag] if replace and tag in replace else line)
    lines[-1:-1] = list(add)  # every base record ends with its ER line
    return lines


def ris(*records, newline="\n"):
    lines = []
    for record in records:
        lines.extend(record)
        lines.append("")
    return newline.join(lines).encode()


def ris_bytes(record_lines, marker, raw):
    return ris(record_lines).replace(marker.encode(), raw)


def ris_corpus():
    # Issue #20: RIS is read as Zotero reads it, so a file without its last ER, with one space
    # before the dash, with text before the first record or a new TY instead of an ER, or cut off
    # after a record's title is no longer hostile: those cases are tests of their own
    # (tests/core/RealWorldReferencesTest.cpp). Every file here is refused by `evidence import
    # --strict`; without --strict, a file with a good record imports it and lists the rest.
    files = {
        "empty.ris": b"",
        "whitespace-only.ris": b"\n  \n\t\n",
        "tag-before-ty.ris": ris(["TI  - Low-dose naltrexone"] + RIS_RECORD),
        "er-without-ty.ris": ris(["ER  - "]),
        "only-er-lines.ris": b"ER  - \nER  - \n",
        "lowercase-tags.ris": ris([line[:2].lower() + line[2:] for line in RIS_RECORD]),
        "title-missing.ris": ris(ris_record(drop=("TI", "  "))),
        "title-empty.ris": ris(ris_record(replace={"TI": "TI  - "}, drop=("  ",))),
        "title-only-continuation.ris": ris(["TY  - JOUR", "      a continuation with no field", "ER  - "]),
        "title-huge-100k.ris": ris(ris_record(replace={"TI": "TI  - " + "LDN " * 25_000})),
        "note-huge-wrapped.ris": ris(ris_record(add=["N1  - see below"] + ["      " + "x" * 70] * 80)),
        "note-huge-10k.ris": ris(ris_record(add=["N1  - " + "n" * 10_000])),
        "journal-huge.ris": ris(ris_record(replace={"JO": "JO  - " + "Journal " * 200})),
        "locator-huge.ris": ris(ris_record(replace={"VL": "VL  - " + "1" * 300})),
        "authors-huge.ris": ris(ris_record(add=["AU  - Smith%04d, Jill" % i for i in range(600)])),
        "year-junk.ris": ris(ris_record(replace={"PY": "PY  - soon"})),
        "year-0000.ris": ris(ris_record(replace={"PY": "PY  - 0000/04/01/"})),
        "year-9999.ris": ris(ris_record(replace={"PY": "PY  - 9999"})),
        "year-1066.ris": ris(ris_record(replace={"PY": "PY  - 1066"})),
        "year-negative.ris": ris(ris_record(replace={"PY": "PY  - -2007"})),
        "year-huge-number.ris": ris(ris_record(replace={"PY": "PY  - 99999999999999999999"})),
        "year-nan.ris": ris(ris_record(replace={"PY": "PY  - NaN"})),
        "year-infinity.ris": ris(ris_record(replace={"PY": "PY  - Infinity"})),
        "year-two-digits.ris": ris(ris_record(replace={"PY": "PY  - 07/04/01"})),
        "date-2007-02-30.ris": ris(ris_record(replace={"PY": "PY  - 2007/02/30/"})),
        "date-2007-02-29-not-leap.ris": ris(ris_record(replace={"PY": "PY  - 2007/02/29/"})),
        "month-13.ris": ris(ris_record(replace={"PY": "PY  - 2007/13/01/"})),
        "month-zero.ris": ris(ris_record(replace={"PY": "PY  - 2007/00/01/"})),
        "day-32.ris": ris(ris_record(replace={"PY": "PY  - 2007/01/32/"})),
        "da-impossible-date.ris": ris(ris_record(drop=("PY",), add=["DA  - 2007/04/31"])),
        "duplicate-conflicting-doi.ris": ris(ris_record(add=["DO  - 10.1002/art.37734"])),
        "duplicate-conflicting-year.ris": ris(ris_record(add=["PY  - 2011"])),
        "duplicate-conflicting-title.ris": ris(ris_record(add=["TI  - Some other paper altogether"])),
        "doi-malformed.ris": ris(ris_record(replace={"DO": "DO  - not a DOI"})),
        "doi-prefix-only.ris": ris(ris_record(replace={"DO": "DO  - 10.1111/"})),
        "pmcid-malformed.ris": ris(ris_record(base=RIS_SECOND, replace={"C2": "C2  - PMCabc"})),
        "url-javascript.ris": ris(ris_record(replace={"UR": "UR  - javascript:alert(1)"})),
        "url-no-scheme.ris": ris(ris_record(replace={"UR": "UR  - pubmed.ncbi.nlm.nih.gov/17222320"})),
        "invalid-utf8-title.ris": ris_bytes(RIS_RECORD, "improves", b"impr\xc3\x28ves"),
        "invalid-utf8-overlong.ris": ris_bytes(RIS_RECORD, "Stock", b"St\xc0\xafck"),
        "invalid-utf8-surrogate-bytes.ris": ris_bytes(RIS_RECORD, "Heather", b"Heat\xed\xa0\x80her"),
        "invalid-utf8-truncated-sequence.ris": ris_bytes(RIS_RECORD, "Heather", b"Heather \xc3"),
        "invalid-utf8-truncated-at-end.ris": ris(RIS_RECORD[:-1]) + "ER  - caf\u00e9".encode()[:-1],
        "latin1-encoded.ris": ris(ris_record(replace={"AU": "AU  - Sch\u00e4fer, J\u00fcrgen"})).decode()
        .encode("latin-1"),
        "utf16le-with-bom.ris": b"\xff\xfe" + ris(RIS_RECORD).decode().encode("utf-16-le"),
        "utf16be-with-bom.ris": b"\xfe\xff" + ris(RIS_RECORD).decode().encode("utf-16-be"),
        "bom-then-junk.ris": BOM + b"junk, not RIS\n",
        "two-boms.ris": BOM + BOM + ris(RIS_RECORD),
        "binary-junk.ris": junk(3, 4096),
        "binary-junk-after-record.ris": ris(RIS_RECORD) + junk(4, 1024),
        "nul-bytes.ris": b"\x00" * 512,
        "nul-in-title.ris": ris_bytes(RIS_RECORD, "improves", b"impr\x00ves"),
        "control-character-in-author.ris": ris_bytes(RIS_RECORD, "Heather", b"Heat\x1bher"),
        "json-in-ris-file.ris": csl(csl_item()),
        "second-record-bad.ris": ris(RIS_RECORD, ris_record(base=RIS_SECOND, drop=("T1",))),
        "last-of-100-records-bad.ris": ris(
            *[ris_record(replace={"TI": "TI  - Reference number %d about low-dose naltrexone" % i,
                                  "DO": "DO  - 10.5555/ldn.%d" % i, "AN": "AN  - %d" % (30000000 + i)})
              for i in range(100)],
            ris_record(base=RIS_SECOND, replace={"Y1": "Y1  - sometime"})),
        "crlf-then-bad-year.ris": ris(RIS_RECORD, ris_record(base=RIS_SECOND, replace={"Y1": "Y1  - 20XX"}),
                                      newline="\r\n"),
        "cr-only-line-endings.ris": ris(RIS_RECORD, newline="\r"),
        "no-space-after-dash.ris": ris(ris_record(replace={"TI": "TI  -Low-dose naltrexone"})),
    }
    return files


# ---------------------------------------------------------------------------------------------
# Evidence packs (docs/formats.md, "Evidence packs")


def pack(**top):
    document = {
        "format": "ldn-evidence-pack",
        "format_version": 1,
        "name": "hostile-test-pack",
        "pack_version": 1,
        "title": "A small pack to break",
        "conditions": [
            {"key": "fibromyalgia-test", "name": "Fibromyalgia (test)", "category": "other",
             "synonyms": ["FM (test)"], "evidence_status": "randomised_trials"},
        ],
        "sources": [
            {"key": "trial", "kind": "rct_parallel", "title": "A trial of LDN", "year": 2024,
             "authors": "Bruun et al.", "publisher": "Lancet Rheumatology", "locator": "6(1):e31-e39",
             "identifiers": {"doi": "10.1016/S2665-9913(23)00278-3", "nct": "NCT04270877",
                             "eudract": "2019-000702-30"},
             "peer_reviewed": True, "verification": "abstract"},
        ],
        "claims": [
            {"key": "trial-pain", "condition": "fibromyalgia-test", "outcome": "pain", "comparator": "placebo",
             "direction": "no_difference", "participants": 99, "dose": "6 mg a day", "sources": ["trial"],
             "effect": {"metric": "difference", "value": -0.34, "ci_low": -0.95, "ci_high": 0.27, "p": "0.27"}},
        ],
        "grades": [
            {"key": "fibromyalgia-test-pain", "condition": "fibromyalgia-test", "outcome": "pain",
             "start": "randomised", "certainty": "moderate",
             "reasons": [{"domain": "imprecision", "levels": -1, "explanation": "one trial"}]},
        ],
    }
    for key, value in top.items():
        if value is DELETE:
            del document[key]
        else:
            document[key] = value
    return document


def dump(document):
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode()


def with_entry(section, index=0, **changes):
    """A pack whose `section`[index] has `changes` (DELETE removes a field)."""
    document = pack()
    entry = document[section][index]
    for key, value in changes.items():
        if value is DELETE:
            del entry[key]
        else:
            entry[key] = value
    return dump(document)


def raw_in(section, field, raw, index=0):
    return with_entry(section, index, **{field: MARK}).replace(b'"' + MARK.encode() + b'"', raw)


def raw_top(field, raw):
    return dump(pack(**{field: MARK})).replace(b'"' + MARK.encode() + b'"', raw)


def pack_corpus():
    valid = dump(pack())
    base = pack()
    source = base["sources"][0]
    claim = base["claims"][0]
    grade = base["grades"][0]
    many_sources = [dict(source, key="trial-%d" % i, identifiers={"doi": "10.5555/ldn.%d" % i})
                    for i in range(100)]
    files = {
        "empty.json": b"",
        "truncated-mid-string.json": valid[: valid.index(b"small pack")],
        "truncated-after-sources.json": valid[: valid.index(b'"claims"')],
        "truncated-mid-number.json": valid[: valid.index(b"-0.95") + 3],
        "format-missing.json": dump(pack(format=DELETE)),
        "format-wrong.json": dump(pack(format="ldn-tracker-backup")),
        "format-wrong-type.json": dump(pack(format=1)),
        "format-empty.json": dump(pack(format="")),
        "format-version-2.json": dump(pack(format_version=2)),
        "format-version-999999.json": dump(pack(format_version=999999)),
        "format-version-0.json": dump(pack(format_version=0)),
        "format-version-negative.json": dump(pack(format_version=-1)),
        "format-version-string.json": dump(pack(format_version="1")),
        "format-version-float.json": raw_top("format_version", b"1.5"),
        "format-version-missing.json": dump(pack(format_version=DELETE)),
        "format-version-uint64-max.json": raw_top("format_version", b"18446744073709551615"),
        "format-version-1e400.json": raw_top("format_version", b"1e400"),
        "pack-version-missing.json": dump(pack(pack_version=DELETE)),
        "pack-version-nan.json": raw_top("pack_version", b"NaN"),
        "pack-version-huge.json": raw_top("pack_version", b"123456789012345678901234567890"),
        "pack-version-zero.json": dump(pack(pack_version=0)),
        "name-missing.json": dump(pack(name=DELETE)),
        "name-wrong-type.json": dump(pack(name=["hostile"])),
        "unknown-top-level-field.json": dump(pack(formatversion=1)),
        "top-level-string.json": b'"ldn-evidence-pack"\n',
        "conditions-not-array.json": dump(pack(conditions={"fibromyalgia-test": {}})),
        "condition-not-object.json": dump(pack(conditions=["fibromyalgia-test"])),
        "condition-key-missing.json": with_entry("conditions", key=DELETE),
        "condition-key-invalid.json": with_entry("conditions", key="Fibro Myalgia"),
        "condition-key-huge.json": with_entry("conditions", key="k" * 200),
        "condition-category-unknown.json": with_entry("conditions", category="rheumatic"),
        "condition-synonym-number.json": with_entry("conditions", synonyms=["FM", 7]),
        "condition-name-repeats-synonym.json": dump(pack(conditions=base["conditions"] + [
            {"key": "other-test", "name": "FM (test)", "category": "other"}])),
        "condition-evidence-status-mismatch.json": with_entry("conditions", evidence_status="anecdote_only"),
        "duplicate-condition-key.json": dump(pack(conditions=base["conditions"] + [
            {"key": "fibromyalgia-test", "name": "Another name", "category": "other"}])),
        "duplicate-json-key-top-level.json": valid.replace(
            b'"format_version": 1,', b'"format_version": 1,\n  "format_version": 2,'),
        "duplicate-json-key-in-source.json": valid.replace(
            b'"title": "A trial of LDN",', b'"title": "A trial of LDN",\n      "title": "Another title",'),
        "source-kind-unknown.json": with_entry("sources", kind="anecdata"),
        "source-kind-missing.json": with_entry("sources", kind=DELETE),
        "source-title-missing.json": with_entry("sources", title=DELETE),
        "source-title-huge.json": with_entry("sources", title="T" * 5000),
        "source-note-huge.json": with_entry("sources", note="n" * 10_000),
        "source-year-string.json": with_entry("sources", year="2024"),
        "source-year-float.json": raw_in("sources", "year", b"2024.5"),
        "source-year-3000.json": with_entry("sources", year=3000),
        "source-year-negative.json": with_entry("sources", year=-2024),
        "source-year-wraps-to-2024.json": raw_in("sources", "year", b"4294969320"),
        "source-year-uint64-max.json": raw_in("sources", "year", b"18446744073709551615"),
        "source-doi-malformed.json": with_entry("sources", identifiers={"doi": "10.1016"}),
        "source-nct-malformed.json": with_entry("sources", identifiers={"nct": "NCT123"}),
        "source-eudract-malformed.json": with_entry("sources", identifiers={"eudract": "2019-702-30"}),
        "source-unknown-identifier.json": with_entry("sources", identifiers={"isbn": "978-3-16-148410-0"}),
        "source-identifiers-array.json": with_entry("sources", identifiers=["10.1016/S2665-9913(23)00278-3"]),
        "source-peer-reviewed-string.json": with_entry("sources", peer_reviewed="yes"),
        "source-verification-unknown.json": with_entry("sources", verification="trust-me"),
        "duplicate-source-key.json": dump(pack(sources=base["sources"] + [dict(source, title="Again")])),
        "claim-condition-unknown.json": with_entry("claims", condition="fibro"),
        "claim-source-unknown.json": with_entry("claims", sources=["missing"]),
        "claim-sources-empty.json": with_entry("claims", sources=[]),
        "claim-sources-string.json": with_entry("claims", sources="trial"),
        "claim-participants-negative.json": with_entry("claims", participants=-99),
        "claim-participants-absurd.json": with_entry("claims", participants=1_000_000_000),
        "claim-participants-float.json": raw_in("claims", "participants", b"99.5"),
        "claim-effect-value-1e400.json": with_entry("claims", effect=dict(claim["effect"], value=MARK)).replace(
            b'"' + MARK.encode() + b'"', b"1e400"),
        "claim-effect-value-nan.json": with_entry("claims", effect=dict(claim["effect"], value=MARK)).replace(
            b'"' + MARK.encode() + b'"', b"NaN"),
        "claim-effect-ci-negative-infinity.json": with_entry(
            "claims", effect=dict(claim["effect"], ci_low=MARK)).replace(b'"' + MARK.encode() + b'"', b"-1e999"),
        "claim-effect-value-string.json": with_entry("claims", effect=dict(claim["effect"], value="-0.34")),
        "claim-effect-ci-reversed.json": with_entry("claims", effect=dict(claim["effect"], ci_low=0.5, ci_high=-0.5)),
        "claim-effect-ci-one-end.json": with_entry("claims", effect={"metric": "difference", "ci_low": -0.95}),
        "claim-effect-unknown-field.json": with_entry("claims", effect=dict(claim["effect"], se=0.1)),
        "claim-direction-unknown.json": with_entry("claims", direction="better"),
        "claim-comparator-missing.json": with_entry("claims", comparator=DELETE),
        "claim-dose-huge.json": with_entry("claims", dose="4.5 mg " * 100),
        "claim-outcome-empty.json": with_entry("claims", outcome=""),
        "duplicate-claim-key.json": dump(pack(claims=base["claims"] + [dict(claim, outcome="fatigue")])),
        "grade-certainty-mismatch.json": with_entry("grades", certainty="high"),
        "grade-levels-wrong-sign.json": with_entry("grades", reasons=[dict(grade["reasons"][0], levels=1)]),
        "grade-levels-huge.json": with_entry("grades", reasons=[dict(grade["reasons"][0], levels=2_000_000)]),
        "grade-levels-missing.json": with_entry("grades", reasons=[{"domain": "imprecision", "explanation": "x"}]),
        "grade-domain-twice.json": with_entry("grades", certainty=DELETE,
                                              reasons=[grade["reasons"][0], grade["reasons"][0]]),
        "grade-start-unknown.json": with_entry("grades", start="anecdotal"),
        "grade-outcome-twice.json": dump(pack(grades=base["grades"] + [dict(grade, key="another-grade")])),
        "grade-condition-unknown.json": with_entry("grades", condition="fibro"),
        "invalid-utf8-in-name.json": dump(pack(name="@@")).replace(b"@@", b"hostile\xff"),
        "invalid-utf8-in-title.json": dump(pack(title="@@")).replace(b"@@", b"A \xe2\x82 pack"),
        "lone-surrogate-escape.json": dump(pack(title="@@")).replace(b"@@", b"\\udc00"),
        "bom-then-junk.json": BOM + b"junk, not JSON\n",
        "utf16le-with-bom.json": b"\xff\xfe" + valid.decode().encode("utf-16-le"),
        "binary-junk.json": junk(5, 4096),
        "binary-junk-after-brace.json": b"{" + junk(6, 2048),
        "nul-bytes.json": b"\x00" * 512,
        "nul-after-document.json": valid + b"\x00{\"format_version\": 99}",
        "trailing-garbage.json": valid + b"}\n",
        "comments.json": valid.replace(b'"name"', b'/* the name */ "name"'),
        "nested-100000-in-note.json": raw_in("sources", "note", b"[" * DEPTH + b"]" * DEPTH),
        # Objects take five bytes a level: 10,000 keep the corpus small; arrays go to 100,000.
        "nested-10000-objects-in-description.json": raw_top("description", b'{"":' * 10_000 + b"null" + b"}" * 10_000),
        "last-of-100-sources-bad.json": dump(pack(sources=many_sources + [
            dict(source, key="bad", identifiers={"pmid": "PMID 12"})])),
    }
    return files


CORPORA = {
    "csl-json": csl_corpus,
    "ris": ris_corpus,
    "evidence-pack": pack_corpus,
}


def main():
    check = "--check" in sys.argv[1:]
    differences = []
    total = 0
    for folder, make in CORPORA.items():
        directory = os.path.join(HERE, folder)
        files = make()
        total += len(files)
        existing = set(os.listdir(directory)) if os.path.isdir(directory) else set()
        for stale in sorted(existing - set(files)):
            differences.append(os.path.join(folder, stale) + " is not made by this script")
            if not check:
                os.remove(os.path.join(directory, stale))
        os.makedirs(directory, exist_ok=True)
        for name, content in sorted(files.items()):
            path = os.path.join(directory, name)
            current = open(path, "rb").read() if os.path.exists(path) else None
            if current != content:
                differences.append(os.path.join(folder, name) + " differs")
                if not check:
                    with open(path, "wb") as file:
                        file.write(content)
        print("%-14s %4d files" % (folder, len(files)))
    print("%-14s %4d files" % ("total", total))
    if check and differences:
        print("\n".join(differences), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
