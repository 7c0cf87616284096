// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionscontroller.h"

#include "connectionbar.h"
#include "connectionsecrets.h"
#include "secretstore.h"
#include "confirmation.h"
#include "connectionspanel.h"
#include "paneldock.h"
#include "retranslator.h"

#include <connectionbook.h>

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>

namespace Banter {

namespace {

constexpr int messageMs = 8000;
constexpr qint64 maxImportSize = 16 * 1024 * 1024;

} // namespace

ConnectionsController::ConnectionsController(ConnectionBar *bar, QMainWindow *window)
    : QObject(window)
    , m_bar(bar)
    , m_window(window)
    , m_book(new ConnectionBook(this))
    , m_panel(new ConnectionsPanel(m_book))
    , m_dock(new PanelDock(m_panel, QStringLiteral("connectionsDock"),
                           {staticMetaObject.className(), QT_TR_NOOP("Connections"),
                            QT_TR_NOOP("C&onnections"),
                            QT_TR_NOOP("Saved connections: a name for a URL and its options")},
                           Qt::LeftDockWidgetArea, window))
    , m_secrets(new SecretStore(this))
{

    connect(m_panel, &ConnectionsPanel::openRequested, this, &ConnectionsController::open);
    connect(m_panel, &ConnectionsPanel::saveCurrentRequested, this, [this] { askName(-1); });
    connect(m_panel, &ConnectionsPanel::renameRequested, this, &ConnectionsController::askName);
    connect(m_panel, &ConnectionsPanel::duplicateRequested, this, [this](int index) {
        const QString name = m_book->at(index).name;
        const int copy = m_book->duplicate(index);
        copySecrets(name, m_book->at(copy).name, false);
        m_panel->select(copy);
    });
    connect(m_panel, &ConnectionsPanel::deleteRequested, this, &ConnectionsController::askDelete);
    connect(m_panel, &ConnectionsPanel::importRequested, this,
            &ConnectionsController::chooseImport);
    connect(m_panel, &ConnectionsPanel::exportRequested, this,
            &ConnectionsController::chooseExport);
    connect(m_book, &ConnectionBook::changed, this, &ConnectionsController::save);
}

QAction *ConnectionsController::toggleAction() const
{
    return m_dock->toggleViewAction();
}

void ConnectionsController::loadSettings()
{
    QSettings settings;
    m_book->load(settings);
    m_isLoaded = true;
}

void ConnectionsController::save() const
{
    if (!m_isLoaded)
        return;
    QSettings settings;
    m_book->save(settings);
}

QString ConnectionsController::secretKey(const QString &name)
{
    return QStringLiteral("connection/") + name;
}

bool ConnectionsController::saveCurrent(const QString &name, QString *error)
{
    QStringList leftOut;
    const SavedConnection connection = m_bar->saved(name, &leftOut);
    if (!m_book->add(connection, error))
        return false;
    m_panel->select(m_book->size() - 1);
    const ConnectionSecrets secrets = m_bar->secrets();
    const QString names = secrets.names().join(QStringLiteral(", "));
    if (secrets.isEmpty() || !m_secrets) {
        m_window->statusBar()->showMessage(
            leftOut.isEmpty() ? tr("Saved “%1”.").arg(connection.name)
                              : tr("Saved “%1”. Not saved, to be given again when it is opened: "
                                   "%2.")
                                    .arg(connection.name, leftOut.join(QStringLiteral(", "))),
            messageMs);
        return true;
    }
    m_window->statusBar()->showMessage(
        tr("Saved “%1”; %2 going to the desktop's keyring…").arg(connection.name, names),
        messageMs);
    QPointer<ConnectionsController> alive(this);
    m_secrets->write(secretKey(connection.name), secrets.toJson(),
                     [alive, secrets, names, name = connection.name](const QString &problem) {
                         if (!alive)
                             return;
                         if (!problem.isEmpty()) {
                             alive->askSessionOnly(name, secrets, problem);
                             return;
                         }
                         alive->m_window->statusBar()->showMessage(
                             tr("Saved “%1”; %2 in the desktop's keyring.").arg(name, names),
                             messageMs);
                     });
    return true;
}

void ConnectionsController::askSessionOnly(const QString &name, const ConnectionSecrets &secrets,
                                           const QString &error)
{
    const QString names = secrets.names().join(QStringLiteral(", "));
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("No Keyring"),
        tr("No keyring could keep %1 of “%2”: %3.\n\nKeep them for this session only? Banter "
           "forgets them when it quits; then they are given again when the connection is "
           "opened.")
            .arg(names, name, error),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box->setObjectName(QStringLiteral("secretsQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, name, secrets, names] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            m_secrets->keepForSession(secretKey(name), secrets.toJson());
            m_window->statusBar()->showMessage(
                tr("%1 of “%2” kept until Banter quits.").arg(names, name), messageMs);
        } else {
            m_window->statusBar()->showMessage(
                tr("Saved “%1”. Not saved, to be given again when it is opened: %2.")
                    .arg(name, names),
                messageMs);
        }
    });
    box->open();
}

