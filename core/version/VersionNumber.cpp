#include "VersionNumber.h"

#include <QCoreApplication>

#include <iterator>

namespace rd {

namespace {

constexpr qsizetype SmallDigits = 19; // every 19-digit number fits in a quint64
constexpr quint64 LargestSmall = 9'999'999'999'999'999'999ULL;

QString elidedDigits(QStringView digits)
{
    if (digits.size() <= 24) {
        return digits.toString();
    }
    return digits.first(10).toString() + QStringLiteral("…") + digits.last(10).toString();
}

} // namespace

VersionNumber::VersionNumber(quint64 value)
{
    if (value <= LargestSmall) {
        m_small = value;
    } else {
        m_digits = QString::number(value);
    }
}

Result<VersionNumber> VersionNumber::fromString(QStringView digits)
{
    if (digits.isEmpty()) {
        return fail(Error::Code::InvalidInput, QCoreApplication::translate("core", "expected a number, found nothing"));
    }
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9') {
            return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("core", "'%1' is not a number (only the digits 0-9 are allowed)").arg(digits));
        }
    }
    if (digits.size() > MaxDigits) {
        return fail(Error::Code::InvalidInput,
            QCoreApplication::translate("core", "the number %1 has %2 digits; at most %3 are supported")
                .arg(elidedDigits(digits))
                .arg(digits.size())
                .arg(MaxDigits));
    }
    qsizetype first = 0;
    while (first < digits.size() - 1 && digits[first] == u'0') {
        ++first;
    }
    const QStringView significant = digits.sliced(first);
    VersionNumber number;
    if (significant.size() <= SmallDigits) {
        quint64 value = 0;
        for (const QChar c : significant) {
            value = value * 10 + quint64(c.unicode() - u'0');
        }
        number.m_small = value;
    } else {
        number.m_digits = significant.toString();
    }
    return number;
}

qint64 VersionNumber::toInt64(bool *ok) const
{
    const bool fits = fitsInInt64();
    if (ok) {
        *ok = fits;
    }
    return fits ? qint64(m_small) : std::numeric_limits<qint64>::max();
}

QString VersionNumber::toString() const
{
    return m_digits.isEmpty() ? QString::number(m_small) : m_digits;
}

void VersionNumber::appendTo(QString &out) const
{
    if (!m_digits.isEmpty()) {
        out += m_digits;
        return;
    }
    char16_t buffer[SmallDigits + 1];
    char16_t *end = buffer + std::size(buffer);
    char16_t *p = end;
    quint64 value = m_small;
    do {
        *--p = char16_t(u'0' + value % 10);
        value /= 10;
    } while (value != 0);
    out.append(QStringView(p, end));
}

Result<VersionNumber> VersionNumber::incremented() const
{
    if (m_digits.isEmpty()) {
        return VersionNumber(m_small + 1); // LargestSmall + 1 still fits in a quint64
    }
    QString digits = m_digits;
    qsizetype i = digits.size() - 1;
    while (i >= 0 && digits[i] == u'9') {
        digits[i] = u'0';
        --i;
    }
    if (i >= 0) {
        digits[i] = QChar(digits[i].unicode() + 1);
    } else {
        digits.prepend(u'1');
        if (digits.size() > MaxDigits) {
            return fail(Error::Code::InvalidInput,
                QCoreApplication::translate("core", "%1 plus one would have more than %2 digits")
                    .arg(elidedDigits(m_digits))
                    .arg(MaxDigits));
        }
    }
    VersionNumber number;
    number.m_digits = std::move(digits);
    return number;
}

std::strong_ordering VersionNumber::compareSlow(const VersionNumber &a, const VersionNumber &b) noexcept
{
    if (a.m_digits.isEmpty()) {
        return std::strong_ordering::less; // b is big, so larger
    }
    if (b.m_digits.isEmpty()) {
        return std::strong_ordering::greater;
    }
    if (a.m_digits.size() != b.m_digits.size()) {
        return a.m_digits.size() <=> b.m_digits.size();
    }
    return QStringView(a.m_digits).compare(QStringView(b.m_digits)) <=> 0;
}

} // namespace rd
