// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "certificatedialog.h"
#include "chatlines.h"
#include "mainwindow.h"
#include "testidentity.h"
#include "trustcontroller.h"
#include "trustedcertificatesdialog.h"

#include <chatmodel.h>
#include <chatsession.h>
#include <banter/localization.h>
#include <languagemenu.h>
#include <banter/pluginregistry.h>
#include <truststore.h>

#include <QAction>
#include <QCryptographicHash>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using Banter::CertificateDialog;
using Banter::CertificateProblem;
using Banter::TrustedCertificatesDialog;
using Banter::TrustStore;

namespace {

CertificateProblem someProblem()
{
    CertificateProblem problem;
    problem.host = QStringLiteral("chat.example");
    problem.reasons = {QStringLiteral("The certificate is self-signed, and untrusted"),
                       QStringLiteral("The host name did not match any of the valid hosts")};
    problem.fingerprint = QCryptographicHash::hash("chat", QCryptographicHash::Sha256);
    problem.subject = QStringLiteral("Chat Example");
    problem.issuer = QStringLiteral("Chat Example");
    problem.effectiveDate = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    problem.expiryDate = QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    return problem;
}

QString labelText(const QWidget &dialog, const char *objectName)
{
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("(no %1)").arg(QLatin1String(objectName));
}

} // namespace

// What the user sees of a refused certificate, and the only way to trust one: explicitly, that
// certificate, for that host; and the list to revoke it from.
class tst_CertificateTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogShowsHostReasonsAndFingerprint();
    void certificateThatCannotBeTrustedOffersNoTrust();
    void trustedCertificatesAreListedAndRevoked();
    void windowAsksAndTrustsOnlyWhenTheUserSaysSo();

private:
    QTemporaryDir m_folder;
};

void tst_CertificateTrust::initTestCase()
{
    Banter::Localization::install(QLocale(QLocale::English), Banter::LanguageMenu::catalogs());
    QVERIFY(m_folder.isValid());
}

void tst_CertificateTrust::dialogShowsHostReasonsAndFingerprint()
{
    const CertificateProblem problem = someProblem();
    CertificateDialog dialog(problem);
    QVERIFY(labelText(dialog, "introLabel").contains(QLatin1String("chat.example")));
    const QString reasons = labelText(dialog, "reasonLabel");
    for (const QString &reason : problem.reasons)
        QVERIFY2(reasons.contains(reason), qPrintable(reasons));
    QCOMPARE(labelText(dialog, "fingerprintLabel"),
             CertificateProblem::formatFingerprint(problem.fingerprint));
    QCOMPARE(labelText(dialog, "subjectLabel"), QStringLiteral("Chat Example"));
    QVERIFY(labelText(dialog, "validityLabel").contains(QLatin1String("2027")));

    auto *trust = dialog.findChild<QPushButton *>(QStringLiteral("trustButton"));
    QVERIFY(trust);
    QCOMPARE(trust->text(), QStringLiteral("Trust This Certificate for chat.example"));
    // Enter and Escape refuse; trusting takes a click on the button that says so.
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel);
    QVERIFY(cancel->isDefault());
    QVERIFY(!trust->isDefault());
    dialog.show();
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    CertificateDialog again(problem);
    again.show();
    QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("trustButton")),
                      Qt::LeftButton);
    QCOMPARE(again.result(), int(QDialog::Accepted));
    QCOMPARE(again.problem().fingerprint, problem.fingerprint);
}

void tst_CertificateTrust::certificateThatCannotBeTrustedOffersNoTrust()
{
    CertificateProblem problem = someProblem();
    problem.canBeTrusted = false;
    CertificateDialog dialog(problem);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("trustButton")));
    QVERIFY(labelText(dialog, "adviceLabel").contains(QLatin1String("cannot be trusted")));
}

void tst_CertificateTrust::trustedCertificatesAreListedAndRevoked()
{
    TrustStore store;
    const QByteArray first = QCryptographicHash::hash("1", QCryptographicHash::Sha256);
    const QByteArray second = QCryptographicHash::hash("2", QCryptographicHash::Sha256);
    QVERIFY(store.trust(QStringLiteral("a.example"), first));
    QVERIFY(store.trust(QStringLiteral("b.example"), second));

    TrustedCertificatesDialog dialog(&store);
    dialog.show();
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("certificateTree"));
    auto *revoke = dialog.findChild<QPushButton *>(QStringLiteral("revokeButton"));
    auto *empty = dialog.findChild<QLabel *>(QStringLiteral("emptyLabel"));
    QVERIFY(tree && revoke && empty);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("a.example"));
    QCOMPARE(tree->topLevelItem(0)->text(1), CertificateProblem::formatFingerprint(first));
    QVERIFY(!revoke->isEnabled());
    QVERIFY(empty->isHidden());

    tree->setCurrentItem(tree->topLevelItem(1));
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(!store.isTrusted(QStringLiteral("b.example"), second));
    QVERIFY(store.isTrusted(QStringLiteral("a.example"), first));
    QCOMPARE(tree->topLevelItemCount(), 1);

    // A trust given elsewhere shows up at once; revoking the last one says nothing is trusted.
    QVERIFY(store.trust(QStringLiteral("c.example"), second));
    QCOMPARE(tree->topLevelItemCount(), 2);
    tree->selectAll();
    QTest::mouseClick(revoke, Qt::LeftButton);
    QVERIFY(store.entries().isEmpty());
    QVERIFY(tree->isHidden());
    QVERIFY(!empty->isHidden());
}

