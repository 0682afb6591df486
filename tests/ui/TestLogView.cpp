// The log drawer: filtering, and following the newest line again once the filter is cleared.
#include "widgets/LogView.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>

using namespace rd::ui;

class TestLogView : public QObject
{
    Q_OBJECT

private slots:
    void followsAgainAfterTheFilterIsCleared();
};

void TestLogView::followsAgainAfterTheFilterIsCleared()
{
    LogView view;
    view.resize(600, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *text = view.findChild<QPlainTextEdit *>(QStringLiteral("logText"));
    auto *filter = view.findChild<QLineEdit *>(QStringLiteral("logFilter"));
    for (int i = 0; i < 300; ++i) {
        view.appendLine(
            QStringLiteral("pip"), QStringLiteral("line %1 %2").arg(i).arg(i % 10 == 0 ? QStringLiteral("wheel") : QString()));
    }
    QTRY_COMPARE(text->verticalScrollBar()->value(), text->verticalScrollBar()->maximum());
    filter->setText(QStringLiteral("wheel"));
    QCOMPARE(text->blockCount(), 30);
    filter->clear();
    QCOMPARE(text->blockCount(), 300);
    view.appendLine(QStringLiteral("pip"), QStringLiteral("the newest line"));
    QApplication::processEvents();
    QVERIFY(text->verticalScrollBar()->maximum() > 0);
    QTRY_COMPARE(text->verticalScrollBar()->value(), text->verticalScrollBar()->maximum());
    QVERIFY(text->toPlainText().endsWith(QStringLiteral("the newest line")));
}

QTEST_MAIN(TestLogView)
#include "TestLogView.moc"
