#pragma once

#include "forge/ReleaseProvider.h"
#include "plan/CheckItem.h"

#include <QObject>
#include <QPointer>

namespace rd {

struct PreflightOptions
{
    QString tag;
    QStringList files;
    // Gitea does not publish these through its API: they are per-server settings with Gitea's
    // defaults ([repository.release] FILE_MAX_SIZE 2 GiB, ALLOWED_TYPES empty = everything).
    qint64 maxFileSize = qint64(2048) * 1024 * 1024;
    QString allowedTypes; // ".zip,.exe" (extensions only are checked locally)
    // The file names this release may carry (ArtifactNames for its version); empty: any name.
    // A file of another project or version fails the check before anything is uploaded.
    QStringList expectedNames;
    bool operator==(const PreflightOptions &) const = default;
};

// The checks before any upload (also offered before building): the server answers, the token is
// valid, the repository is reachable with push permission, attachments are enabled
// (/settings/attachment), the state of the tag's release, and every file exists and is under the
// size limit (and of an allowed type). Requests run in parallel; itemChanged() per row,
// finished() once with the whole checklist.
class Preflight final : public QObject
{
    Q_OBJECT

public:
    Preflight(ReleaseProvider *provider, PreflightOptions options, QObject *parent = nullptr);

    void start();
    const Checklist &items() const { return m_items; }

signals:
    void itemChanged(int index);
    void finished(const rd::Checklist &items);

private:
    int add(const QString &id, const QString &title);
    void settle(int index, CheckItem::Verdict verdict, const QString &detail, const QString &hint = {});
    void checkFiles(int index);

    QPointer<ReleaseProvider> m_provider;
    PreflightOptions m_options;
    Checklist m_items;
    int m_pending = 0;
    bool m_done = false;
};

} // namespace rd
