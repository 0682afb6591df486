#!/usr/bin/env python3
"""Check a Qt Linguist .ts file for incomplete or inconsistent translations.

Usage: python3 check_ts.py FILE.ts [FILE.ts ...]

Reports, for every current message (obsolete/vanished ones are skipped):
  - unfinished entries (type="unfinished") and empty translations or plural forms;
  - plural messages (%n) without the number of forms the language needs;
  - a count written as "file(s)" without %n (English would show "1 file(s)");
  - placeholder mismatches: the set of %1..%99, %n, %L1, %Ln differs
    between the source and the translation (each plural form is checked);
  - mnemonic mismatches: the source and the translation must have the same
    number (0 or 1) of single '&' keyboard mnemonics ('&&' is a literal
    ampersand, HTML entities such as '&nbsp;' are not mnemonics);
  - leading/trailing whitespace, a trailing '…' or ':', the number of line
    breaks and the HTML tags must be kept as in the source.

Exit status 1 and one line per problem if anything is wrong; otherwise
exit status 0 and a one-line summary.
"""

import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%L?(?:[1-9][0-9]?|n)')
ENTITY = re.compile(r'&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#x[0-9A-Fa-f]+);')
HTML_TAG = re.compile(r'</?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>')
# Plural forms per language (Qt's numerus rules); others: at least one form.
PLURAL_FORMS = {'de': 2, 'en': 2, 'es': 2, 'fr': 2, 'it': 2, 'nl': 2, 'pt': 2,
                'sv': 2, 'da': 2, 'nb': 2, 'fi': 2, 'ja': 1, 'zh': 1, 'ko': 1,
                'pl': 3, 'ru': 3, 'uk': 3, 'cs': 3}


def placeholders(text):
    return set(PLACEHOLDER.findall(text))


def mnemonics(text):
    text = ENTITY.sub('', text.replace('&&', ''))
    return len(re.findall(r'&(?=\S)', text))


def tags(text):
    return sorted(m.group(0).lower().split()[0].rstrip('>') for m in HTML_TAG.finditer(text))


def compare(source, translation, where, problems):
    def report(what):
        problems.append(f'{where}: {what}')

    src_ph, tr_ph = placeholders(source), placeholders(translation)
    if src_ph != tr_ph:
        missing = ' '.join(sorted(src_ph - tr_ph)) or '-'
        extra = ' '.join(sorted(tr_ph - src_ph)) or '-'
        report(f'placeholder mismatch (missing: {missing}; extra: {extra})')
    src_mn, tr_mn = mnemonics(source), mnemonics(translation)
    if src_mn > 1:
        report(f'source has {src_mn} mnemonics')
    if src_mn != tr_mn:
        report(f'mnemonic mismatch (source {src_mn}, translation {tr_mn}): {translation!r}')
    lead = lambda s: s[:len(s) - len(s.lstrip())]
    trail = lambda s: s[len(s.rstrip()):]
    if lead(source) != lead(translation) or trail(source) != trail(translation):
        report(f'leading/trailing whitespace differs: {translation!r}')
    for end in ('…', ':'):
        if source.rstrip().endswith(end) != translation.rstrip().endswith(end):
            report(f'trailing {end!r} not kept: {translation!r}')
    if source.count('\n') != translation.count('\n'):
        report(f'line breaks differ ({source.count(chr(10))} vs {translation.count(chr(10))})')
    if tags(source) != tags(translation):
        report(f'HTML tags differ: {translation!r}')


def check(path):
    problems = []
    root = ET.parse(path).getroot()
    language = (root.get('language') or '').split('_')[0]
    forms_needed = PLURAL_FORMS.get(language)
    messages = plurals = 0
    for context in root.iter('context'):
        cname = context.findtext('name') or ''
        for message in context.iter('message'):
            translation = message.find('translation')
            kind = translation.get('type') if translation is not None else None
            if kind in ('obsolete', 'vanished'):
                continue
            messages += 1
            source = message.findtext('source') or ''
            comment = message.findtext('comment')
            where = f'{path}: [{cname}] {source!r}' + (f' ({comment})' if comment else '')
            if translation is None:
                problems.append(f'{where}: no <translation> element')
                continue
            if kind == 'unfinished':
                problems.append(f'{where}: unfinished')
            if '(s)' in source.replace('http(s)', '') and '%n' not in source:
                problems.append(f'{where}: a count written as "(s)": use %n and tr(text, nullptr, count), '
                                'so each language gets its plural forms (translations/*_en.ts for English)')
            if message.get('numerus') == 'yes':
                plurals += 1
                forms = [f.text or '' for f in translation.findall('numerusform')]
                if forms_needed and len(forms) != forms_needed:
                    problems.append(f'{where}: {len(forms)} plural forms, {language} needs {forms_needed}')
                if not forms or any(not f.strip() for f in forms):
                    problems.append(f'{where}: empty plural form')
                    continue
                for i, form in enumerate(forms):
                    compare(source, form, f'{where} [form {i}]', problems)
            else:
                text = translation.text or ''
                if not text.strip():
                    if kind != 'unfinished':
                        problems.append(f'{where}: empty translation')
                    continue
                compare(source, text, where, problems)
    return messages, plurals, problems


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    failed = False
    for path in argv[1:]:
        try:
            messages, plurals, problems = check(path)
        except (OSError, ET.ParseError) as error:
            print(f'{path}: {error}')
            failed = True
            continue
        for problem in problems:
            print(problem)
        if problems:
            print(f'{path}: {len(problems)} problem(s) in {messages} messages')
            failed = True
        else:
            print(f'{path}: OK, {messages} messages ({plurals} with plural forms) translated; '
                  'placeholders, mnemonics, whitespace and markup match')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
