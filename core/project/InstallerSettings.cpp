#include "InstallerSettings.h"

namespace rd {

QString InstallerSettings::optionName(Option option)
{
    switch (option) {
    case Option::Checked: return QStringLiteral("checked");
    case Option::Unchecked: return QStringLiteral("unchecked");
    case Option::Absent: return QStringLiteral("absent");
    }
    return QStringLiteral("absent");
}

std::optional<InstallerSettings::Option> InstallerSettings::optionFromName(const QString &name)
{
    for (Option option : { Option::Checked, Option::Unchecked, Option::Absent }) {
        if (name.trimmed().compare(optionName(option), Qt::CaseInsensitive) == 0) {
            return option;
        }
    }
    return std::nullopt;
}

QString InstallerSettings::compressorName(Compressor compressor)
{
    switch (compressor) {
    case Compressor::Lzma: return QStringLiteral("lzma");
    case Compressor::Bzip2: return QStringLiteral("bzip2");
    case Compressor::Zlib: return QStringLiteral("zlib");
    }
    return QStringLiteral("lzma");
}

std::optional<InstallerSettings::Compressor> InstallerSettings::compressorFromName(const QString &name)
{
    for (Compressor compressor : { Compressor::Lzma, Compressor::Bzip2, Compressor::Zlib }) {
        if (name.trimmed().compare(compressorName(compressor), Qt::CaseInsensitive) == 0) {
            return compressor;
        }
    }
    return std::nullopt;
}

} // namespace rd
