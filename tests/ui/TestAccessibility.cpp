// Issue 13's keyboard and accessibility rules on the real windows: every control of every wizard
// page, the Settings dialog, the Inspector and the Update Preview has an accessible name (its own
// text, an accessible name, or a label that names it as a buddy or in a form layout), as a screen
// reader would announce it; and the Update Preview is used from the keyboard alone: a mnemonic to
// the first field, typing, Tab through the scenario to the Check button, Space to press it.
#include "MainWindow.h"
#include "ReleaseSession.h"
#include "i18n/Translations.h"
#include "inspector/InspectorWindow.h"
#include "preview/UpdatePreviewWindow.h"
#include "secrets/SecretStore.h"
#include "settings/SettingsDialog.h"
#include "support/FakeKeychainBackend.h"
#include "support/GiteaTestServer.h"
#include "widgets/Format.h"
#include "wizard/ReleaseWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QWizard>

using namespace rd;
using namespace rd::ui;

namespace {

// Controls a user can reach, without an accessible name.
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget)
            || qobject_cast<QAbstractItemView *>(widget);
        // Popups (a combo box's list) belong to their control.
        if (!control || widget->focusPolicy() == Qt::NoFocus || (widget->window()->windowFlags() & Qt::Popup) == Qt::Popup) {
            continue;
        }
        // Parts of composite widgets (a combo box's line edit, a spin box's editor) are named by their owner.
        if (qobject_cast<QComboBox *>(widget->parentWidget()) || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            || widget->objectName().startsWith(QLatin1String("qt_"))) {
            continue;
        }
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            unnamed << QStringLiteral("%1 %2 (in %3)")
                           .arg(QString::fromLatin1(widget->metaObject()->className()),
                               widget->objectName().isEmpty() ? QStringLiteral("<no objectName>") : widget->objectName(),
                               widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
        }
    }
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_temp.isValid());
        qputenv("XDG_CONFIG_HOME", m_temp.filePath(QStringLiteral("config")).toUtf8());
    }

    void everyControlHasAName()
    {
        QSettings settings(m_temp.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
        MainWindow window(&settings, &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The later pages and the log view are made right after the first paint: check them too.
        QTRY_VERIFY(window.wizard()->hasAllPages());
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("logView")));
        QStringList unnamed = unnamedControls(&window);
        SettingsDialog dialog(&settings, &secrets, &window);
        unnamed << unnamedControls(&dialog);
        window.openInspector();
        unnamed << unnamedControls(window.inspectorWindow());
        window.openUpdatePreview();
        unnamed << unnamedControls(window.updatePreviewWindow());
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(QStringLiteral("%1 control(s) without an accessible name:\n").arg(unnamed.size())
                + unnamed.join(QLatin1Char('\n'))));
    }

    // The German translation is embedded and used: the Settings dialog speaks German, sizes too.
    void germanInterface()
    {
        QCOMPARE(Translations::installLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QSettings settings(m_temp.filePath(QStringLiteral("de.ini")), QSettings::IniFormat);
        SecretStore secrets(std::make_unique<FakeKeychainBackend>(), QProcessEnvironment());
        SettingsDialog dialog(&settings, &secrets);
        QStringList titles;
        for (const QGroupBox *box : dialog.findChildren<QGroupBox *>()) {
            titles << box->title();
        }
        QVERIFY2(titles.contains(QStringLiteral("Sprache")), qPrintable(titles.join(QLatin1Char(','))));
        QCOMPARE(formatSize(12), QStringLiteral("12 Bytes"));
        // Choosing a language is kept for the next start.
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QCOMPARE(settings.value(Translations::settingKey()).toString(), QStringLiteral("de"));
        QCOMPARE(Translations::installLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(formatSize(12), QStringLiteral("12 bytes"));
    }

    void updatePreviewByKeyboardAlone()
    {
        test::GiteaTestServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.startError()));
        server.seed(QJsonObject { { QStringLiteral("repos"),
            QJsonArray { QJsonObject { { QStringLiteral("owner"), QStringLiteral("alice") },
                { QStringLiteral("name"), QStringLiteral("tallyho") },
                { QStringLiteral("releases"),
                    QJsonArray { QJsonObject { { QStringLiteral("tag_name"), QStringLiteral("v2.0.0") } } } } } } } });
        QSettings settings(m_temp.filePath(QStringLiteral("keys.ini")), QSettings::IniFormat);
        UpdatePreviewWindow preview(nullptr, &settings);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        preview.activateWindow();
        QApplication::setActiveWindow(&preview);
        // Alt+S: the "&Server:" label's mnemonic puts the cursor into the server field.
        QTest::keyClick(&preview, Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), preview.findChild<QLineEdit *>(QStringLiteral("previewServerEdit")));
        QTest::keyClicks(QApplication::focusWidget(), server.url());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), preview.findChild<QLineEdit *>(QStringLiteral("previewRepoEdit")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("alice/tallyho"));
        // Alt+U: "C&urrent version:".
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), preview.findChild<QLineEdit *>(QStringLiteral("previewCurrentEdit")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1.0.0"));
        // Alt+I: the install type; Down picks the next entries as a keyboard user would.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::AltModifier);
        auto *type = preview.findChild<QComboBox *>(QStringLiteral("previewInstallTypeCombo"));
        QCOMPARE(QApplication::focusWidget(), type);
        while (type->currentData().toString() != QStringLiteral("dev")) {
            QTest::keyClick(type, Qt::Key_Down);
        }
        // Tab onwards until the Check button has the focus, then Space presses it.
        auto *check = preview.findChild<QPushButton *>(QStringLiteral("previewCheckButton"));
        for (int i = 0; i < 12 && QApplication::focusWidget() != check; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), check);
        QTest::keyClick(check, Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(preview.service()->state(), UpdateService::State::UpdateAvailable, 20'000);
        QCOMPARE(preview.service()->answer().tag, QStringLiteral("v2.0.0"));
        QCOMPARE(preview.service()->answer().reasonCode, QStringLiteral("dev"));
    }

private:
    QTemporaryDir m_temp;
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
