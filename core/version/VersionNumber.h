#pragma once

#include "common/Error.h"

#include <QHashFunctions>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <limits>

namespace rd {

// One number of a PEP 440 version (epoch, a release part, the pre/post/dev number or a numeric
// local part). PEP 440 puts no bound on them, so neither do we: up to 19 digits are held in a
// quint64, longer values as their decimal digits, and both compare as the integers they are.
// Like Python (whose int() refuses more than 4300 digits by default, so packaging does too), a
// number may have at most MaxDigits digits, leading zeros included.
class VersionNumber final
{
public:
    static constexpr qsizetype MaxDigits = 4300;

    constexpr VersionNumber() = default;
    VersionNumber(quint64 value); // NOLINT(google-explicit-constructor): lossless, reads well

    // Parses ASCII digits (leading zeros allowed). Fails on an empty string, any other character,
    // or more than MaxDigits digits.
    static Result<VersionNumber> fromString(QStringView digits);

    bool isZero() const { return m_digits.isEmpty() && m_small == 0; }
    bool fitsInInt64() const { return m_digits.isEmpty() && m_small <= quint64(std::numeric_limits<qint64>::max()); }
    // The value, or INT64_MAX (and *ok = false) when it does not fit.
    qint64 toInt64(bool *ok = nullptr) const;
    // Decimal, without leading zeros (Python's str(int)).
    QString toString() const;
    void appendTo(QString &out) const;
    // The value if it is below `limit`, else `limit`.
    quint64 saturated(quint64 limit) const { return (m_digits.isEmpty() && m_small < limit) ? m_small : limit; }
    // This number plus one; fails only when the result would have more than MaxDigits digits.
    Result<VersionNumber> incremented() const;

    friend bool operator==(const VersionNumber &a, const VersionNumber &b) noexcept
    {
        return a.m_small == b.m_small && a.m_digits == b.m_digits;
    }
    friend std::strong_ordering operator<=>(const VersionNumber &a, const VersionNumber &b) noexcept
    {
        if (a.m_digits.isEmpty() && b.m_digits.isEmpty()) {
            return a.m_small <=> b.m_small;
        }
        return compareSlow(a, b);
    }
    friend size_t qHash(const VersionNumber &n, size_t seed = 0) noexcept
    {
        return n.m_digits.isEmpty() ? ::qHash(n.m_small, seed) : ::qHash(n.m_digits, seed);
    }

private:
    static std::strong_ordering compareSlow(const VersionNumber &a, const VersionNumber &b) noexcept;

    quint64 m_small = 0; // the value when it has at most 19 digits (then m_digits is empty)
    QString m_digits; // otherwise its digits, no leading zero (so always 20 or more)
};

} // namespace rd

Q_DECLARE_TYPEINFO(rd::VersionNumber, Q_RELOCATABLE_TYPE);
