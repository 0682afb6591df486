#include "SummaryPage.h"

#include "ReleaseSession.h"
#include "widgets/Format.h"

#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace rd::ui {

SummaryPage::SummaryPage(ReleaseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_text(new QLabel(this))
    , m_commands(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("What this release run did."));
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setOpenExternalLinks(true);
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps, never widens the window
    m_commands->setObjectName(QStringLiteral("summaryCommands"));
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commands->setAccessibleName(tr("The same from a terminal or a CI runner"));
    m_commands->setMaximumHeight(m_commands->fontMetrics().lineSpacing() * 8);
    m_commands->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_commands);
    layout->addStretch(1);
}

void SummaryPage::initializePage()
{
    if (!m_session->hasProject()) {
        m_text->setText(tr("No project is open."));
        return;
    }
    const PythonProject &project = m_session->project();
    QStringList rows;
    QStringList commands; // the same run from a terminal or a CI runner
    auto escaped = [](const QString &text) { return text.toHtmlEscaped(); };
    rows << tr("<b>Project</b>: %1 (%2)").arg(escaped(project.name), escaped(project.rootDir));
    if (const auto &tag = m_session->releaseTag()) {
        rows << tr("<b>Version</b>: %1%2").arg(escaped(tag->version), tag->prerelease ? tr(" (pre-release)") : QString());
        rows << tr("<b>Tag</b>: %1 — %2").arg(escaped(tag->tag), tag->pushed ? tr("created and pushed") : tr("created locally"));
        commands << QStringLiteral("releasedesk-cli tag create %1 --project %2%3")
                        .arg(shellArgument(tag->version), shellArgument(project.rootDir),
                            tag->pushed ? QStringLiteral(" --push") : QString());
    } else {
        rows << tr("No tag was created in this run.");
    }

    const QStringList outputs = m_session->buildOutputs();
    if (outputs.isEmpty()) {
        rows << tr("<b>Build</b>: not run in this session.");
    } else {
        QStringList files;
        for (const QString &file : outputs) {
            files << tr("%1 (%2)").arg(escaped(QFileInfo(file).fileName()), formatSize(QFileInfo(file).size()));
        }
        rows << tr("<b>Build</b>: %1 in %2")
                    .arg(files.join(QStringLiteral(", ")),
                        escaped(QDir::toNativeSeparators(QFileInfo(outputs.first()).absolutePath())));
        commands << QStringLiteral("releasedesk-cli build all --project %1 --out %2")
                        .arg(shellArgument(project.rootDir), shellArgument(QFileInfo(outputs.first()).absolutePath()));
    }
    if (const QString installer = m_session->installerPath(); !installer.isEmpty()) {
        rows << tr("<b>Installer</b>: %1 (%2)")
                    .arg(escaped(QFileInfo(installer).fileName()), formatSize(QFileInfo(installer).size()));
        if (!m_session->portableDistDir().isEmpty()) {
            commands << QStringLiteral("releasedesk-cli installer build --project %1 --build-dir %2 --out %3")
                            .arg(shellArgument(project.rootDir), shellArgument(m_session->portableDistDir()),
                                shellArgument(QFileInfo(installer).absolutePath()));
        }
    }
    if (const auto &published = m_session->publishedRelease()) {
        QString line
            = tr("<b>Release</b>: %1 on %2 — %3, %4 already there%5")
                  .arg(escaped(published->tag), escaped(published->where), tr("%n file(s) uploaded", "", published->uploaded),
                      QString::number(published->kept), published->draft ? tr(", still a draft") : QString());
        if (!published->url.isEmpty()) {
            line += QStringLiteral(" — <a href=\"%1\">%2</a>").arg(escaped(published->url), tr("open the release"));
        }
        rows << line;
        if (!published->cliLine.isEmpty()) {
            commands << published->cliLine;
        }
    } else {
        rows << tr("<b>Release</b>: not published in this session.");
    }
    // The whole release in one command first, then the steps one by one.
    commands.prepend(QStringLiteral("releasedesk-cli release run --project %1").arg(shellArgument(project.rootDir)));
    rows << QString() << tr("The same from a terminal or a CI runner:");
    m_text->setText(rows.join(QStringLiteral("<br>")));
    m_commands->setPlainText(commands.join(QLatin1Char('\n')));
    m_commands->show();
}

} // namespace rd::ui
