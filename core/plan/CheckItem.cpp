#include "CheckItem.h"

#include <QStringList>

namespace rd {

QString CheckItem::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok: return QStringLiteral("ok");
    case Verdict::Warning: return QStringLiteral("warning");
    case Verdict::Failed: return QStringLiteral("failed");
    case Verdict::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("skipped");
}

QString CheckItem::verdictSymbol(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok: return QStringLiteral("✓");
    case Verdict::Warning: return QStringLiteral("⚠");
    case Verdict::Failed: return QStringLiteral("✗");
    case Verdict::Skipped: return QStringLiteral("·");
    }
    return QStringLiteral("·");
}

QJsonObject CheckItem::toJson() const
{
    QJsonObject object { { QStringLiteral("id"), id }, { QStringLiteral("title"), title },
        { QStringLiteral("verdict"), verdictName(verdict) }, { QStringLiteral("detail"), detail } };
    if (!hint.isEmpty()) {
        object.insert(QStringLiteral("hint"), hint);
    }
    return object;
}

bool checklistPassed(const Checklist &list)
{
    for (const CheckItem &item : list) {
        if (item.verdict == CheckItem::Verdict::Failed) {
            return false;
        }
    }
    return true;
}

QString checklistText(const Checklist &list)
{
    QStringList lines;
    for (const CheckItem &item : list) {
        lines << QStringLiteral("%1 %2: %3").arg(CheckItem::verdictSymbol(item.verdict), item.title, item.detail);
        if (!item.hint.isEmpty() && item.verdict != CheckItem::Verdict::Ok) {
            lines << QStringLiteral("    how to fix: ") + item.hint;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace rd
