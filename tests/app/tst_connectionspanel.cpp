// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <chatsession.h>
#include <connectionbar.h>
#include <connectiontab.h>
#include <connectionbook.h>
#include <connectionscontroller.h>
#include <connectionspanel.h>

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace Banter;

// The Connections panel of a window with the embedded echo server: saving what the URL bar
// holds (and never a secret: banter.conf is read), opening a saved connection, rename, duplicate,
// delete, the filter, and export and import through their file dialogs, with a broken file
// said in words.
class tst_ConnectionsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void theCurrentConnectionIsSavedWithoutItsSecrets();
    void openingOneConnectsWithItsOptions();
    void renameDuplicateDeleteAndFilter();
    void exportThenImportInAnotherWindow();
    void aBrokenFileImportsNothingAndSaysWhy();

private:
    void connectWindow();
    ConnectionBook *book() const { return m_fixture.window()->connectionsController()->book(); }
    QListWidget *list() const { return m_fixture.find<QListWidget>("connectionsList"); }
    QStringList names() const;
    void click(const char *button) const;
    // Answers the name dialog that the last click opened.
    void answerName(const QString &name) const;
    void saveCurrent(const QString &name) const;
    // The shown dialog of that name (one closed before may not be deleted yet), once it shows.
    WindowFixture m_fixture;
    QTemporaryDir m_folder;
    QUrl m_url;
};

void tst_ConnectionsPanel::initTestCase()
{
    WindowFixture::useTestSettings();
    QVERIFY(m_folder.isValid());
}

void tst_ConnectionsPanel::cleanup()
{
    m_fixture.destroy();
    WindowFixture::clearSettings();
}

void tst_ConnectionsPanel::connectWindow()
{
    m_fixture.create();
    // The panel without a keyring: secrets are only named (tst_connectionsecrets has the rest).
    m_fixture.window()->connectionsController()->setSecretStore(nullptr);
    m_fixture.window()->loadSettings();
    m_url = m_fixture.startAndConnect();
    QTRY_COMPARE(m_fixture.lines().size(), 2);
    QAction *toggle = m_fixture.find<QAction>("connectionsAction");
    QVERIFY(toggle);
    QCOMPARE(toggle->text(), QStringLiteral("C&onnections"));
    toggle->trigger();
    QTRY_VERIFY(list()->isVisible());
}

QStringList tst_ConnectionsPanel::names() const
{
    QStringList result;
    for (int row = 0; row < list()->count(); ++row)
        result.append(list()->item(row)->text());
    return result;
}

void tst_ConnectionsPanel::click(const char *button) const
{
    auto *widget = m_fixture.find<QPushButton>(button);
    QVERIFY2(widget && widget->isEnabled(), button);
    QTest::mouseClick(widget, Qt::LeftButton);
}

void tst_ConnectionsPanel::answerName(const QString &name) const
{
    auto *dialog = m_fixture.shown<QInputDialog>("connectionNameDialog");
    QVERIFY(dialog);
    dialog->setTextValue(name);
    dialog->accept();
}

void tst_ConnectionsPanel::saveCurrent(const QString &name) const
{
    click("saveConnectionButton");
    answerName(name);
}

