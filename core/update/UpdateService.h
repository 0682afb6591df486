#pragma once

#include "update/UpdateCheck.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace rd {

class ReleaseProvider;
class UpdateDownload;

// What an app runs in the background (guide §11.5): the state machine
//   IDLE → CHECKING → UP_TO_DATE | UPDATE_AVAILABLE → DOWNLOADING → VERIFYING → APPLYING,
// and ERROR with a reason in words; the first automatic check after a startup delay (30 s), then
// one per interval; manual checks debounced (60 s); a dismissed version kept. The clock is
// injectable so tests and the Update Preview can move time. Everything a frontend shows is a
// signal: stateChanged, answerChanged, progress, event (the timeline).
class UpdateService final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Checking, UpToDate, UpdateAvailable, Downloading, Verifying, Applying, Error };
    Q_ENUM(State)

    struct Settings
    {
        bool enabled = true;
        int intervalHours = 24;
        bool prereleaseChannel = false;
        QString dismissedVersion;
        bool operator==(const Settings &) const = default;
    };

    UpdateService(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setProvider(ReleaseProvider *provider, const QString &token = {});
    void setRequest(const UpdateRequest &request); // current version, install type, keys, id
    void setSettings(const Settings &settings);
    const Settings &settings() const { return m_settings; }
    void setClock(std::function<qint64()> nowMs) { m_now = std::move(nowMs); }
    void setStartupDelayMs(int ms) { m_startupDelayMs = ms; }
    void setDebounceMs(int ms) { m_debounceMs = ms; }
    int debounceMs() const { return m_debounceMs; }

    // Automatic checks: the first after the startup delay, then every interval (when enabled).
    void startAutomatic();
    // A manual check; false (and nothing sent) within the debounce window of the last one.
    bool checkNow();
    // Hides the banner for the offered version (kept in the settings).
    void dismiss();
    // Downloads and verifies the offered asset into `directory`; readyToApply(path) after.
    void download(const QString &directory);
    // The frontend says the swap began / failed (the service cannot apply in-process).
    void markApplying();
    void markError(const QString &reason);
    void cancel();

    State state() const { return m_state; }
    static QString stateName(State state); // "IDLE", "CHECKING"…
    const UpdateAnswer &answer() const { return m_answer; }
    bool bannerVisible() const;
    QString errorReason() const { return m_error; }

signals:
    void stateChanged(rd::UpdateService::State state);
    void answerChanged(const rd::UpdateAnswer &answer);
    void progress(qint64 done, qint64 total, const QString &text);
    void event(const QString &text);
    void readyToApply(const QString &archivePath);
    void settingsChanged(const rd::UpdateService::Settings &settings);

private:
    void setState(State state);
    void runCheck();

    QPointer<QNetworkAccessManager> m_network;
    QPointer<ReleaseProvider> m_provider;
    QString m_token;
    UpdateRequest m_request;
    Settings m_settings;
    UpdateAnswer m_answer;
    State m_state = State::Idle;
    QString m_error;
    std::function<qint64()> m_now;
    qint64 m_lastCheck = -1;
    int m_startupDelayMs = 30'000;
    int m_debounceMs = 60'000;
    QTimer m_timer;
    QPointer<UpdateCheck> m_check;
    QPointer<UpdateDownload> m_download;
};

} // namespace rd
