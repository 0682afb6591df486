#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

namespace rd {

// The engine's messages (errors, hints, checks) in the user's language: translations/
// releasedesk-core_*.ts, embedded in core under :/i18n. Both programs install it beside their
// own translation. English (and the C locale) gets releasedesk-core_en.ts, which holds only the
// plural forms ("1 file", "3 files" for "%n file(s)").
namespace CoreTranslation {

// True for the locales shown in the source language (English, C).
bool isSourceLanguage(const QLocale &locale);
// Loads name_<language>.qm from :/i18n for locale (name_en.qm for the source language) into
// translator. False when there is none.
bool load(QTranslator &translator, const QLocale &locale, const QString &name);
// Replaces the core translation installed before (if any). False when there is none for locale.
bool install(const QLocale &locale);
void remove();

} // namespace CoreTranslation

} // namespace rd
