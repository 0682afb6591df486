#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

// One declarative trim rule ([[build.trim]]): paths (globs relative to site-packages, "**"
// for any depth) removed from the build, except `keep`.
//
//   [[build.trim]]
//   name = "pillow-plugins"
//   description = "Pillow image plugins the app does not use"
//   paths = ["PIL/*ImagePlugin.py"]
//   keep = ["PIL/PngImagePlugin.py", "PIL/JpegImagePlugin.py"]
//   targets = ["windows", "linux"]   # default: both
//   enabled = true
struct TrimRuleSetting
{
    QString name;
    QString description;
    QStringList paths;
    QStringList keep;
    QStringList targets;
    bool enabled = true;
    bool operator==(const TrimRuleSetting &) const = default;
};

// The [build] table of releasedesk.toml beyond python_version and extras (which stay in
// ProjectSettings). Every key has a default, so an old file keeps working.
//
//   [build]
//   python_base_url = "https://www.python.org/ftp/python"  # {base}/{ver}/python-{ver}-embed-amd64.zip
//   python_sha256 = ""         # SHA-256 of that zip; checked when set
//   python_zip = ""            # a local embeddable zip instead of downloading
//   index_url = ""             # pip --index-url (a mirror); empty: pip's default
//   extra_index_urls = []
//   find_links = []            # pip --find-links folders or URLs (offline wheelhouses)
//   no_index = false           # pip --no-index (offline: find_links only)
//   constraints_file = ""      # pip -c FILE, also checked against every downloaded wheel
//   constraints = []           # more pins, e.g. ["numpy>=1.24,<2"]
//   entry_module = ""          # python -m <module>; default: the package
//   app_files = ["config"]     # more files/folders copied into the build (when present)
//   tkinter = false            # add tkinter from the official MSIs (msiextract)
//   strip_binaries = true      # strip debug info from .pyd/.dll (x86_64-w64-mingw32-strip)
//   compile_bytecode = false   # ship .pyc only: compileall -b, then drop the .py files
//   host_python = ""           # the python3 that runs pip and compileall; default: python3
//   linux_python = ""          # the interpreter of the Linux venv; default: /usr/bin/python3
//   service_name = ""          # systemd unit name; default: the package name
//   trim_defaults = true       # apply the built-in trim rules
//   trim_disable = []          # names of built-in rules to skip
struct BuildSettings
{
    QString pythonBaseUrl = QStringLiteral("https://www.python.org/ftp/python");
    QString pythonSha256;
    QString pythonZip;
    QString indexUrl;
    QStringList extraIndexUrls;
    QStringList findLinks;
    bool noIndex = false;
    QString constraintsFile;
    QStringList constraints;
    QString entryModule;
    QStringList appFiles { QStringLiteral("config") };
    bool tkinter = false;
    bool stripBinaries = true;
    bool compileBytecode = false;
    QString hostPython;
    QString linuxPython;
    QString serviceName;
    bool trimDefaults = true;
    QStringList trimDisable;
    QList<TrimRuleSetting> trimRules;

    // Reads the [build] table of releasedesk.toml text (absent keys keep their defaults).
    static Result<BuildSettings> fromToml(const QByteArray &text, const QString &pathForMessages);
    // The keys above as TOML lines for the [build] table (then any [[build.trim]] tables).
    QStringList toTomlLines() const;

    bool operator==(const BuildSettings &) const = default;
};

} // namespace rd
