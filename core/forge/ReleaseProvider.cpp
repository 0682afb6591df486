#include "ReleaseProvider.h"

#include <QTimer>

namespace rd {

void ReleaseProvider::replaceByRename(
    const ReleaseInfo &, qint64, const QString &newName, QObject *context, Callback<AssetInfo> done)
{
    const QString where = describe();
    QTimer::singleShot(0, context, [done, newName, where] {
        done(fail(Error::Code::Precondition, QStringLiteral("%1 cannot replace %2 by a rename in one step.").arg(where, newName),
            QStringLiteral("Delete the old asset, then rename the new one.")));
    });
}

} // namespace rd
