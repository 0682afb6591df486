#pragma once

#include "build/BuildTargetJob.h"

namespace rd {

// The Linux build (guide §5, §5.1), relocatable: a venv of the Linux interpreter
// (/usr/bin/python3 by default), the project and its extras built and downloaded as wheels by
// that venv's pip (same index, mirror and offline options as Windows; cached like them), then
// installed offline (--no-index); the app package itself is removed again (run.sh puts the
// app source on PYTHONPATH) but its dist-info stays for importlib.metadata. Then trimmed, made
// movable (VenvRelocation), with run.sh and the systemd service scripts, as
// {App}-v{version}-linux-x64.tar.gz:
//   {App}/venv/...   {App}/app/src/<package>/...   {App}/run.sh
//   {App}/install-service.sh   {App}/uninstall-service.sh   {App}/VERSION
class LinuxTarballBuild final : public BuildTargetJob
{
    Q_OBJECT

public:
    explicit LinuxTarballBuild(std::shared_ptr<const BuildContext> context, QObject *parent = nullptr);

    QString target() const override { return QStringLiteral("linux"); }

protected:
    Result<TargetReport> work(const TaskControl &control) override;
};

} // namespace rd
