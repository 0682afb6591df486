#pragma once

#include "common/Error.h"

#include <QString>

namespace rd {

// Where a project's releases go, as releasedesk.toml's [server] table says it.
struct ServerSetting
{
    QString kind; // gitea | github | local
    QString url; // server URL (local: the store folder, relative to the project or absolute)
    QString repository; // owner/name
};

// Writes [server] kind, url (local_store for the local kind) and repo into a project's
// releasedesk.toml in place: the other tables, the comments and the user's own lines stay as they
// are; a missing key or table is added. The file is checked to parse before it replaces the old one.
Status writeServerSetting(const QString &projectDir, const ServerSetting &server);

// A key of a table and its value as TOML text ("true", "\"Dockerfile\"", "[\"a\"]").
struct SettingValue
{
    QString key;
    QString tomlValue;
};

// Writes keys of one table of releasedesk.toml in place, as writeServerSetting does: the rest of
// the file is kept, a missing key or table is added, and the result must parse before it is written.
Status writeTableSettings(const QString &projectDir, const QString &table, const QList<SettingValue> &values);

} // namespace rd
