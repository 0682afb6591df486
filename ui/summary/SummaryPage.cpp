#include "SummaryPage.h"

#include "ReleaseSession.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rd::ui {

SummaryPage::SummaryPage(ReleaseSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("summaryPage"));
    setTitle(tr("Summary"));
    setSubTitle(tr("What this release run did."));
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
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
    rows << tr("<b>Project</b>: %1 (%2)").arg(project.name.toHtmlEscaped(), project.rootDir.toHtmlEscaped());
    if (const auto &tag = m_session->releaseTag()) {
        rows << tr("<b>Version</b>: %1%2").arg(tag->version.toHtmlEscaped(), tag->prerelease ? tr(" (pre-release)") : QString());
        rows << tr("<b>Tag</b>: %1 — %2")
                    .arg(tag->tag.toHtmlEscaped(), tag->pushed ? tr("created and pushed") : tr("created locally"));
        rows << QString() << tr("The same from a terminal or a CI runner:")
             << QStringLiteral("<pre>releasedesk-cli tag create %1 --project %2%3</pre>")
                    .arg(tag->version.toHtmlEscaped(), project.rootDir.toHtmlEscaped(),
                        tag->pushed ? QStringLiteral(" --push") : QString());
    } else {
        rows << tr("No tag was created in this run.");
    }
    m_text->setText(rows.join(QStringLiteral("<br>")));
}

} // namespace rd::ui
