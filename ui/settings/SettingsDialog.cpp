#include "SettingsDialog.h"

#include "forge/ConnectionCheck.h"
#include "forge/ServerConfig.h"
#include "i18n/Translations.h"
#include "project/SettingsEdit.h"
#include "secrets/SecretStore.h"
#include "widgets/ChecklistView.h"
#include "widgets/ServerKindCombo.h"
#include "widgets/Tone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd::ui {

SettingsDialog::SettingsDialog(QSettings *settings, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_network(new QNetworkAccessManager(this))
    , m_servers(new QListWidget(this))
    , m_url(new QLineEdit(this))
    , m_kind(new ServerKindCombo(ServerKindCombo::Local::Hidden, this))
    , m_repository(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_test(new QPushButton(tr("Test connection"), this))
    , m_checks(new ChecklistView(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_servers->setObjectName(QStringLiteral("serverList"));
    m_servers->setAccessibleName(tr("Saved servers"));
    m_url->setObjectName(QStringLiteral("serverUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://gitea.example.com"));
    m_kind->setObjectName(QStringLiteral("serverKindCombo"));
    m_repository->setObjectName(QStringLiteral("serverRepoEdit"));
    m_repository->setPlaceholderText(tr("owner/name"));
    m_token->setObjectName(QStringLiteral("serverTokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Paste a new token to store it in the system keychain"));
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_checks->setObjectName(QStringLiteral("connectionChecklist"));
    m_checks->setAccessibleName(tr("Connection test results"));
    m_checks->setMinimumHeight(110);

    auto *save = new QPushButton(tr("Save server and token"), this);
    save->setObjectName(QStringLiteral("saveServerButton"));
    auto *forget = new QPushButton(tr("Forget token"), this);
    forget->setObjectName(QStringLiteral("forgetTokenButton"));
    auto *remove = new QPushButton(tr("Remove server"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Server URL"), m_url);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Repository"), m_repository);
    form->addRow(tr("Access token"), m_token);
    m_useForProject = new QCheckBox(tr("Use this server and repository for the open &project (its releasedesk.toml)"), this);
    m_useForProject->setObjectName(QStringLiteral("serverUseForProjectCheck"));
    m_useForProject->hide();
    form->addRow(QString(), m_useForProject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(forget);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    auto *serverBox = new QGroupBox(tr("Server"), this);
    auto *serverLayout = new QVBoxLayout(serverBox);
    serverLayout->addLayout(form);
    serverLayout->addLayout(buttons);
    serverLayout->addWidget(m_status);
    serverLayout->addWidget(m_checks);

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Servers"), this));
    left->addWidget(m_servers, 1);
    left->addWidget(remove);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addWidget(serverBox, 1);
    // The language of the interface: the system's, or one chosen here (applies at the next start).
    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageLayout = new QHBoxLayout(languageBox);
    auto *languageLabel = new QLabel(tr("&Interface language:"), languageBox);
    auto *language = new QComboBox(languageBox);
    language->setObjectName(QStringLiteral("languageCombo"));
    languageLabel->setBuddy(language);
    for (const auto &[code, name] : Translations::languages()) {
        language->addItem(name, code);
    }
    language->setCurrentIndex(qMax(0, language->findData(m_settings->value(Translations::settingKey()).toString())));
    auto *languageNote = new QLabel(tr("Takes effect when ReleaseDesk starts again."), languageBox);
    languageLayout->addWidget(languageLabel);
    languageLayout->addWidget(language);
    languageLayout->addWidget(languageNote, 1);
    connect(language, &QComboBox::currentIndexChanged, this,
        [this, language] { m_settings->setValue(Translations::settingKey(), language->currentData().toString()); });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(languageBox);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &SettingsDialog::saveServer);
    connect(forget, &QPushButton::clicked, this, &SettingsDialog::forgetToken);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_servers, &QListWidget::currentRowChanged, this, &SettingsDialog::showServer);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (auto *item = m_servers->currentItem()) {
            ServerRegistry(m_settings).remove(item->text());
            reloadServers();
        }
    });
    reloadServers();
    resize(820, 480);
}

void SettingsDialog::reloadServers()
{
    m_servers->clear();
    for (const ServerConfig &server : ServerRegistry(m_settings).servers()) {
        auto *item = new QListWidgetItem(server.url, m_servers);
        item->setData(Qt::UserRole, serverKindName(server.kind));
    }
}

