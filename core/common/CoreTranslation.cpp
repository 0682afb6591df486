#include "common/CoreTranslation.h"

#include <QCoreApplication>
#include <QTranslator>

#include <memory>

namespace rd::CoreTranslation {

namespace {
std::unique_ptr<QTranslator> &installed()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}
} // namespace

bool install(const QLocale &locale)
{
    remove();
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, QStringLiteral("releasedesk-core"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        return false;
    }
    QCoreApplication::installTranslator(translator.get());
    installed() = std::move(translator);
    return true;
}

void remove()
{
    if (installed()) {
        QCoreApplication::removeTranslator(installed().get());
        installed().reset();
    }
}

} // namespace rd::CoreTranslation
