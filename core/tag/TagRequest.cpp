#include "TagRequest.h"

#include "version/TagScheme.h"

#include <QCoreApplication>

namespace rd {

QJsonObject TagRequest::toJson() const
{
    return QJsonObject { { QStringLiteral("tag"), tag }, { QStringLiteral("version"), version.toString() },
        { QStringLiteral("prerelease"), version.isPrerelease() }, { QStringLiteral("message"), message },
        { QStringLiteral("remote"), remote }, { QStringLiteral("push"), push },
        { QStringLiteral("allow_detached"), allowDetached }, { QStringLiteral("replace_existing"), replaceExisting } };
}

Result<TagRequest> TagRequest::forProject(const PythonProject &project, const QString &text)
{
    auto scheme = TagScheme::withPrefix(project.settings.tagPrefix);
    if (!scheme) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "releasedesk.toml: %1").arg(scheme.error().message), scheme.error().hint);
    }
    const QString given = text.trimmed();
    TagRequest request;
    if (auto fromTag = scheme->versionFromTag(given)) {
        request.version = *fromTag;
    } else if (auto parsed = Version::parse(given)) {
        request.version = *parsed;
    } else {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "'%1' is neither a release tag (%2) nor a PEP 440 version (%3).")
                .arg(given, fromTag.error().message, parsed.error().message),
            QCoreApplication::translate("core", "Give a version such as 1.2.3 or 1.2.3rc1, or a tag such as %1 or %2.")
                .arg(scheme->prefix() + QStringLiteral("1.2.3"), scheme->prefix() + QStringLiteral("1.2.3-rc.1")));
    }
    auto tag = scheme->tagFromVersion(request.version);
    if (!tag) {
        return std::unexpected(tag.error());
    }
    request.tag = *tag;
    request.message = QStringLiteral("%1 %2").arg(project.name.isEmpty() ? QStringLiteral("Release") : project.name, request.tag);
    return request;
}

} // namespace rd