void ConnectionsController::open(int index)
{
    const SavedConnection connection = m_book->at(index);
    if (!m_secrets) {
        Q_EMIT openRequested(connection, ConnectionSecrets());
        return;
    }
    QPointer<ConnectionsController> alive(this);
    m_secrets->read(secretKey(connection.name),
                    [alive, connection](const QByteArray &data, const QString &error) {
                        if (!alive)
                            return;
                        if (!error.isEmpty())
                            alive->m_window->statusBar()->showMessage(
                                tr("The secrets of “%1” could not be read from the keyring: %2")
                                    .arg(connection.name, error),
                                messageMs);
                        Q_EMIT alive->openRequested(connection, ConnectionSecrets::fromJson(data));
                    });
}

void ConnectionsController::copySecrets(const QString &from, const QString &to, bool isMove)
{
    if (!m_secrets)
        return;
    QPointer<SecretStore> store(m_secrets);
    m_secrets->read(
        secretKey(from), [store, from, to, isMove](const QByteArray &data, const QString &) {
            if (!store || data.isEmpty())
                return;
            store->write(secretKey(to), data, [store, from, isMove](const QString &error) {
                if (store && isMove && error.isEmpty())
                    store->remove(secretKey(from));
            });
        });
}

int ConnectionsController::importFile(const QString &path, QString *error)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(name, file.errorString());
        return -1;
    }
    if (file.size() > maxImportSize) {
        *error = tr("%1 is larger than 16 MiB: no file of connections is").arg(name);
        return -1;
    }
    QString problem;
    const int count = m_book->importJson(file.readAll(), &problem);
    if (count < 0) {
        *error = tr("%1: %2").arg(name, problem);
        return -1;
    }
    m_window->statusBar()->showMessage(
        tr("Imported %n connection(s) from %1.", nullptr, count).arg(name), messageMs);
    return count;
}

bool ConnectionsController::exportFile(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_book->toJson()) < 0 || !file.commit()) {
        *error = tr("%1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Exported %n connection(s) to %1.", nullptr, m_book->size()).arg(path), messageMs);
    return true;
}

void ConnectionsController::askName(int index)
{
    const bool isNew = index < 0;
    auto *dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("connectionNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(isNew ? tr("Save Connection") : tr("Rename Connection"));
    dialog->setLabelText(tr("Name:"));
    dialog->setTextValue(isNew ? m_book->freeName(QUrl(m_bar->urlText().trimmed()).host())
                               : m_book->at(index).name);
    const SavedConnection renamed = m_book->at(index);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, isNew, index, renamed](const QString &name) {
                QString error;
                const bool done = isNew ? saveCurrent(name, &error)
                                  : m_book->at(index) == renamed
                                      ? m_book->rename(index, name, &error)
                                      : false; // the book changed meanwhile
                if (done && !isNew)
                    copySecrets(renamed.name, m_book->at(index).name, true);
                if (!done && !error.isEmpty())
                    showProblem(isNew ? tr("Not Saved") : tr("Not Renamed"), error);
            });
    dialog->open();
}

void ConnectionsController::askDelete(int index)
{
    const SavedConnection doomed = m_book->at(index);
    confirmDeletion(m_window, "deleteConnectionQuestion", tr("Delete Connection"),
                    tr("Delete the saved connection “%1”?").arg(doomed.name),
                    [this, index, doomed] {
                        if (m_book->at(index) == doomed) { // unless the book changed meanwhile
                            m_book->remove(index);
                            if (m_secrets)
                                m_secrets->remove(secretKey(doomed.name));
                        }
                    });
}

void ConnectionsController::chooseImport()
{
    auto *dialog = new QFileDialog(m_window, tr("Import Connections"));
    dialog->setObjectName(QStringLiteral("importConnectionsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Banter connections (*.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (importFile(path, &error) < 0)
            showProblem(tr("Nothing Imported"), error);
    });
    dialog->open();
}

void ConnectionsController::chooseExport()
{
    auto *dialog = new QFileDialog(m_window, tr("Export Connections"));
    dialog->setObjectName(QStringLiteral("exportConnectionsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("banter-connections.json"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!exportFile(path, &error))
            showProblem(tr("Not Exported"), error);
    });
    dialog->open();
}

void ConnectionsController::showProblem(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("connectionsProblemBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Banter
