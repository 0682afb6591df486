#include "i18n/Translations.h"

#include "common/CoreTranslation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace rd::ui {

namespace {

QTranslator *appTranslator = nullptr;
QTranslator *qtTranslator = nullptr;

} // namespace

QList<QPair<QString, QString>> Translations::languages()
{
    return { { QString(), QCoreApplication::translate("rd::ui::Translations", "System default") },
        { QStringLiteral("en"), QStringLiteral("English") }, { QStringLiteral("de"), QStringLiteral("Deutsch") } };
}

QString Translations::install(QSettings *settings)
{
    return installLanguage(settings ? settings->value(settingKey()).toString() : QString());
}

QString Translations::installLanguage(const QString &code)
{
    for (QTranslator *old : { appTranslator, qtTranslator }) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    appTranslator = nullptr;
    qtTranslator = nullptr;
    CoreTranslation::remove();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    const bool english = CoreTranslation::isSourceLanguage(locale);
    auto *translator = new QTranslator;
    // ":/i18n/releasedesk_de.qm": embedded by qt_add_translations (ui/CMakeLists.txt); English
    // loads releasedesk_en.qm, its plural forms.
    const QLocale shown = english ? QLocale(QLocale::English) : locale;
    if (!CoreTranslation::load(*translator, shown, QStringLiteral("releasedesk"))) {
        delete translator;
        CoreTranslation::install(QLocale(QLocale::English));
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(translator);
    appTranslator = translator;
    CoreTranslation::install(shown); // the engine's errors and hints
    if (english) {
        return QStringLiteral("en");
    }
    auto *qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
    return locale.name().left(2);
}

} // namespace rd::ui
