#pragma once

#include <QLocale>

namespace rd {

// The engine's messages (errors, hints, checks) in the user's language: translations/
// releasedesk-core_*.ts, embedded in core under :/i18n. Both programs install it beside their
// own translation; English needs none.
namespace CoreTranslation {

// Replaces the core translation installed before (if any). False when there is none for locale.
bool install(const QLocale &locale);
void remove();

} // namespace CoreTranslation

} // namespace rd
