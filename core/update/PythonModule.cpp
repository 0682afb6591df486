#include "update/PythonModule.h"

#include <QFile>

#include <mutex>

// Q_INIT_RESOURCE must be called outside any namespace.
static void initUpdateModuleResource()
{
    static std::once_flag once;
    std::call_once(once, [] { Q_INIT_RESOURCE(update_module); });
}

namespace rd {

QByteArray PythonModule::source()
{
    initUpdateModuleResource();
    QFile file(QStringLiteral(":/update/releasedesk_update.py"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace rd
