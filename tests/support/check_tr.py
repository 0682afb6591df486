"""Fails when a user-visible string of the GUI is not marked for translation: a QStringLiteral
holding words (a phrase with a space) passed straight to a setter or constructor that shows text
(setText, setToolTip, QPushButton(…), addItem(…), addAction(…) …). Example values without spaces
(URLs, versions, "owner/name") and object names are fine.

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


def main() -> int:
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))
    problems = []
    for folder in ("ui", os.path.join("app", "gui")):
        for base, _dirs, files in os.walk(os.path.join(root, folder)):
            for name in sorted(files):
                if not name.endswith(".cpp"):
                    continue
                path = os.path.join(base, name)
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                for match in PATTERN.finditer(text):
                    literal = match.group(2)
                    if PHRASE.search(literal) and "://" not in literal:
                        line = text.count("\n", 0, match.start()) + 1
                        problems.append(f"{os.path.relpath(path, root)}:{line}: {match.group(1)}(\"{literal}\") is shown but not tr()")
    for problem in problems:
        print(problem)
    if not problems:
        print("check_tr: every phrase shown by the GUI goes through tr()")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
