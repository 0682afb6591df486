#include "WheelTag.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace rd {

QString WheelTarget::describe() const
{
    return QStringLiteral("CPython %1.%2 on %3").arg(pythonMajor).arg(pythonMinor).arg(platform);
}

Result<WheelTag> WheelTag::parse(const QString &fileName)
{
    auto invalid = [&fileName](const QString &why) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "'%1' is not a valid wheel file name: %2.").arg(fileName, why),
            QCoreApplication::translate("core", "Wheel names are name-version(-build)-python-abi-platform.whl (PEP 427)."));
    };
    if (!fileName.endsWith(QStringLiteral(".whl"), Qt::CaseInsensitive)) {
        return invalid(QStringLiteral("it does not end in .whl"));
    }
    const QStringList parts = fileName.chopped(4).split(QLatin1Char('-'));
    if (parts.size() != 5 && parts.size() != 6) {
        return invalid(QStringLiteral("it has %1 '-'-separated parts, 5 or 6 are needed").arg(parts.size()));
    }
    for (const QString &part : parts) {
        if (part.isEmpty()) {
            return invalid(QStringLiteral("it has an empty part"));
        }
    }
    WheelTag tag;
    tag.fileName = fileName;
    tag.distribution = parts.at(0);
    tag.version = parts.at(1);
    if (parts.size() == 6) {
        tag.build = parts.at(2);
        if (!tag.build.at(0).isDigit()) {
            return invalid(QStringLiteral("the build tag '%1' does not start with a digit").arg(tag.build));
        }
    }
    const qsizetype t = parts.size() - 3;
    tag.pythonTags = parts.at(t).split(QLatin1Char('.'));
    tag.abiTags = parts.at(t + 1).split(QLatin1Char('.'));
    tag.platformTags = parts.at(t + 2).split(QLatin1Char('.'));
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9._]*[A-Za-z0-9])?$"));
    if (!namePattern.match(tag.distribution).hasMatch()) {
        return invalid(QStringLiteral("'%1' is not a distribution name").arg(tag.distribution));
    }
    return tag;
}

QString WheelTag::normalizeName(const QString &name)
{
    static const QRegularExpression runs(QStringLiteral("[-_.]+"));
    QString out = name.toLower();
    out.replace(runs, QStringLiteral("-"));
    return out;
}

QString WheelTag::tagString() const
{
    return pythonTags.join(QLatin1Char('.')) + QLatin1Char('-') + abiTags.join(QLatin1Char('.')) + QLatin1Char('-')
        + platformTags.join(QLatin1Char('.'));
}

bool WheelTag::isPure() const
{
    for (const QString &platform : platformTags) {
        if (platform != QStringLiteral("any")) {
            return false;
        }
    }
    return true;
}

namespace {

// "cp311" -> {"cp", 3, 11}; "py3" -> {"py", 3, -1}; unknown -> {"", -1, -1}
struct PythonTag
{
    QString implementation;
    int major = -1;
    int minor = -1;
};

PythonTag readPythonTag(const QString &tag)
{
    static const QRegularExpression pattern(QStringLiteral("^([a-z]+)(\\d)(\\d*)$"));
    const auto match = pattern.match(tag);
    if (!match.hasMatch()) {
        return {};
    }
    PythonTag out;
    out.implementation = match.captured(1);
    out.major = match.captured(2).toInt();
    out.minor = match.captured(3).isEmpty() ? -1 : match.captured(3).toInt();
    return out;
}

// Why a single (python, abi, platform) triple does not run on the target; empty when it does.
QString whyNot(const QString &python, const QString &abi, const QString &platform, const WheelTarget &target)
{
    if (platform != QStringLiteral("any") && platform != target.platform) {
        return QStringLiteral("built for the platform %1, the target is %2").arg(platform, target.platform);
    }
    const PythonTag py = readPythonTag(python);
    if (py.implementation != QStringLiteral("cp") && py.implementation != QStringLiteral("py")) {
        return QStringLiteral("built for the Python implementation '%1', the target is CPython").arg(python);
    }
    if (py.major != target.pythonMajor) {
        return QStringLiteral("built for Python %1, the target is Python %2.%3")
            .arg(python)
            .arg(target.pythonMajor)
            .arg(target.pythonMinor);
    }
    const QString exact = target.interpreterTag();
    if (abi == QStringLiteral("none")) {
        if (python == exact || (py.implementation == QStringLiteral("py") && py.minor <= target.pythonMinor)) {
            return {};
        }
        return QStringLiteral("built for %1, the target is %2").arg(python, exact);
    }
    if (abi == QStringLiteral("abi3")) {
        if (py.implementation == QStringLiteral("cp") && py.minor >= 2 && py.minor <= target.pythonMinor) {
            return {};
        }
        return QStringLiteral("a stable-ABI wheel for %1, which needs a newer CPython than %2").arg(python, exact);
    }
    if (abi == exact && python == exact) {
        return {};
    }
    return QStringLiteral("built for the ABI %1 (%2), the target is %3").arg(abi, python, exact);
}

} // namespace

Result<QString> WheelTag::compatibleTag(const WheelTarget &target) const
{
    QString firstReason;
    for (const QString &python : pythonTags) {
        for (const QString &abi : abiTags) {
            for (const QString &platform : platformTags) {
                const QString reason = whyNot(python, abi, platform, target);
                if (reason.isEmpty()) {
                    return python + QLatin1Char('-') + abi + QLatin1Char('-') + platform;
                }
                if (firstReason.isEmpty()) {
                    firstReason = reason;
                }
            }
        }
    }
    return fail(Error::Code::InvalidInput,
        QCoreApplication::translate("core", "%1 does not run on %2: %3.").arg(fileName, target.describe(), firstReason));
}

QJsonObject WheelTag::toJson() const
{
    return QJsonObject { { QStringLiteral("file"), fileName }, { QStringLiteral("name"), distribution },
        { QStringLiteral("version"), version }, { QStringLiteral("tags"), tagString() }, { QStringLiteral("pure"), isPure() } };
}

} // namespace rd
