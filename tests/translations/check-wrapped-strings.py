#!/usr/bin/env python3
"""Fails when a visible text in the desktop app (src/gui) or the GP report (src/report) is written
as a plain string literal instead of going through tr() / QCoreApplication::translate, so that a
translation could never reach it.

What it looks at, honestly: string literals passed straight (or through QStringLiteral,
QLatin1String, QString::fromUtf8/fromLatin1) as the FIRST text argument of the calls that put
words on screen or paper: widget and action texts (setText, setWindowTitle, setToolTip,
setStatusTip, setWhatsThis, setPlaceholderText, setAccessibleName, setAccessibleDescription,
setTitle, setTitleText, setLabelText, setTabText, addTab, insertTab, addAction, addItem, addRow,
setHeaderLabels, showMessage, setInformativeText, setDetailedText, QMessageBox::information /
warning / critical / question, the constructors of QLabel, QPushButton, QCheckBox, QRadioButton,
QGroupBox, QAction, QMenu) and the report's blocks (heading, subheading, paragraph, fact, noData,
warningBox, labelledNote, note).
A literal counts as words when, without its HTML tags, it has two letters in a row; "%1 (%2)",
"<b>%1</b>", "·" or "–" do not.

What it cannot see: a literal built up in a variable first and passed later, texts set by data
models (data() for Qt::DisplayRole), or texts drawn with QPainter::drawText. Those are covered by
review and by the German screenshots.

It also fails on a \\uXXXX escape followed by another hex digit inside a literal ("0\\u201310"):
C++ reads four digits, but lupdate reads on and files the text under a different source, so its
translation is never found. Write such characters themselves ("0–10").

A line may opt out with a comment that says why: `// untranslated: <reason>` (for instance a
product name or a file-format name that is the same in every language).

Usage: check-wrapped-strings.py SOURCE_ROOT
"""
import pathlib
import re
import sys

CALLS = (
    r"setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|"
    r"setAccessibleName|setAccessibleDescription|setTitle|setTitleText|setLabelText|setTabText|"
    r"addTab|insertTab|addAction|addItem|addRow|setHeaderLabels|showMessage|setInformativeText|"
    r"setDetailedText|information|warning|critical|question|"
    r"heading|subheading|paragraph|fact|noData|warningBox|labelledNote|note|"
    r"new\s+(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QMenu)"
)
# For addTab / insertTab / addRow / QMessageBox the text is not the first argument: any literal
# among the arguments up to the closing parenthesis of the call is looked at (nested calls are
# skipped as a whole).
LITERAL = r'(?:QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1)?\(?\s*"((?:[^"\\]|\\.)*)"'
CALL = re.compile(r"\b(" + CALLS + r")\s*[({]")
WORDS = re.compile(r"[A-Za-z]{2,}")
WRAPPED = re.compile(r"\b(?:tr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP)\s*\($")


def arguments(text, start):
    """The text of a call's arguments, from just after its opening bracket to the matching close."""
    depth = 1
    i = start
    in_string = False
    while i < len(text) and depth:
        c = text[i]
        if in_string:
            if c == "\\":
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "({":
            depth += 1
        elif c in ")}":
            depth -= 1
        i += 1
    return text[start:i - 1]


def top_level_literals(args):
    """Literals in args that are not inside a nested call such as tr(...) or .arg(...)."""
    found = []
    depth = 0
    i = 0
    prefix = ""
    while i < len(args):
        c = args[i]
        if c == '"':
            j = i + 1
            while j < len(args) and args[j] != '"':
                j += 2 if args[j] == "\\" else 1
            literal = args[i + 1:j]
            head = args[:i].rstrip()
            wrapped_here = re.search(r"(QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1)\s*\($",
                                     head)
            if depth == 0 or (depth == 1 and wrapped_here and prefix_depth_ok(args[:i])):
                found.append(literal)
            i = j + 1
            continue
        if c in "({":
            depth += 1
        elif c in ")}":
            depth -= 1
        i += 1
    return found


def prefix_depth_ok(head):
    # The literal is inside exactly one QStringLiteral( ... ) opened at top level.
    match = re.search(r"(QStringLiteral|QLatin1String|QString::fromUtf8|QString::fromLatin1)\s*\(\s*$", head)
    if not match:
        return False
    before = head[:match.start()]
    return before.count("(") - before.count(")") == 0


def check(path):
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    problems = []
    for match in CALL.finditer(text):
        args = arguments(text, match.end())
        for literal in top_level_literals(args):
            if not WORDS.search(re.sub(r"<[^>]*>|&\w+;", "", literal)):
                continue
            offset = text.index('"' + literal + '"', match.end()) if ('"' + literal + '"') in text[match.end():] else match.end()
            line_number = text.count("\n", 0, offset) + 1
            line = lines[line_number - 1]
            call_line = lines[text.count("\n", 0, match.start())]
            if "untranslated:" in line or "untranslated:" in call_line:
                continue
            problems.append(f"{path}:{line_number}: \"{literal[:60]}\" is shown but not translatable "
                            f"(wrap it in tr(), or say why not with // untranslated: reason)")
    return problems


MISREAD_ESCAPE = re.compile(r"\\u[0-9A-Fa-f]{4}[0-9A-Fa-f]")


def misread_escapes(path):
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        code = line.split("//", 1)[0]
        if MISREAD_ESCAPE.search(code):
            problems.append(f"{path}:{number}: a \\u escape followed by a hex digit, which lupdate misreads; "
                            f"write the character itself")
    return problems


def main():
    root = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else pathlib.Path(".")
    problems = []
    for folder in ("src/gui", "src/report"):
        for path in sorted((root / folder).rglob("*.cpp")):
            problems += check(path)
    for folder in ("src/gui", "src/report", "src/presentation", "src/core", "src/services"):
        for path in sorted((root / folder).rglob("*.cpp")):
            problems += misread_escapes(path)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} visible text(s) not wrapped for translation", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
