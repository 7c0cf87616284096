// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mosquittobroker.h"
#include "windowfixture.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <connectdialog.h>
#include <detailpane.h>

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QTest>

using Banter::ConnectDialog;
using Banter::DetailPane;

// The window on an MQTT broker that wants a login (a real mosquitto started by the test): the
// user name and password typed into Connection → Options log in to a URL that names no user, and
// the password is in nothing the window says or saves.
class tst_MqttWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void optionsDialogLogsInAndThePasswordIsNeverShownNorSaved();
    void wrongPasswordIsSaidInWordsAndTypedTextWaits();

private:
    // Opens Connection → Options, types the login and presses OK.
    void enterLogin(const QString &userName, const QString &password);
    void typeUrl(const QString &url);

    WindowFixture m_fixture;
    MosquittoBroker m_broker;
};

void tst_MqttWindow::initTestCase()
{
    WindowFixture::useTestSettings();
    MosquittoBroker::Options options;
    options.users = {{QStringLiteral("sam"), QStringLiteral("s3cret-word")}};
    QVERIFY2(m_broker.start(options), qPrintable(m_broker.errorString()));
}

void tst_MqttWindow::init()
{
    WindowFixture::clearSettings();
    m_fixture.create();
    m_fixture.window()->loadSettings();
}

void tst_MqttWindow::cleanup()
{
    m_fixture.destroy();
}

void tst_MqttWindow::enterLogin(const QString &userName, const QString &password)
{
    auto *dialog = m_fixture.openOptions();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("userNameEdit")), userName);
    auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(passwordEdit, password);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_fixture.find<ConnectDialog>("connectDialog"));
}

void tst_MqttWindow::typeUrl(const QString &url)
{
    auto *edit = m_fixture.find<QLineEdit>("urlEdit");
    edit->clear();
    QTest::keyClicks(edit, url);
    QTest::keyClick(edit, Qt::Key_Return);
}

void tst_MqttWindow::optionsDialogLogsInAndThePasswordIsNeverShownNorSaved()
{
    enterLogin(QStringLiteral("sam"), QStringLiteral("s3cret-word"));
    const QString tip = m_fixture.find<QPushButton>("optionsButton")->toolTip();
    QVERIFY2(tip.contains(QLatin1String("user sam")), qPrintable(tip));

    const QString url = m_broker.url(QStringLiteral("private/room"));
    typeUrl(url);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_fixture.window()->session()->state() == Banter::Connection::State::Open, 10000);
    m_fixture.typeAndSend(QStringLiteral("hello, broker"));
    QTRY_VERIFY_WITH_TIMEOUT(m_fixture.lines().contains(QStringLiteral("< hello, broker")), 10000);

    // The received message's topic shows in its details.
    const QModelIndex received = m_fixture.rowOf(QStringLiteral("< hello, broker"));
    const QVariantMap attributes = received.data(Banter::ChatModel::AttributesRole).toMap();
    QCOMPARE(attributes.value(QStringLiteral("topic")).toString(), QStringLiteral("private/room"));
    auto *view = m_fixture.find<QListView>("chatView");
    view->setCurrentIndex(view->model()->index(received.row(), 0));
    const QString header = m_fixture.find<DetailPane>("detailPane")->headerText();
    QVERIFY2(header.endsWith(QStringLiteral("\ntopic: private/room · qos: 1 · retain: false")),
             qPrintable(header));

    // The URL field keeps what was typed; the password is in no line, no label, no setting.
    QCOMPARE(m_fixture.find<QLineEdit>("urlEdit")->text(), url);
    const QString everything = m_fixture.lines().join(QLatin1Char('\n'));
    QVERIFY2(!everything.contains(QLatin1String("s3cret")), qPrintable(everything));
    m_fixture.window()->close();
    QSettings settings;
    for (const QString &key : settings.allKeys()) {
        QVERIFY2(!settings.value(key).toString().contains(QLatin1String("s3cret")),
                 qPrintable(key));
        QVERIFY2(!settings.value(key)
                      .toStringList()
                      .join(QLatin1Char(' '))
                      .contains(QLatin1String("s3cret")),
                 qPrintable(key));
    }
}

void tst_MqttWindow::wrongPasswordIsSaidInWordsAndTypedTextWaits()
{
    m_fixture.setReconnectDelay(std::chrono::hours(1));
    enterLogin(QStringLiteral("sam"), QStringLiteral("guess"));
    typeUrl(m_broker.url(QStringLiteral("private/room")));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_fixture.lines().join(QLatin1Char('\n')).contains(QLatin1String("not authorized")), 10000);
    QVERIFY(!m_fixture.lines().join(QLatin1Char('\n')).contains(QLatin1String("guess")));
    m_fixture.typeAndSend(QStringLiteral("kept for later"));
    QTRY_VERIFY(m_fixture.lines().contains(QStringLiteral("> kept for later")));
    QCOMPARE(m_fixture.window()->session()->outboxCount(), 1);
}

QTEST_MAIN(tst_MqttWindow)
#include "tst_mqttwindow.moc"
