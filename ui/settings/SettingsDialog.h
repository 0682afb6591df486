#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QCheckBox;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;
class QSettings;

namespace rd {
class ConnectionCheck;
class SecretStore;
} // namespace rd

namespace rd::ui {

class ServerKindCombo;

class ChecklistView;

// Servers (URL, kind), the token for each in the system keychain, and a connection test that
// shows a verdict per item: server, token, repository push permission.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(QSettings *settings, SecretStore *secrets, QWidget *parent = nullptr);

    // Fills the form for the open project's server (kind: gitea | github | local).
    void preset(const QString &url, const QString &kind, const QString &repository);
    // The open project: "Save" can also write the server and repository into its releasedesk.toml.
    void setProjectDir(const QString &dir);
    bool projectSettingsWritten() const { return m_projectWritten; }
    void testConnection();
    void saveServer();
    void forgetToken();

private:
    void reloadServers();
    void showServer(int row);
    void setStatus(const QString &text, bool error);
    void runCheck(const QString &token);

    QSettings *m_settings;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    QListWidget *m_servers;
    QLineEdit *m_url;
    ServerKindCombo *m_kind;
    QLineEdit *m_repository;
    QLineEdit *m_token;
    QCheckBox *m_useForProject = nullptr;
    QString m_projectDir;
    bool m_projectWritten = false;
    QLabel *m_status;
    QPushButton *m_test;
    ChecklistView *m_checks;
    ConnectionCheck *m_check = nullptr;
};

} // namespace rd::ui