void tst_ConnectionsPanel::theCurrentConnectionIsSavedWithoutItsSecrets()
{
    connectWindow();
    auto *bar = m_fixture.window()->findChild<ConnectionBar *>();
    ConnectOptions options;
    options.headers = {{"X-Client", "banter"}, {"Authorization", "Bearer s3cret-token"}};
    options.subprotocols = {QStringLiteral("echo.v1")};
    options.proxyPassword = QStringLiteral("s3cret-proxy");
    options.proxy = QStringLiteral("direct");
    bar->setOptions(options);
    bar->setCredentials({QStringLiteral("sam"), QStringLiteral("s3cret-password")});

    click("saveConnectionButton");
    auto *dialog = m_fixture.shown<QInputDialog>("connectionNameDialog");
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("localhost")); // the host, to begin with
    answerName(QStringLiteral("Local echo"));
    QCOMPARE(names(), QStringList{QStringLiteral("Local echo")});
    QCOMPARE(m_fixture.window()->statusBar()->currentMessage(),
             QStringLiteral("Saved “Local echo”. Not saved, to be given again when it is opened: "
                            "the password, the Authorization header."));
    const SavedConnection saved = book()->at(0);
    QCOMPARE(saved.url, m_url);
    QCOMPARE(saved.userName, QStringLiteral("sam"));
    QCOMPARE(saved.options.headers, (QList<ConnectOptions::Header>{{"X-Client", "banter"}}));
    QCOMPARE(saved.options.subprotocols, options.subprotocols);

    // banter.conf holds it, and none of the secrets.
    QSettings().sync();
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("Local echo"));
    QVERIFY2(!text.contains("s3cret"), text.constData());

    // The same name again: refused in words, nothing added.
    saveCurrent(QStringLiteral("local ECHO"));
    auto *problem = m_fixture.shown<QMessageBox>("connectionsProblemBox");
    QVERIFY(problem);
    QCOMPARE(problem->text(), QStringLiteral("There is already a connection named “local ECHO”."));
    problem->accept();
    QCOMPARE(book()->size(), 1);
}

void tst_ConnectionsPanel::openingOneConnectsWithItsOptions()
{
    connectWindow();
    auto *bar = m_fixture.window()->findChild<ConnectionBar *>();
    ConnectOptions options;
    options.headers = {{"X-Client", "banter"}};
    bar->setOptions(options);
    saveCurrent(QStringLiteral("echo"));

    // Elsewhere, with other options; then the saved one, by Enter on its row.
    QUrl other = m_url;
    other.setPath(QStringLiteral("/other"));
    bar->setOptions(ConnectOptions());
    m_fixture.window()->connectTo(other);
    QTRY_COMPARE(m_fixture.window()->session()->url(), other);
    list()->setCurrentRow(0);
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Return);
    // The connected tab keeps its connection: the saved one opens in a new tab.
    QCOMPARE(m_fixture.window()->tabCount(), 2);
    QCOMPARE(m_fixture.window()->tab(0)->session()->url(), other);
    QTRY_COMPARE(m_fixture.window()->session()->url(), m_url);
    QCOMPARE(m_fixture.window()->currentTab()->connectionBar()->options(), options);
    QCOMPARE(m_fixture.window()->session()->connectOptions(), options);
    QTRY_COMPARE(m_fixture.window()->session()->state(), Connection::State::Open);
    const int rows = int(m_fixture.lines().size());
    m_fixture.typeAndSend(QStringLiteral("hello again"));
    QTRY_COMPARE(m_fixture.lines().value(rows + 1), QStringLiteral("< hello again"));
}

void tst_ConnectionsPanel::renameDuplicateDeleteAndFilter()
{
    connectWindow();
    saveCurrent(QStringLiteral("alpha"));
    QVERIFY(book()->add(SavedConnection::of(QStringLiteral("beta"),
                                            QUrl(QStringLiteral("wss://prices.example.org/feed")),
                                            {}, QString()),
                        nullptr));
    list()->setCurrentRow(0);
    click("renameConnectionButton");
    QCOMPARE(m_fixture.shown<QInputDialog>("connectionNameDialog")->textValue(),
             QStringLiteral("alpha"));
    answerName(QStringLiteral("gamma"));
    QCOMPARE(names(), (QStringList{QStringLiteral("gamma"), QStringLiteral("beta")}));
    click("duplicateConnectionButton");
    QCOMPARE(names(), (QStringList{QStringLiteral("gamma"), QStringLiteral("gamma (2)"),
                                   QStringLiteral("beta")}));
    QCOMPARE(list()->currentItem()->text(), QStringLiteral("gamma (2)")); // the copy, selected

    // Delete asks; Cancel keeps it.
    for (const auto answer : {QMessageBox::Cancel, QMessageBox::Yes}) {
        click("deleteConnectionButton");
        auto *question = m_fixture.shown<QMessageBox>("deleteConnectionQuestion");
        QVERIFY(question);
        QCOMPARE(question->text(), QStringLiteral("Delete the saved connection “gamma (2)”?"));
        QTest::mouseClick(question->button(answer), Qt::LeftButton);
        QTRY_VERIFY(!question->isVisible());
    }
    QCOMPARE(names(), (QStringList{QStringLiteral("gamma"), QStringLiteral("beta")}));
    QCOMPARE(QSettings().value(QStringLiteral("connections/size")).toInt(), 2);

    // The filter looks at names and URLs.
    auto *filter = m_fixture.find<QLineEdit>("connectionsFilterEdit");
    filter->setText(QStringLiteral("PRICES"));
    QCOMPARE(names(), QStringList{QStringLiteral("beta")});
    filter->setText(QStringLiteral("gam"));
    QCOMPARE(names(), QStringList{QStringLiteral("gamma")});
    filter->clear();
    QCOMPARE(names().size(), 2);
}

