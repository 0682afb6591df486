#include "Requirement.h"

#include "build/WheelTag.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rd {

Result<Requirement> Requirement::parse(const QString &line)
{
    Requirement req;
    req.text = line.trimmed();
    QString body = req.text;
    // A URL may contain ';' only after "@ url" followed by whitespace (PEP 508).
    qsizetype semicolon = -1;
    if (body.contains(QLatin1Char('@'))) {
        static const QRegularExpression urlMarker(QStringLiteral("\\s;"));
        semicolon = body.indexOf(urlMarker);
        if (semicolon >= 0) {
            ++semicolon;
        }
    } else {
        semicolon = body.indexOf(QLatin1Char(';'));
    }
    if (semicolon >= 0) {
        auto marker = Marker::parse(body.mid(semicolon + 1));
        if (!marker) {
            return std::unexpected(marker.error());
        }
        req.marker = *marker;
        body = body.left(semicolon).trimmed();
    }
    static const QRegularExpression head(
        QStringLiteral("^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(?:\\[([^\\]]*)\\])?\\s*(.*)$"));
    const auto match = head.match(body);
    if (!match.hasMatch()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "'%1' is not a requirement.").arg(req.text),
            QCoreApplication::translate("core", "Write it as in pyproject.toml, e.g. numpy>=1.24,<2 (PEP 508)."));
    }
    req.name = match.captured(1);
    for (const QString &extra : match.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        req.extras << extra.trimmed();
    }
    QString rest = match.captured(3).trimmed();
    if (rest.startsWith(QLatin1Char('@'))) {
        req.url = rest.mid(1).trimmed();
        if (req.url.isEmpty()) {
            return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "'%1' has '@' but no URL.").arg(req.text));
        }
        return req;
    }
    if (rest.startsWith(QLatin1Char('(')) && rest.endsWith(QLatin1Char(')'))) {
        rest = rest.mid(1, rest.size() - 2).trimmed();
    }
    auto specifiers = SpecifierSet::parse(rest);
    if (!specifiers) {
        return fail(Error::Code::InvalidInput, QStringLiteral("'%1': %2").arg(req.text, specifiers.error().message),
            specifiers.error().hint);
    }
    req.specifiers = *specifiers;
    return req;
}

QString Requirement::normalizedName() const
{
    return WheelTag::normalizeName(name);
}

QString Requirement::withoutMarker() const
{
    QString out = name;
    if (!extras.isEmpty()) {
        out += QLatin1Char('[') + extras.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    if (!url.isEmpty()) {
        return out + QStringLiteral(" @ ") + url;
    }
    return out + specifiers.toString();
}

} // namespace rd
