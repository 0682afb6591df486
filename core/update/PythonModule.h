#pragma once

#include <QByteArray>
#include <QString>

namespace rd {

// releasedesk_update.py, the app-side half of the update protocol (PROTOCOL.md), embedded so
// `update export-python` writes exactly the module the conformance test checks.
class PythonModule final
{
public:
    static QString fileName() { return QStringLiteral("releasedesk_update.py"); }
    static QByteArray source();
};

} // namespace rd