void tst_ConnectionsPanel::exportThenImportInAnotherWindow()
{
    connectWindow();
    saveCurrent(QStringLiteral("echo"));
    QVERIFY(book()->add(SavedConnection::of(QStringLiteral("feed"),
                                            QUrl(QStringLiteral("wss://prices.example.org/feed")),
                                            {}, QStringLiteral("sam")),
                        nullptr));
    const QList<SavedConnection> exported = book()->connections();
    const QString path = m_folder.filePath(QStringLiteral("mine.json"));
    click("exportConnectionsButton");
    auto *save = m_fixture.find<QFileDialog>("exportConnectionsDialog");
    QVERIFY(save);
    QTRY_VERIFY(save->isVisible());
    save->selectFile(path);
    static_cast<QDialog *>(save)->accept();
    QVERIFY(QFile::exists(path));
    QCOMPARE(m_fixture.window()->statusBar()->currentMessage(),
             QStringLiteral("Exported 2 connections to %1.").arg(path));

    m_fixture.destroy();
    WindowFixture::clearSettings();
    connectWindow();
    QCOMPARE(book()->size(), 0);
    click("importConnectionsButton");
    auto *open = m_fixture.find<QFileDialog>("importConnectionsDialog");
    QVERIFY(open);
    QTRY_VERIFY(open->isVisible());
    open->selectFile(path);
    static_cast<QDialog *>(open)->accept();
    QCOMPARE(book()->connections(), exported);
    QCOMPARE(names(), (QStringList{QStringLiteral("echo"), QStringLiteral("feed")}));
    QCOMPARE(m_fixture.window()->statusBar()->currentMessage(),
             QStringLiteral("Imported 2 connections from mine.json."));
}

void tst_ConnectionsPanel::aBrokenFileImportsNothingAndSaysWhy()
{
    connectWindow();
    const QString path = m_folder.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"format": "banter.connections", "version": 1, "connections": [{"url": "ws://a:1"}]})");
    file.close();
    QString error;
    QCOMPARE(m_fixture.window()->connectionsController()->importFile(path, &error), -1);
    QCOMPARE(error, QStringLiteral("broken.json: connection 1: it has no name"));
    QCOMPARE(m_fixture.window()->connectionsController()->importFile(
                 m_folder.filePath(QStringLiteral("missing.json")), &error),
             -1);
    QVERIFY2(error.startsWith(QStringLiteral("missing.json: ")), qPrintable(error));

    click("importConnectionsButton");
    auto *open = m_fixture.find<QFileDialog>("importConnectionsDialog");
    QTRY_VERIFY(open->isVisible());
    open->selectFile(path);
    static_cast<QDialog *>(open)->accept();
    auto *problem = m_fixture.shown<QMessageBox>("connectionsProblemBox");
    QVERIFY(problem);
    QCOMPARE(problem->windowTitle(), QStringLiteral("Nothing Imported"));
    QCOMPARE(problem->text(), QStringLiteral("broken.json: connection 1: it has no name"));
    QCOMPARE(book()->size(), 0);
}

QTEST_MAIN(tst_ConnectionsPanel)
#include "tst_connectionspanel.moc"
