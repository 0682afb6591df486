#include "ReleaseProvider.h"

#include <QCoreApplication>
#include <QTimer>

namespace rd {

void ReleaseProvider::replaceByRename(
    const ReleaseInfo &, qint64, const QString &newName, QObject *context, Callback<AssetInfo> done)
{
    const QString where = describe();
    QTimer::singleShot(0, context, [done, newName, where] {
        done(fail(Error::Code::Precondition,
            QCoreApplication::translate("core", "%1 cannot replace %2 by a rename in one step.").arg(where, newName),
            QCoreApplication::translate("core", "Delete the old asset, then rename the new one.")));
    });
}

} // namespace rd
