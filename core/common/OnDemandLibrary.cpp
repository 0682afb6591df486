#include "common/OnDemandLibrary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <dlfcn.h>

namespace rd {

OnDemandLibrary::OnDemandLibrary(const char *soname)
    : m_soname(soname)
{
    // RTLD_LOCAL: the library's symbols stay out of the global scope, so they neither slow down
    // later symbol lookups nor interpose on anything. Never closed: the tables point into it.
    m_handle = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
    if (!m_handle) {
        const char *reason = ::dlerror();
        m_openError = reason ? QString::fromLocal8Bit(reason) : QString();
    }
}

void *OnDemandLibrary::symbol(const char *name)
{
    void *address = m_handle ? ::dlsym(m_handle, name) : nullptr;
    if (m_handle && !address) {
        m_missing << QString::fromLatin1(name);
    }
    return address;
}

Error OnDemandLibrary::failure(const QString &purpose) const
{
    const QString package = debianPackageFor(soname());
    if (!m_handle) {
        return Error::make(Error::Code::ToolMissing,
            QCoreApplication::translate("core", "The library %1, needed for %2, could not be loaded: %3")
                .arg(soname(), purpose, m_openError),
            QCoreApplication::translate("core", "Install the package %1 (apt install %1), then try again.").arg(package));
    }
    return Error::make(Error::Code::ToolMissing,
        QCoreApplication::translate(
            "core", "The library %1, needed for %2, lacks the functions %3: it is older than the one ReleaseDesk was built with.")
            .arg(soname(), purpose, m_missing.join(QStringLiteral(", "))),
        QCoreApplication::translate("core", "Install the package %1 (apt install %1), then try again.").arg(package));
}

QString OnDemandLibrary::debianPackageFor(const QString &soname)
{
    // Debian's rule for library packages: libfoo.so.N is in libfooN, or libfoo-N when the name
    // already ends in a digit; package names are lower case and have no underscores.
    static const QRegularExpression pattern(QStringLiteral("^(.+)\\.so\\.([0-9]+)"));
    const QRegularExpressionMatch match = pattern.match(soname);
    if (!match.hasMatch()) {
        return soname;
    }
    const QString name = match.captured(1).toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    const QString version = match.captured(2);
    return name.back().isDigit() ? name + QLatin1Char('-') + version : name + version;
}

} // namespace rd