void tst_CertificateTrust::windowAsksAndTrustsOnlyWhenTheUserSaysSo()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend");
    QString error;
    const TestIdentity identity =
        TestIdentity::create(m_folder.path(), QStringLiteral("window"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QWebSocketServer server(QStringLiteral("tls test"), QWebSocketServer::SecureMode);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(identity.certificate);
    configuration.setPrivateKey(identity.key);
    server.setSslConfiguration(configuration);
    std::vector<std::unique_ptr<QWebSocket>> accepted;
    connect(&server, &QWebSocketServer::newConnection, this, [&] {
        while (QWebSocket *socket = server.nextPendingConnection()) {
            socket->sendTextMessage(QStringLiteral("Welcome to Awesome Chat"));
            accepted.emplace_back(socket);
        }
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("wss://127.0.0.1:%1").arg(server.serverPort()));

    Banter::PluginRegistry registry;
    registry.setSearchPaths({QStringLiteral(BANTER_TEST_PLUGIN_DIR)});
    registry.scan();
    Banter::MainWindow window(&registry);
    window.show();
    Banter::TrustController *trust = window.trustController();
    QVERIFY(trust);
    const auto lines = [&window] { return chatLines(*window.model()); };
    const QRegularExpression refused(QStringLiteral("certificate [0-9a-f]{64} refused"));

    // Refused, said in the log with the fingerprint, and asked about.
    QTest::ignoreMessage(QtWarningMsg, refused);
    window.connectTo(url);
    QTRY_VERIFY(trust->certificateDialog());
    CertificateDialog *dialog = trust->certificateDialog();
    QCOMPARE(dialog->problem().fingerprint, identity.fingerprint());
    QVERIFY(dialog->isVisible());
    const QString fingerprint = CertificateProblem::formatFingerprint(identity.fingerprint());
    QCOMPARE(labelText(*dialog, "fingerprintLabel"), fingerprint);
    QTRY_VERIFY2(lines().join(QLatin1Char('\n')).contains(fingerprint),
                 qPrintable(lines().join(QLatin1Char('\n'))));
    QVERIFY(trust->trustStore()->entries().isEmpty());

    // Saying no trusts nothing and connects nothing.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!trust->certificateDialog());
    QVERIFY(trust->trustStore()->entries().isEmpty());
    QCOMPARE(window.session()->state(), Banter::Connection::State::Closed);
    QVERIFY(!window.session()->isReconnectPending());
    QVERIFY(accepted.empty());

    // Asked again on the next attempt; trusting connects.
    QTest::ignoreMessage(QtWarningMsg, refused);
    window.session()->reconnectNow();
    QTRY_VERIFY(trust->certificateDialog());
    QTest::mouseClick(
        trust->certificateDialog()->findChild<QPushButton *>(QStringLiteral("trustButton")),
        Qt::LeftButton);
    QVERIFY(trust->trustStore()->isTrusted(QStringLiteral("127.0.0.1"), identity.fingerprint()));
    QTRY_COMPARE(window.session()->state(), Banter::Connection::State::Open);
    QTRY_VERIFY(lines().contains(QStringLiteral("< Welcome to Awesome Chat")));

    // Connection → Trusted Certificates lists it, and revokes it.
    auto *action = window.findChild<QAction *>(QStringLiteral("trustedCertificatesAction"));
    QVERIFY(action);
    action->trigger();
    auto *list = window.findChild<TrustedCertificatesDialog *>();
    QVERIFY(list);
    auto *tree = list->findChild<QTreeWidget *>(QStringLiteral("certificateTree"));
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("127.0.0.1"));
    QCOMPARE(tree->topLevelItem(0)->text(1), fingerprint);
    tree->setCurrentItem(tree->topLevelItem(0));
    QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QVERIFY(trust->trustStore()->entries().isEmpty());
    list->close();
}

QTEST_MAIN(tst_CertificateTrust)
#include "tst_certificatetrust.moc"
