#include "update/UpdateService.h"

#include "forge/ReleaseProvider.h"
#include "update/UpdateDownload.h"

#include <QDateTime>
#include <QNetworkAccessManager>

namespace rd {

UpdateService::UpdateService(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_settings.enabled) {
            runCheck();
        }
        m_timer.start(std::max(1, m_settings.intervalHours) * 3'600'000);
    });
}

void UpdateService::setProvider(ReleaseProvider *provider, const QString &token)
{
    m_provider = provider;
    m_token = token;
}

void UpdateService::setRequest(const UpdateRequest &request)
{
    m_request = request;
}

void UpdateService::setSettings(const Settings &settings)
{
    const bool channelChanged = settings.prereleaseChannel != m_settings.prereleaseChannel;
    m_settings = settings;
    emit settingsChanged(m_settings);
    if (channelChanged && m_lastCheck >= 0) {
        emit event(QStringLiteral("Channel changed to %1: the next check uses it")
                       .arg(settings.prereleaseChannel ? QStringLiteral("pre-release") : QStringLiteral("stable")));
    }
}

QString UpdateService::stateName(State state)
{
    switch (state) {
    case State::Idle: return QStringLiteral("IDLE");
    case State::Checking: return QStringLiteral("CHECKING");
    case State::UpToDate: return QStringLiteral("UP_TO_DATE");
    case State::UpdateAvailable: return QStringLiteral("UPDATE_AVAILABLE");
    case State::Downloading: return QStringLiteral("DOWNLOADING");
    case State::Verifying: return QStringLiteral("VERIFYING");
    case State::Applying: return QStringLiteral("APPLYING");
    case State::Error: break;
    }
    return QStringLiteral("ERROR");
}

void UpdateService::startAutomatic()
{
    emit event(QStringLiteral("Automatic checks: the first in %1 s, then every %2 h")
                   .arg(m_startupDelayMs / 1000.0)
                   .arg(m_settings.intervalHours));
    m_timer.start(m_startupDelayMs);
}

bool UpdateService::checkNow()
{
    const qint64 now = m_now();
    if (m_lastCheck >= 0 && now - m_lastCheck < m_debounceMs) {
        emit event(QStringLiteral("Check refused: the last one was %1 s ago (at most one per %2 s)")
                       .arg((now - m_lastCheck) / 1000)
                       .arg(m_debounceMs / 1000));
        return false;
    }
    runCheck();
    return true;
}

void UpdateService::runCheck()
{
    if (m_state == State::Checking || m_state == State::Downloading || m_state == State::Verifying
        || m_state == State::Applying) {
        return;
    }
    m_lastCheck = m_now();
    UpdateRequest request = m_request;
    request.prereleaseChannel = m_settings.prereleaseChannel;
    request.dismissedVersion = m_settings.dismissedVersion;
    setState(State::Checking);
    auto *check = new UpdateCheck(m_provider, request, this);
    m_check = check;
    connect(check, &UpdateCheck::event, this, &UpdateService::event);
    connect(check, &UpdateCheck::finished, this, [this, check](const UpdateAnswer &answer) {
        check->deleteLater();
        m_answer = answer;
        emit answerChanged(m_answer);
        if (answer.state == UpdateAnswer::State::Error) {
            m_error = answer.reason;
            setState(State::Error);
        } else {
            setState(answer.state == UpdateAnswer::State::UpdateAvailable ? State::UpdateAvailable : State::UpToDate);
        }
    });
    check->start();
}

void UpdateService::dismiss()
{
    if (!m_answer.version) {
        return;
    }
    m_settings.dismissedVersion = m_answer.version->toString();
    m_answer.dismissed = true;
    emit event(QStringLiteral("Dismissed %1: no banner for it again").arg(m_answer.tag));
    emit settingsChanged(m_settings);
    emit answerChanged(m_answer);
}

bool UpdateService::bannerVisible() const
{
    return m_state == State::UpdateAvailable && !m_answer.dismissed;
}

void UpdateService::download(const QString &directory)
{
    if (m_state != State::UpdateAvailable || !m_answer.canApply || !m_answer.asset) {
        emit event(QStringLiteral("Nothing to download: %1").arg(m_answer.reason));
        return;
    }
    setState(State::Downloading);
    auto *job = new UpdateDownload(m_network, *m_answer.asset, m_answer.expectedSha256, directory, this);
    job->setToken(m_token);
    m_download = job;
    connect(job, &UpdateDownload::logLine, this, &UpdateService::event);
    connect(job, &UpdateDownload::progress, this, [this](qint64 done, qint64 total, const QString &text) {
        emit progress(done, total, text);
        if (done >= total && m_state == State::Downloading) {
            setState(State::Verifying);
        }
    });
    connect(job, &UpdateDownload::finished, this, [this, job](const Result<QString> &path) {
        job->deleteLater();
        if (!path) {
            m_error = path.error().toString();
            emit event(QStringLiteral("Error: %1").arg(m_error));
            setState(State::Error);
            return;
        }
        if (m_state == State::Downloading) {
            setState(State::Verifying);
        }
        emit event(QStringLiteral("Verified against SHA256SUMS%1: %2")
                       .arg(m_answer.isSigned ? QStringLiteral(" (signed)") : QString(), *path));
        emit readyToApply(*path);
    });
    job->start();
}

void UpdateService::markApplying()
{
    setState(State::Applying);
}

void UpdateService::markError(const QString &reason)
{
    m_error = reason;
    emit event(QStringLiteral("Error: %1").arg(reason));
    setState(State::Error);
}

void UpdateService::cancel()
{
    if (m_check) {
        m_check->cancel();
    }
    if (m_download) {
        m_download->cancel();
    }
}

void UpdateService::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    emit event(QStringLiteral("State: %1").arg(stateName(state)));
    emit stateChanged(state);
}

} // namespace rd
