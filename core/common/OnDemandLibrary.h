#pragma once

#include "common/Error.h"

#include <QString>
#include <QStringList>

namespace rd {

// A C library opened the first time the engine needs it instead of when the program starts.
// libarchive, libsodium and libdeflate (with libarchive's own compressors, ACL and XML libraries)
// cost the loader about 1.8 ms of a 30 ms cold start, for work that only a build, an installer
// or an update signature does. Each library's function table (LibArchiveApi, LibDeflateApi,
// SodiumApi, see OnDemandTable) opens it through this class once and keeps it open for good.
class OnDemandLibrary
{
public:
    // soname as the loader knows it ("libarchive.so.13"); CMake reads it from the library we
    // compiled against, so the ABI matches.
    explicit OnDemandLibrary(const char *soname);

    bool isOpen() const { return m_handle != nullptr; }
    QString soname() const { return QString::fromLatin1(m_soname); }

    // Resolves one function into slot; false (and a reason in missingSymbols()) when absent.
    template <typename Function> bool resolve(const char *name, Function &slot)
    {
        slot = reinterpret_cast<Function>(symbol(name));
        return slot != nullptr;
    }

    // The error for a library that did not open or lacks functions, naming the Debian package to
    // install (libarchive.so.13 → libarchive13).
    Error failure(const QString &purpose) const;

    static QString debianPackageFor(const QString &soname);

private:
    void *symbol(const char *name);

    const char *m_soname;
    void *m_handle = nullptr;
    QString m_openError;
    QStringList m_missing;
};

// The base of a library's function table: Table declares the function pointers and defines
// soname(), purpose() (what the library is needed for) and resolveAll(); load() opens the
// library and fills the table once, thread-safely, on its first call.
template <typename Table> class OnDemandTable
{
public:
    // The table, or an error naming the package to install.
    static const Result<const Table *> &load()
    {
        static const Result<const Table *> table = open();
        return table;
    }

    // The table once load() succeeded: for helpers called only after it, often once per block
    // of data, so no copy of the result.
    static const Table &loaded()
    {
        const Result<const Table *> &table = load();
        Q_ASSERT(table.has_value());
        return **table;
    }

private:
    static Result<const Table *> open()
    {
        static Table table;
        OnDemandLibrary library(Table::soname());
        const bool complete = table.resolveAll(library);
        if (!library.isOpen() || !complete) {
            return std::unexpected(library.failure(Table::purpose()));
        }
        return &table;
    }
};

} // namespace rd
