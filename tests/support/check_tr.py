"""Fails when a user-visible string of the GUI or the CLI is not marked for translation.

GUI (ui/, app/gui/): a QStringLiteral holding words (a phrase with a space) passed straight to a
setter or constructor that shows text (setText, setToolTip, QPushButton(…), addItem(…) …).
CLI (app/cli/): every QStringLiteral holding a phrase, wherever it stands (help, usage, messages),
must be QCoreApplication::translate("cli", …) instead, except where it is compared with text the
engine produced (contains(…), startsWith(…), ==). Example values without spaces (URLs, versions,
"owner/name", option and JSON key names) are fine.
Core (core/): the message and hint of every error (fail(…), Error::make(…)) and the texts of a
plan (the description of PlanAction::command/writeFile/http, title/description/undoDescription
assignments, notes << …), progress and log lines (log(…), logLine(…), progress(…), warn(…),
note(…)) and check items (problem/fixText/detail/hint/summary/text/status assignments) must be
QCoreApplication::translate("core", …) (or tr() in a QObject) where they hold a phrase (hint += … too). Files that
write data rather than show it (a Dockerfile, the commented releasedesk.toml) are left out.
So must the texts of check rows: the arguments of item(…) and skipped(…) in core/tag/TagPreflight.cpp, of
workflowItem(…) in core/health/ProjectHealth.cpp, and of setRow(…), fillSkipped(…), giveUp(…) and problems << … in
core/installer/WineCheck*.cpp; and what a network request was doing, which goes into its error messages ("Cancelled
while %1."): setPurpose(…), purpose = …, and the arguments other than a callback of send(…), sendJson(…),
getAllPages(…), arrayFrom(…), objectFrom(…), httpError(…) and mapError(…) in core/forge/. Git command arguments
(git({ … })), file paths and list separators hold no phrase and stay as they are.

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
            i = skip_quoted(text, i, n)
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


PLAN_CALL = re.compile(r"PlanAction::(command|writeFile|http)\(")
PLAN_ASSIGNMENT = re.compile(r"(?:\.|->|\b)(title|description|undoDescription)\s*=\s*|\b(?:m_)?notes\s*<<\s*")
# A step's message (the run window's step list, --json events), a note or an error's text set
# after the fact, and a hint built in a local.
MESSAGE_ASSIGNMENT = re.compile(r"(?:\.|->)(message|note)\s*=\s*(?!=)|(?<![\w.>])hint\s*=\s*(?!=)")
STEP_CALL = re.compile(r"(?<![\w:.>])(completeStep|skipStep|signOnly)\(")
MESSAGE_CALL = re.compile(r"(?:\.|->|\bemit\s+|\b)(log|logLine|progress|warn|note)\(")
ITEM_ASSIGNMENT = re.compile(r"(?:\.|->)(problem|fixText|detail|hint|summary|text|status)\s*\+?=\s*(?!=)")
# The rows of the tag preflight and of the wine check: every argument of these calls is shown.
ROW_CALLS = {
    os.path.join("core", "tag", "TagPreflight.cpp"): re.compile(r"(?<![\w:.>])(item|skipped)\("),
    os.path.join("core", "health", "ProjectHealth.cpp"): re.compile(r"(?<![\w:.>])workflowItem\("),
}
WINE_CHECK_FILE = re.compile(r"WineCheck\w*\.cpp$")
WINE_ROW_CALL = re.compile(r"(?<![\w:.>])(setRow|fillSkipped|giveUp)\(")
WINE_PROBLEM = re.compile(r"\bproblems\s*<<\s*")
# What a request was doing ("creating the release %1"), put into "Cancelled while %1." and the like.
PURPOSE_CALL = re.compile(r"(?:\.|->|\b)setPurpose\(")
PURPOSE_ASSIGNMENT = re.compile(r"(?<![\w.>])purpose\s*=\s*(?!=)")
FORGE_REQUEST_CALL = re.compile(r"(?<![\w:.>])(send|sendJson|getAllPages|arrayFrom|objectFrom|httpError|mapError)\(")
# Files whose phrases are data written elsewhere (file contents, comments in a generated file).
CORE_DATA_FILES = {os.path.join("core", "docker", "DockerfileGenerator.cpp"),
                   os.path.join("core", "project", "ProjectSettings.cpp")}


DIGIT_SEPARATOR = re.compile(r"(?<![\w'])[0-9][\w']*$")


def skip_quoted(text, i, end):
    quote = text[i]
    if quote == "'" and DIGIT_SEPARATOR.search(text, max(0, i - 40), i):
        return i  # 100'000: a digit separator, not a character literal
    i += 1
    while i < end and text[i] != quote:
        i += 2 if text[i] == "\\" else 1
    return i


def second_argument(text, start, end):
    """(start, end) of the second top-level argument of a call whose arguments span start..end-1."""
    arguments = top_level_arguments(text, start, end)
    return arguments[1] if len(arguments) > 1 else (start, start)


def top_level_arguments(text, start, end):
    """(start, end) of each top-level argument of a call whose arguments span start..end-1."""
    arguments, depth, i, begin = [], 0, start, start
    while i < end - 1:
        c = text[i]
        if c in "\"'":
            i = skip_quoted(text, i, end)
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            arguments.append((begin, i))
            begin = i + 1
        i += 1
    arguments.append((begin, end - 1))
    return arguments


def statement_end(text, start):
    depth, i = 0, start
    while i < len(text):
        c = text[i]
        if c in "\"'":
            i = skip_quoted(text, i, len(text))
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth < 0:
                return i
        elif c == ";" and depth == 0:
            return i
        i += 1
    return i


def core_problems(root):
    problems = []
    for path, text in sources(root, "core"):
        relative = os.path.relpath(path, root)
        # (start, end, what) of each stretch whose phrases are shown to people
        stretches = [(call.end(), call_end(text, call.end()), "an error message") for call in CORE_CALL.finditer(text)]
        if relative not in CORE_DATA_FILES:
            for call in PLAN_CALL.finditer(text):
                stretches.append((*second_argument(text, call.end(), call_end(text, call.end())), "a plan text"))
            for assignment in PLAN_ASSIGNMENT.finditer(text):
                stretches.append((assignment.end(), statement_end(text, assignment.end()), "a plan text"))
            for assignment in MESSAGE_ASSIGNMENT.finditer(text):
                stretches.append((assignment.end(), statement_end(text, assignment.end()), "a step's or note's text"))
            for call in STEP_CALL.finditer(text):
                stretches.append((call.end(), call_end(text, call.end()), "a step's message"))
            for call in MESSAGE_CALL.finditer(text):
                stretches.append((call.end(), call_end(text, call.end()), "a progress or log line"))
            for assignment in ITEM_ASSIGNMENT.finditer(text):
                stretches.append((assignment.end(), statement_end(text, assignment.end()), "a check item's text"))
            row_calls = ROW_CALLS.get(relative)
            if WINE_CHECK_FILE.search(relative) and relative.startswith(os.path.join("core", "installer")):
                row_calls = WINE_ROW_CALL
                for problem in WINE_PROBLEM.finditer(text):
                    stretches.append((problem.end(), statement_end(text, problem.end()), "a check row's text"))
            if row_calls:
                for call in row_calls.finditer(text):
                    stretches.append((call.end(), call_end(text, call.end()), "a check row's text"))
            for call in PURPOSE_CALL.finditer(text):
                stretches.append((call.end(), call_end(text, call.end()), "a request's purpose"))
            for assignment in PURPOSE_ASSIGNMENT.finditer(text):
                stretches.append((assignment.end(), statement_end(text, assignment.end()), "a request's purpose"))
            if relative.startswith(os.path.join("core", "forge") + os.sep):
                for call in FORGE_REQUEST_CALL.finditer(text):
                    for begin, end in top_level_arguments(text, call.end(), call_end(text, call.end())):
                        if not text[begin:end].lstrip().startswith("["):  # a callback's body is not the purpose
                            stretches.append((begin, end, "a request's purpose"))
        seen = set()
        for start, end, what in stretches:
            for lit in CLI_LITERAL.finditer(text, start, end):
                literal = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', lit.group(1)))
                if lit.start() in seen or not CORE_PHRASE.search(literal):
                    continue
                seen.add(lit.start())
                line = text.count("\n", 0, lit.start()) + 1
                problems.append(f"{relative}:{line}: \"{literal[:60]}\" is {what} but not translate(\"core\", …)")
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
        print("check_tr: every phrase shown by the GUI goes through tr(), every CLI phrase and engine text through "
              "translate()")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
