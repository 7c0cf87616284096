// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <chatsession.h>
#include <connectionbar.h>
#include <connectionbook.h>
#include <connectionscontroller.h>
#include <connectionspanel.h>
#include <connectiontab.h>
#include <mainwindow.h>
#include <secretstore.h>

#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace Banter;

// The secrets of saved connections and the desktop's keyring. Each function runs in a world of
// its own, which ctest makes (tests/app/with-keyring.sh): secretsGoToTheKeyringAndComeBack with
// a GNOME Keyring on a D-Bus session bus of its own, withoutAKeyringTheUserIsAsked with no bus at
// all. Run bare, the first fails: there is no keyring to keep anything.
class tst_ConnectionSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { WindowFixture::useTestSettings(); }
    void cleanup();
    void secretsGoToTheKeyringAndComeBack();
    void withoutAKeyringTheUserIsAsked();

private:
    ConnectionsController *controller() const
    {
        return m_fixture.window()->connectionsController();
    }
    // A window on the embedded echo server, with the URL bar holding a login and an
    // Authorization header, saved under name.
    void saveWithSecrets(const QString &name);
    // Opens the saved connection at index as the panel does, and waits until it is open.
    void open(int index);
    // What a new SecretStore (nothing in memory: only the keyring) finds under the key.
    QByteArray inKeyring(const QString &name) const;
    QString status() const { return m_fixture.window()->statusBar()->currentMessage(); }
    WindowFixture m_fixture;
    QUrl m_url;
};

void tst_ConnectionSecrets::cleanup()
{
    m_fixture.destroy();
    WindowFixture::clearSettings();
}

void tst_ConnectionSecrets::saveWithSecrets(const QString &name)
{
    if (!m_fixture.window()) {
        m_fixture.create();
        m_fixture.window()->loadSettings();
        m_url = m_fixture.startAndConnect();
    }
    ConnectionBar *bar = m_fixture.window()->currentTab()->connectionBar();
    QUrl withLogin = m_url;
    withLogin.setPath(QStringLiteral("/private"));
    withLogin.setUserName(QStringLiteral("ann"));
    withLogin.setPassword(QStringLiteral("s3cret"));
    bar->setUrlText(withLogin.toString());
    ConnectOptions options;
    options.headers = {{"X-Client", "banter"}, {"Authorization", "Bearer t0ken"}};
    bar->setOptions(options);
    QString error;
    QVERIFY2(controller()->saveCurrent(name, &error), qPrintable(error));
}

void tst_ConnectionSecrets::open(int index)
{
    Q_EMIT controller()->panel()->openRequested(index);
    QTRY_COMPARE(m_fixture.window()->session()->url().path(), QStringLiteral("/private"));
    QTRY_COMPARE(m_fixture.window()->session()->state(), Connection::State::Open);
}

QByteArray tst_ConnectionSecrets::inKeyring(const QString &name) const
{
    SecretStore store;
    QByteArray found;
    bool isAnswered = false;
    store.read(QStringLiteral("connection/") + name, [&](const QByteArray &data, const QString &) {
        found = data;
        isAnswered = true;
    });
    if (!QTest::qWaitFor([&] { return isAnswered; }, 15000))
        qWarning("the keyring did not answer");
    return found;
}

void tst_ConnectionSecrets::secretsGoToTheKeyringAndComeBack()
{
    saveWithSecrets(QStringLiteral("Private"));
    QTRY_COMPARE(status(), QStringLiteral("Saved “Private”; the password, the Authorization header "
                                          "in the desktop's keyring."));
    // In the keyring, not in banter.conf.
    QVERIFY(inKeyring(QStringLiteral("Private")).contains("t0ken"));
    QVERIFY(inKeyring(QStringLiteral("Private")).contains("s3cret"));
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("Private"));
    QVERIFY2(!text.contains("s3cret") && !text.contains("t0ken"), text.constData());

    // Another start: opening it gives the secrets back to the connection.
    m_fixture.destroy();
    m_fixture.create();
    m_fixture.window()->loadSettings();
    m_fixture.window()->startEmbeddedServer(m_url);
    open(0);
    ChatSession *session = m_fixture.window()->session();
    QCOMPARE(session->url().userName(), QStringLiteral("ann"));
    QCOMPARE(session->url().password(), QStringLiteral("s3cret"));
    const QList<ConnectOptions::Header> expected{{"X-Client", "banter"},
                                                 {"Authorization", "Bearer t0ken"}};
    QCOMPARE(session->connectOptions().headers, expected);

    // Renamed, they follow the name; deleted, they are gone from the keyring.
    Q_EMIT controller()->panel()->renameRequested(0);
    auto *dialog = m_fixture.shown<QInputDialog>("connectionNameDialog");
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("Private 2"));
    dialog->accept();
    QTRY_VERIFY(inKeyring(QStringLiteral("Private 2")).contains("t0ken"));
    QTRY_VERIFY(inKeyring(QStringLiteral("Private")).isEmpty());
    Q_EMIT controller()->panel()->deleteRequested(0);
    auto *question = m_fixture.shown<QMessageBox>("deleteConnectionQuestion");
    QVERIFY(question);
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(controller()->book()->size(), 0);
    QTRY_VERIFY(inKeyring(QStringLiteral("Private 2")).isEmpty());
}

void tst_ConnectionSecrets::withoutAKeyringTheUserIsAsked()
{
    // Yes: kept in memory, and the connection opens with them while Banter runs.
    saveWithSecrets(QStringLiteral("Private"));
    auto *question = m_fixture.shown<QMessageBox>("secretsQuestion");
    QVERIFY(question);
    QVERIFY2(question->text().startsWith(QStringLiteral(
                 "No keyring could keep the password, the Authorization header of “Private”: ")),
             qPrintable(question->text()));
    QTest::mouseClick(question->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(status(), QStringLiteral("the password, the Authorization header of “Private” "
                                          "kept until Banter quits."));
    open(0);
    QCOMPARE(m_fixture.window()->session()->url().password(), QStringLiteral("s3cret"));
    QCOMPARE(m_fixture.window()->session()->connectOptions().headers.size(), 2);

    // No: not kept, and said so.
    saveWithSecrets(QStringLiteral("Other"));
    question = m_fixture.shown<QMessageBox>("secretsQuestion");
    QVERIFY(question);
    QTest::mouseClick(question->button(QMessageBox::No), Qt::LeftButton);
    QTRY_COMPARE(status(), QStringLiteral("Saved “Other”. Not saved, to be given again when it is "
                                          "opened: the password, the Authorization header."));

    // Another start: nothing of them is left, and opening says why.
    m_fixture.destroy();
    m_fixture.create();
    m_fixture.window()->loadSettings();
    m_fixture.window()->startEmbeddedServer(m_url);
    open(0);
    QVERIFY(m_fixture.window()->session()->url().password().isEmpty());
    const QList<ConnectOptions::Header> expected{{"X-Client", "banter"}};
    QCOMPARE(m_fixture.window()->session()->connectOptions().headers, expected);
    QVERIFY2(status().startsWith(
                 QStringLiteral("The secrets of “Private” could not be read from the keyring: ")),
             qPrintable(status()));
}

QTEST_MAIN(tst_ConnectionSecrets)
#include "tst_connectionsecrets.moc"
