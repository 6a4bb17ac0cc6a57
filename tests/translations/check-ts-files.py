#!/usr/bin/env python3
"""Fails when a translation source (translations/*.ts) is not finished: a text still marked
unfinished, one left obsolete or vanished (its text is no longer in the code), an empty
translation, a plural text without its forms, or a translation that drops or invents one of the
source's placeholders (%1, %2, %n) or the keyboard accelerator (&) of a menu or button.

Usage: check-ts-files.py FILE.ts...
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n)")
# "&File" has an accelerator; "&&" is a literal ampersand and "&amp;"-style entities are already
# decoded by the XML parser.
ACCELERATOR = re.compile(r"&(?!&)\w")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def problems_in(path):
    problems = []
    root = ET.parse(path).getroot()
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            where = f"{path}: [{name}] {source[:70]!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("unfinished", "obsolete", "vanished", "missing"):
                problems.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                forms = [form.text or "" for form in translation.findall("numerusform")]
                texts = forms
                if len(forms) < 2 or not all(forms):
                    problems.append(f"{where}: plural forms missing")
                    continue
            else:
                texts = [translation.text or ""]
                if not texts[0]:
                    problems.append(f"{where}: empty translation")
                    continue
            for text in texts:
                wanted = placeholders(source)
                found = placeholders(text)
                # A plural form may say "one" in words instead of %n.
                if message.get("numerus") == "yes":
                    wanted = [p for p in wanted if p != "%n"]
                    found = [p for p in found if p != "%n"]
                if wanted != found:
                    problems.append(f"{where}: placeholders {wanted} in the source, {found} in {text[:60]!r}")
                if bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(text)):
                    problems.append(f"{where}: the accelerator (&) is in one of source and translation only: "
                                    f"{text[:60]!r}")
    return problems


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    problems = []
    for path in sys.argv[1:]:
        problems += problems_in(path)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s); see \"Translations\" in README.md", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
