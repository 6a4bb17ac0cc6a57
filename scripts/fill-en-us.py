#!/usr/bin/env python3
"""Takes over, in the American English translation, every unfinished text that reads the same in
American English: one without the British words and spellings below. Texts with them, and texts
with plural forms, stay unfinished for a person to word. Run by scripts/update-translations.

The file is edited as text, not re-serialised, so that it stays exactly as lupdate writes it and
`scripts/update-translations --check` can compare the two.
"""
import html
import re
import sys

# Words that an American reader would word differently. A text with one of them is left for a
# person: "GP" becomes "primary care doctor", "titration" stays but "titrate up" may not, dates
# and paper sizes live in format strings that carry a translator's comment.
BRITISH = re.compile(
    r"\bGPs?\b|colour|favourite|centre|programme|behaviour|licence|analys(?:e|ed|es|ing)\b|organis|recognis|"
    r"minimis|maximis|optimis|summaris|prioritis|customis|practis|catalogue|dialogue|cancell|"
    r"travell|labell|modell|grey|ageing|enrol|fulfil|judgement|paediatric|anaesth|oestr|haem|"
    r"diarrhoea|oedema|tumour|\bA4\b|\bmum\b|holiday|fortnight|surgery|chemist|\bcarers?\b|"
    r"d MMM|d MMMM|dd/MM|\bMMM d\b|ddd d",
    re.IGNORECASE)

MESSAGE = re.compile(r"<message>(.*?)</message>", re.DOTALL)
SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
# lupdate leaves a new text's translation empty, or fills in the translation the same text has in
# another context, still marked unfinished.
UNFINISHED = re.compile(r'<translation type="unfinished">(.*?)</translation>', re.DOTALL)


def fill(match):
    body = match.group(1)
    unfinished = UNFINISHED.search(body)
    source = SOURCE.search(body)
    if unfinished is None or source is None or unfinished.group(1) not in ("", source.group(1)):
        return match.group(0)
    if BRITISH.search(html.unescape(source.group(1))):
        return match.group(0)
    return "<message>" + body.replace(unfinished.group(0), "<translation>" + source.group(1) + "</translation>") + \
        "</message>"


def main():
    for path in sys.argv[1:]:
        with open(path, encoding="utf-8") as file:
            text = file.read()
        with open(path, "w", encoding="utf-8") as file:
            file.write(MESSAGE.sub(fill, text))


if __name__ == "__main__":
    main()
