#pragma once

#include <QString>

#include <optional>

namespace rd {

// The [installer] table of releasedesk.toml: how the Windows installer (NSIS) is built.
//
//   [installer]
//   desktop_shortcut = "checked"      # checked | unchecked | absent (true = checked, false = absent)
//   start_with_windows = "unchecked"  # the same choices
//   web_ui_url = ""                   # opened after "Launch" on the finish page (http/https); empty: none
//   web_ui_delay = 2                  # seconds between starting the app and opening web_ui_url
//   compressor = "bzip2"              # bzip2 (default) | lzma | zlib (all solid)
//   running_wait = 30                 # silent mode: seconds to wait for a running app to quit
//   signing_certificate = ""          # PKCS#12 file (.pfx/.p12); empty: the installer is not signed
//   timestamp_url = ""                # RFC 3161 time-stamping server; empty: no timestamp
struct InstallerSettings
{
    // An optional installer component: offered and ticked, offered but not ticked, or not offered.
    enum class Option { Checked, Unchecked, Absent };
    // makensis compresses on one core. On a 95 MB Python payload: lzma 68 s -> 22.6 MB,
    // bzip2 9.5 s -> 23.6 MB, zlib 11.5 s -> 29.4 MB.
    enum class Compressor { Lzma, Bzip2, Zlib };

    Option desktopShortcut = Option::Checked;
    Option startWithWindows = Option::Unchecked;
    QString webUiUrl;
    int webUiDelaySeconds = 2;
    // bzip2 by default: on a 95 MB payload makensis takes 9.5 s instead of LZMA's 68 s for an
    // installer about 4% larger; makensis runs on one core and dominates a release's wall time.
    Compressor compressor = Compressor::Bzip2;
    int runningWaitSeconds = 30;
    QString signingCertificate; // relative to the project folder, or absolute
    QString timestampUrl;

    static QString optionName(Option option);
    static std::optional<Option> optionFromName(const QString &name);
    static QString compressorName(Compressor compressor);
    static std::optional<Compressor> compressorFromName(const QString &name);

    bool operator==(const InstallerSettings &) const = default;
};

} // namespace rd
