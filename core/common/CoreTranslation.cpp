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

bool isSourceLanguage(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

bool load(QTranslator &translator, const QLocale &locale, const QString &name)
{
    if (isSourceLanguage(locale)) {
        return translator.load(name + QStringLiteral("_en"), QStringLiteral(":/i18n"));
    }
    return translator.load(locale, name, QStringLiteral("_"), QStringLiteral(":/i18n"));
}

bool install(const QLocale &locale)
{
    remove();
    auto translator = std::make_unique<QTranslator>();
    if (!load(*translator, locale, QStringLiteral("releasedesk-core"))) {
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
