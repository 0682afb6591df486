"""Fails when a user-visible string of the GUI or the CLI is not marked for translation.

GUI (ui/, app/gui/): a QStringLiteral holding words (a phrase with a space) passed straight to a
setter or constructor that shows text (setText, setToolTip, QPushButton(…), addItem(…) …).
CLI (app/cli/): every QStringLiteral holding a phrase, wherever it stands (help, usage, messages),
must be QCoreApplication::translate("cli", …) instead, except where it is compared with text the
engine produced (contains(…), startsWith(…), ==). Example values without spaces (URLs, versions,
"owner/name", option and JSON key names) are fine.
Core (core/): the message and hint of every error (fail(…), Error::make(…)) must be
QCoreApplication::translate("core", …) (or tr() in a QObject) where they hold a phrase.

  check_tr.py [REPO_ROOT]      exit 0 when every such string goes through tr(), 1 listing the others
"""
import os
import re
import sys

SHOWN = (r"setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|setTitle|addTab|"
         r"showMessage|setLabelText|setAccessibleName|setAccessibleDescription|addItem|addAction|addMenu|"
         r"QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QMessageBox::\w+|setInformativeText|"
         r"setDetailedText|setHeaderLabels?|setSuffix|setPrefix|setSpecialValueText|setFormat")
PATTERN = re.compile(r"\b(" + SHOWN + r")\s*\(\s*(?:[^()\"]*,\s*)?QStringLiteral\(\"((?:[^\"\\]|\\.)*)\"\)")
# A phrase: two words of letters separated by a space.
PHRASE = re.compile(r"[A-Za-zÄÖÜäöüß]{2,}\s+[A-Za-zÄÖÜäöüß]{2,}")


CLI_LITERAL = re.compile(r'QStringLiteral\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)')
CLI_PHRASE = re.compile(r"[A-Za-z]{2,}[,:;.]?\s+[A-Za-z(]")
COMPARED = re.compile(r"(contains|startsWith|endsWith|indexOf|==|!=)\s*\(?\s*$")


def cli_problems(root):
    problems = []
    for path, text in sources(root, os.path.join("app", "cli")):
        for match in CLI_LITERAL.finditer(text):
            literal = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(1)))
            if not CLI_PHRASE.search(literal) or literal.startswith("::"):
                continue
            if COMPARED.search(text[max(0, match.start() - 40):match.start()]):
                continue
            line = text.count("\n", 0, match.start()) + 1
            problems.append(f"{os.path.relpath(path, root)}:{line}: \"{literal[:60]}\" is printed but not translate(\"cli\", …)")
    return problems


CORE_CALL = re.compile(r'(?<![\w:.>])(fail|Error::make)\(')
CORE_PHRASE = re.compile(r"[A-Za-z]{2,}[,:;.]?\s+[A-Za-z(%]")


def call_end(text, start):
    """Index just past the parenthesis closing the call whose '(' ends at start."""
    depth, i, n = 1, start, len(text)
    while i < n and depth:
        c = text[i]
        if c in "\"'":
            i += 1
            while i < n and text[i] != c:
                i += 2 if text[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        i += 1
    return i


def sources(root, folder):
    """(path, text) of every .cpp file below root/folder."""
    for base, _dirs, files in os.walk(os.path.join(root, folder)):
        for name in sorted(files):
            if name.endswith(".cpp"):
                path = os.path.join(base, name)
                with open(path, encoding="utf-8") as f:
                    yield path, f.read()


def core_problems(root):
    problems = []
    for path, text in sources(root, "core"):
        seen = set()
        for call in CORE_CALL.finditer(text):
            end = call_end(text, call.end())
            for lit in CLI_LITERAL.finditer(text, call.end(), end):
                literal = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', lit.group(1)))
                if lit.start() in seen or not CORE_PHRASE.search(literal):
                    continue
                seen.add(lit.start())
                line = text.count("\n", 0, lit.start()) + 1
                problems.append(f"{os.path.relpath(path, root)}:{line}: \"{literal[:60]}\" is an error message "
                                "but not translate(\"core\", …)")
    return problems


def main() -> int:
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))
    problems = []
    for folder in ("ui", os.path.join("app", "gui")):
        for path, text in sources(root, folder):
            for match in PATTERN.finditer(text):
                literal = match.group(2)
                if PHRASE.search(literal) and "://" not in literal:
                    line = text.count("\n", 0, match.start()) + 1
                    problems.append(f"{os.path.relpath(path, root)}:{line}: {match.group(1)}(\"{literal}\") is shown but not tr()")
    problems += cli_problems(root)
    problems += core_problems(root)
    for problem in problems:
        print(problem)
    if not problems:
        print("check_tr: every phrase shown by the GUI goes through tr(), every CLI phrase and engine error through "
              "translate()")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
