#include "Preflight.h"

#include "plan/Plan.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

namespace rd {

Preflight::Preflight(ReleaseProvider *provider, PreflightOptions options, QObject *parent)
    : QObject(parent)
    , m_provider(provider)
    , m_options(std::move(options))
{ }

int Preflight::add(const QString &id, const QString &title)
{
    m_items << CheckItem { id, title, CheckItem::Verdict::Skipped, tr("waiting"), {} };
    ++m_pending;
    return int(m_items.size() - 1);
}

void Preflight::settle(int index, CheckItem::Verdict verdict, const QString &detail, const QString &hint)
{
    if (m_done) {
        return;
    }
    m_items[index].verdict = verdict;
    m_items[index].detail = detail;
    m_items[index].hint = hint;
    emit itemChanged(index);
    if (--m_pending == 0) {
        m_done = true;
        emit finished(m_items);
    }
}

void Preflight::start()
{
    ReleaseProvider *provider = m_provider;
    const bool local = provider && provider->kind() == ServerKind::Local;
    const int server = add(QStringLiteral("server"), local ? tr("Release store") : tr("Server"));
    const int token = add(QStringLiteral("token"), tr("Token"));
    const int repo = add(QStringLiteral("repository"), tr("Repository"));
    const int attachments = add(QStringLiteral("attachments"), tr("Attachments"));
    const int release = add(QStringLiteral("release"), tr("Release %1").arg(m_options.tag));
    const int files = add(QStringLiteral("files"), tr("Files"));
    if (!provider) {
        QTimer::singleShot(0, this, [this] {
            for (int i = 0; i < m_items.size(); ++i) {
                settle(i, CheckItem::Verdict::Failed, tr("no provider"));
            }
        });
        return;
    }
    auto failed = [this](int index, const Error &error) { settle(index, CheckItem::Verdict::Failed, error.message, error.hint); };

    provider->serverVersion(this, [this, server, failed, provider](const Result<QString> &version) {
        if (!version) {
            failed(server, version.error());
            return;
        }
        settle(server, CheckItem::Verdict::Ok, provider->kind() == ServerKind::Gitea ? tr("Gitea %1").arg(*version) : *version);
    });
    if (local) {
        QTimer::singleShot(
            0, this, [this, token] { settle(token, CheckItem::Verdict::Skipped, tr("not needed for a local store")); });
    } else {
        provider->currentUser(this, [this, token, failed](const Result<QString> &login) {
            if (!login) {
                failed(token, login.error());
                return;
            }
            settle(token, CheckItem::Verdict::Ok, tr("signed in as %1").arg(*login));
        });
    }
    provider->repositoryInfo(this, [this, repo, failed](const Result<RepositoryInfo> &info) {
        if (!info) {
            failed(repo, info.error());
            return;
        }
        if (!info->canPush) {
            settle(repo, CheckItem::Verdict::Failed, tr("%1 is readable, but this token may not push to it").arg(info->fullName),
                tr("Ask a repository admin for write access, or use a token with the write:repository scope."));
            return;
        }
        if (info->archived) {
            settle(repo, CheckItem::Verdict::Failed, tr("%1 is archived").arg(info->fullName),
                tr("Unarchive it in the repository settings."));
            return;
        }
        settle(repo, CheckItem::Verdict::Ok, tr("%1, push allowed").arg(info->fullName));
    });
    provider->attachmentSettings(this, [this, attachments, failed](const Result<AttachmentSettings> &settings) {
        if (!settings) {
            failed(attachments, settings.error());
            return;
        }
        if (!settings->known) {
            settle(attachments, CheckItem::Verdict::Ok, tr("always enabled here"));
        } else if (!settings->enabled) {
            settle(attachments, CheckItem::Verdict::Failed, tr("attachments are disabled on this server"),
                tr("Set [attachment] ENABLED = true in Gitea's app.ini: release assets need it."));
        } else {
            settle(attachments, CheckItem::Verdict::Ok, tr("enabled"));
        }
    });
    if (m_options.tag.isEmpty()) {
        QTimer::singleShot(0, this, [this, release] { settle(release, CheckItem::Verdict::Skipped, tr("no tag given")); });
    } else {
        provider->releaseByTag(m_options.tag, this, [this, release, failed](const Result<ReleaseInfo> &found) {
            if (!found) {
                if (found.error().code == Error::Code::NotFound) {
                    settle(release, CheckItem::Verdict::Ok, tr("no release yet: it will be created"));
                    return;
                }
                failed(release, found.error());
                return;
            }
            QStringList state;
            state << (found->draft ? tr("draft") : tr("published"));
            if (found->prerelease) {
                state << tr("pre-release");
            }
            settle(release, CheckItem::Verdict::Ok,
                tr("exists (%1, %n asset(s)): it will be reused", nullptr, int(found->assets.size()))
                    .arg(state.join(QStringLiteral(", "))));
        });
    }
    QTimer::singleShot(0, this, [this, files] { checkFiles(files); });
}

void Preflight::checkFiles(int index)
{
    if (m_options.files.isEmpty()) {
        settle(index, CheckItem::Verdict::Skipped, tr("no files given"));
        return;
    }
    const QStringList allowed = m_options.allowedTypes.split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts);
    QStringList problems;
    bool unreadable = false;
    bool overLimits = false;
    bool misnamed = false; // a flag, not a search of the (translated) problem texts
    qint64 total = 0;
    for (const QString &file : std::as_const(m_options.files)) {
        const QFileInfo info(file);
        if (info.isDir()) {
            problems << tr("%1 is a folder, not a file").arg(file);
            unreadable = true;
            continue;
        }
        if (!info.isFile() || !info.isReadable()) {
            problems << tr("%1 does not exist or cannot be read").arg(file);
            unreadable = true;
            continue;
        }
        if (info.size() == 0) {
            // An empty asset is a broken build almost every time, and users would download it.
            problems << tr("%1 is empty (0 bytes)").arg(info.fileName());
            unreadable = true;
            continue;
        }
        total += info.size();
        if (!m_options.expectedNames.isEmpty() && !m_options.expectedNames.contains(info.fileName())) {
            misnamed = true;
            problems << tr("%1 is not a file of release %2 (expected: %3)")
                            .arg(info.fileName(), m_options.tag, m_options.expectedNames.join(QStringLiteral(", ")));
        }
        if (m_options.maxFileSize > 0 && info.size() > m_options.maxFileSize) {
            problems << tr("%1 is %2, over the server's limit of %3")
                            .arg(info.fileName(), formatBytes(info.size()), formatBytes(m_options.maxFileSize));
            overLimits = true;
        }
        if (!allowed.isEmpty()) {
            bool ok = false;
            for (const QString &type : allowed) {
                const QString entry = type.trimmed();
                ok |= entry.startsWith(QLatin1Char('.')) ? info.fileName().endsWith(entry, Qt::CaseInsensitive)
                                                         : entry.contains(QLatin1Char('/'));
            }
            if (!ok) {
                problems << tr("%1 is not among the allowed types (%2)").arg(info.fileName(), m_options.allowedTypes);
                overLimits = true;
            }
        }
    }
    if (!problems.isEmpty()) {
        QStringList hints;
        if (unreadable) {
            hints << tr("Check the paths, and build the files again: nothing was uploaded.");
        }
        if (misnamed) {
            hints << tr("Build this project's files for this version first (Build and Installer steps), or remove the others.");
        }
        if (overLimits) {
            hints << tr("Raise [repository.release] FILE_MAX_SIZE / ALLOWED_TYPES in Gitea's app.ini (and the proxy's body "
                        "limit), then the server's limits in ReleaseDesk's settings.");
        }
        settle(index, CheckItem::Verdict::Failed, problems.join(QStringLiteral("; ")), hints.join(QLatin1Char(' ')));
        return;
    }
    settle(index, CheckItem::Verdict::Ok,
        tr("%n file(s), %1 in all, each under %2", nullptr, int(m_options.files.size()))
            .arg(formatBytes(total), formatBytes(m_options.maxFileSize)));
}

} // namespace rd
