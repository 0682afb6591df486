#pragma once

#include "common/Error.h"
#include "installer/PortablePayload.h"
#include "project/InstallerSettings.h"
#include "version/Version.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <array>

namespace rd {

struct PythonProject;

// Everything the installer script is generated from.
struct NsisScriptInput
{
    QString appName; // [app] display_name (falls back to the project name)
    QString publisher; // [app] publisher
    Version version;
    QString iconPath; // [app] icon, absolute; empty: the first app/*.ico of the payload, if any
    PortablePayload payload;
    QString outputDir; // where {App}-v{version}-setup.exe is written
    InstallerSettings settings;
    QString tagPrefix = QStringLiteral("v"); // [release] tag_prefix: the file name's {tag}

    // From a loaded project: name, publisher, icon (made absolute) and [installer].
    static NsisScriptInput fromProject(
        const PythonProject &project, const Version &version, const PortablePayload &payload, const QString &outputDir);
};

// NSIS's VIProductVersion needs four numbers from 0 to 65535. PEP 440 maps onto them so that
// Windows orders versions as PEP 440 does within a release:
//   a.b.c       the first three release parts (a shorter release is padded with 0);
//   d           stage * 10000 + n, where the stage is
//                 0  dev release of a final (1.2.0.dev3)      n = dev (at most 9999)
//                 1  alpha, 2 beta, 3 release candidate      n = 10 * number + s, s = 5 for the
//                    pre-release itself, min(dev, 4) for its dev releases (1.2.0rc1.dev2) and
//                    5 + min(post, 4) for its post-releases (1.2.0rc1.post1)
//                 4  final                                    n = 0
//                 5  post-release (1.2.0.post2)               n = 10 * post + (9, or min(dev, 8) for .post2.devN)
//   so 1.2.0.dev1 -> 1.2.0.1 < 1.2.0a1 -> 1.2.0.10015 < 1.2.0rc2 -> 1.2.0.30025 < 1.2.0 -> 1.2.0.40000
//   < 1.2.0.post1 -> 1.2.0.50019. Pre-release numbers above 999 and post numbers above 999 are clamped;
//   the epoch, the local label and release parts after the third are left out (with a warning).
// The readable PEP 440 string stays everywhere people see it (ProductVersion, DisplayVersion, file name).
struct WindowsVersion
{
    std::array<quint16, 4> parts {};
    QStringList warnings;

    QString toString() const;
    static WindowsVersion fromVersion(const Version &version);
};

// The generated installer.nsi (template installer/installer.nsi.in, embedded as a resource).
// See the template's header for what the installer guarantees. Silent-mode exit codes:
//   0 installed; 1 cancelled; 2 aborted by NSIS (e.g. a file could not be written);
//   3 (exitAppRunning) the app was running (python.exe locked) for longer than running_wait
//     seconds: nothing was changed.
class NsisScript final
{
public:
    static constexpr int exitAppRunning = 3;

    static Result<NsisScript> generate(const NsisScriptInput &input);

    const QString &text() const { return m_text; }
    QByteArray toUtf8WithBom() const; // what makensis reads as UTF-8
    QString version() const { return m_version; }
    QString windowsVersion() const { return m_windowsVersion; }
    QString outputFileName() const { return m_outputFileName; } // Tallyho-v1.2.0-setup.exe
    QString outputPath() const { return m_outputPath; }
    QString registryKeyName() const { return m_registryKeyName; } // HKCU\...\Uninstall\<this>
    QStringList warnings() const { return m_warnings; }

    Status writeTo(const QString &path) const;

    // A string for inside double quotes in an NSIS script: $ -> $$, " -> $\", newlines -> $\n.
    static QString quote(const QString &value);
    // {App}-{tag}-setup.exe (ArtifactNames): the portable zip's {App}, and the version written with
    // the tag scheme (1.2.0rc1 -> v1.2.0-rc.1).
    static QString outputFileNameFor(
        const QString &appName, const QString &version, const QString &tagPrefix = QStringLiteral("v"));
    // A folder, shortcut and registry key name: characters Windows forbids and '$' removed, spaces kept.
    static QString windowsName(const QString &appName);
    // The template engine: {{KEY}} placeholders and ";@if KEY" / ";@endif" line blocks. Unknown
    // keys are an error, so a template change cannot ship a literal {{KEY}}.
    static Result<QString> render(
        const QString &templateText, const QHash<QString, QString> &values, const QHash<QString, bool> &conditions);
    static QString templateText(); // the embedded installer.nsi.in

private:
    QString m_text;
    QString m_version;
    QString m_windowsVersion;
    QString m_outputFileName;
    QString m_outputPath;
    QString m_registryKeyName;
    QStringList m_warnings;
};

} // namespace rd
