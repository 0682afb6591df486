#include "NonPep440.h"

namespace rd {

using namespace Qt::StringLiterals;

Result<CoercedLabel> coerceLabel(QStringView label)
{
    if (label.trimmed().isEmpty()) {
        return fail(Error::Code::InvalidInput, u"The version label is empty."_s,
            u"Give a PEP 440 version such as 1.2.3 or a label such as nightly."_s);
    }
    if (auto version = Version::parse(label)) {
        return CoercedLabel { *version, {} };
    }
    static const Version placeholder = *Version::parse(u"0.0.0.dev0");
    return CoercedLabel { placeholder,
        u"'%1' is not a PEP 440 version, so the Python package gets the placeholder version %2."_s.arg(
            label.trimmed().toString(), placeholder.toString()) };
}

} // namespace rd
