#include "TaskControl.h"

#include <algorithm>

namespace rd {

TaskControl TaskControl::scaled(qint64 from, qint64 to, qint64 outOf) const
{
    TaskControl sub = *this;
    if (!m_progress) {
        return sub;
    }
    sub.m_progress = [parent = m_progress, from, to, outOf](qint64 done, qint64 total, const QString &text) {
        const double fraction = total > 0 ? std::clamp(double(done) / double(total), 0.0, 1.0) : 0.0;
        parent(from + qint64(double(to - from) * fraction), outOf, text);
    };
    return sub;
}

} // namespace rd