void SettingsDialog::showServer(int row)
{
    if (QListWidgetItem *item = m_servers->item(row)) {
        m_url->setText(item->text());
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(item->data(Qt::UserRole))));
        m_token->clear();
    }
}

void SettingsDialog::preset(const QString &url, const QString &kind, const QString &repository)
{
    if (!url.isEmpty()) {
        m_url->setText(url);
    }
    const int index = m_kind->findData(kind);
    if (index >= 0) {
        m_kind->setCurrentIndex(index);
    }
    m_repository->setText(repository);
}

void SettingsDialog::setProjectDir(const QString &dir)
{
    m_projectDir = dir;
    m_useForProject->setVisible(!dir.isEmpty());
    m_useForProject->setChecked(!dir.isEmpty());
}

void SettingsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    setTone(m_status, error ? Tone::Error : Tone::Normal);
}

void SettingsDialog::saveServer()
{
    auto url = ServerConfig::normaliseUrl(m_url->text());
    if (!url) {
        setStatus(url.error().toString(), true);
        return;
    }
    ServerConfig server;
    server.url = *url;
    server.kind = m_kind->kind();
    ServerRegistry(m_settings).upsert(server);
    reloadServers();
    if (!m_projectDir.isEmpty() && m_useForProject->isChecked()) {
        const Status written
            = writeServerSetting(m_projectDir, { serverKindName(server.kind), server.url, m_repository->text().trimmed() });
        if (!written) {
            setStatus(written.error().toString(), true);
            return;
        }
        m_projectWritten = true;
    }
    const QString token = m_token->text().trimmed();
    if (token.isEmpty()) {
        setStatus(tr("Server saved."), false);
        return;
    }
    setStatus(tr("Saving the token in the system keychain…"), false);
    m_secrets->storeToken(server.url, token, this, [this](const Status &stored) {
        if (stored) {
            m_token->clear();
            setStatus(tr("Server saved; the token is in the system keychain."), false);
        } else {
            setStatus(stored.error().toString(), true);
        }
    });
}

void SettingsDialog::forgetToken()
{
    auto url = ServerConfig::normaliseUrl(m_url->text());
    if (!url) {
        setStatus(url.error().toString(), true);
        return;
    }
    m_secrets->forgetToken(*url, this, [this](const Status &done) {
        setStatus(done ? tr("The token was removed from the keychain.") : done.error().toString(), !done);
    });
}

void SettingsDialog::testConnection()
{
    const QString typed = m_token->text().trimmed();
    if (!typed.isEmpty()) {
        runCheck(typed);
        return;
    }
    auto url = ServerConfig::normaliseUrl(m_url->text());
    if (!url) {
        setStatus(url.error().toString(), true);
        return;
    }
    m_test->setEnabled(false);
    setStatus(tr("Reading the token…"), false);
    m_secrets->tokenFor(*url, this, [this](const Result<Secret> &secret) {
        if (!secret && secret.error().code != Error::Code::NotFound) {
            m_test->setEnabled(true);
            setStatus(secret.error().toString(), true);
            return;
        }
        if (secret) {
            setStatus(tr("Using the token from %1.").arg(secret->describe()), false);
        }
        runCheck(secret ? secret->value : QString());
    });
}

void SettingsDialog::runCheck(const QString &token)
{
    auto url = ServerConfig::normaliseUrl(m_url->text());
    if (!url) {
        m_test->setEnabled(true);
        setStatus(url.error().toString(), true);
        return;
    }
    ServerConfig server;
    server.url = *url;
    server.kind = m_kind->kind();
    if (m_check) {
        m_check->cancel();
        m_check->deleteLater();
    }
    m_check = new ConnectionCheck(m_network, server, m_repository->text().trimmed(), token, this);
    m_checks->setItems(m_check->items());
    connect(m_check, &ConnectionCheck::itemChanged, this,
        [this](int index) { m_checks->updateItem(index, m_check->items().at(index)); });
    connect(m_check, &ConnectionCheck::finished, this, [this](const Checklist &items) {
        m_test->setEnabled(true);
        m_checks->setItems(items);
        setStatus(checklistPassed(items) ? tr("Everything is ready to publish.") : tr("Some checks failed: see below."),
            !checklistPassed(items));
    });
    m_test->setEnabled(false);
    m_check->start();
}

} // namespace rd::ui
