// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <banter/certificateproblem.h>
#include <truststore.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using Banter::CertificateProblem;
using Banter::TrustStore;

namespace {

QByteArray fingerprint(const char *seed)
{
    return QCryptographicHash::hash(seed, QCryptographicHash::Sha256);
}

} // namespace

class tst_TrustStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty();
    void trustAndRevokeExactlyOneCertificateForOneHost();
    void onlyFingerprintsAndHostsAreTrusted_data();
    void onlyFingerprintsAndHostsAreTrusted();
    void keptInItsFile();
    void brokenEntriesInTheFileAreSkippedWithAWarning();
    void fingerprintIsShownAsPeopleCompareIt();
    void keptBesideTheSettings();
};

void tst_TrustStore::startsEmpty()
{
    TrustStore store;
    QVERIFY(store.entries().isEmpty());
    QVERIFY(store.fingerprints(QStringLiteral("localhost")).isEmpty());
    QVERIFY(!store.isTrusted(QStringLiteral("localhost"), fingerprint("a")));
}

void tst_TrustStore::trustAndRevokeExactlyOneCertificateForOneHost()
{
    TrustStore store;
    QSignalSpy changed(&store, &TrustStore::changed);
    QVERIFY(store.trust(QStringLiteral("Example.ORG"), fingerprint("a")));
    QCOMPARE(changed.size(), 1);
    // Host names are not case-sensitive; nothing else is trusted.
    QVERIFY(store.isTrusted(QStringLiteral("example.org"), fingerprint("a")));
    QVERIFY(!store.isTrusted(QStringLiteral("example.org"), fingerprint("b")));
    QVERIFY(!store.isTrusted(QStringLiteral("www.example.org"), fingerprint("a")));
    // Twice is once.
    QVERIFY(!store.trust(QStringLiteral("example.org"), fingerprint("a")));
    QCOMPARE(changed.size(), 1);

    QVERIFY(store.trust(QStringLiteral("example.org"), fingerprint("b")));
    QVERIFY(store.trust(QStringLiteral("::1"), fingerprint("a")));
    QCOMPARE(store.fingerprints(QStringLiteral("example.org")),
             QList<QByteArray>({fingerprint("a"), fingerprint("b")}));
    QCOMPARE(store.entries().size(), 3);

    QVERIFY(store.revoke(QStringLiteral("EXAMPLE.org"), fingerprint("a")));
    QVERIFY(!store.isTrusted(QStringLiteral("example.org"), fingerprint("a")));
    QVERIFY(store.isTrusted(QStringLiteral("example.org"), fingerprint("b")));
    QVERIFY(store.isTrusted(QStringLiteral("::1"), fingerprint("a")));
    QVERIFY(!store.revoke(QStringLiteral("example.org"), fingerprint("a")));
    QCOMPARE(changed.size(), 4);
}

void tst_TrustStore::onlyFingerprintsAndHostsAreTrusted_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QByteArray>("fingerprint");
    QTest::newRow("empty host") << QString() << fingerprint("a");
    QTest::newRow("blank host") << QStringLiteral("  ") << fingerprint("a");
    QTest::newRow("no fingerprint") << QStringLiteral("localhost") << QByteArray();
    QTest::newRow("SHA-1 size") << QStringLiteral("localhost") << QByteArray(20, 'x');
    QTest::newRow("hex, not bytes") << QStringLiteral("localhost") << fingerprint("a").toHex();
}

void tst_TrustStore::onlyFingerprintsAndHostsAreTrusted()
{
    QFETCH(QString, host);
    QFETCH(QByteArray, fingerprint);
    TrustStore store;
    QVERIFY(!store.trust(host, fingerprint));
    QVERIFY(store.entries().isEmpty());
}

void tst_TrustStore::keptInItsFile()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString file = folder.filePath(QStringLiteral("trusted-certificates.conf"));
    {
        TrustStore store;
        store.setFileName(file);
        QVERIFY(store.trust(QStringLiteral("example.org"), fingerprint("a")));
        QVERIFY(store.trust(QStringLiteral("::1"), fingerprint("b")));
        QVERIFY(store.trust(QStringLiteral("::1"), fingerprint("c")));
    }
    TrustStore store;
    QSignalSpy changed(&store, &TrustStore::changed);
    store.setFileName(file);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.entries(),
             QList<TrustStore::Entry>({{QStringLiteral("::1"), fingerprint("b")},
                                       {QStringLiteral("::1"), fingerprint("c")},
                                       {QStringLiteral("example.org"), fingerprint("a")}}));

    QVERIFY(store.revoke(QStringLiteral("::1"), fingerprint("b")));
    TrustStore reread;
    reread.setFileName(file);
    QCOMPARE(reread.fingerprints(QStringLiteral("::1")), QList<QByteArray>({fingerprint("c")}));
    QVERIFY(reread.isTrusted(QStringLiteral("example.org"), fingerprint("a")));
}

void tst_TrustStore::brokenEntriesInTheFileAreSkippedWithAWarning()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString file = folder.filePath(QStringLiteral("trusted-certificates.conf"));
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::WriteOnly));
    const QByteArray good = fingerprint("good").toHex();
    ini.write("[trusted]\n"
              "good.example=" +
              good +
              "\n"
              "short.example=abcd\n"
              "nothex.example=" +
              QByteArray(64, 'z') +
              "\n"
              "long.example=" +
              good +
              "00\n"
              "mixed.example=" +
              good + ", 1234\n");
    ini.close();

    TrustStore store;
    for (int i = 0; i < 4; ++i) {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("not a SHA-256 fingerprint")));
    }
    store.setFileName(file);
    QCOMPARE(store.fingerprints(QStringLiteral("good.example")),
             QList<QByteArray>({fingerprint("good")}));
    QCOMPARE(store.fingerprints(QStringLiteral("mixed.example")),
             QList<QByteArray>({fingerprint("good")}));
    QCOMPARE(store.entries().size(), 2);
}

void tst_TrustStore::fingerprintIsShownAsPeopleCompareIt()
{
    QCOMPARE(CertificateProblem::formatFingerprint(QByteArray::fromHex("00a1ff")),
             QStringLiteral("00:A1:FF"));
    CertificateProblem problem;
    problem.host = QStringLiteral("example.org");
    problem.reasons = {QStringLiteral("The certificate is self-signed, and untrusted")};
    problem.fingerprint = QByteArray::fromHex("00a1ff");
    QCOMPARE(problem.describe(),
             QStringLiteral("the certificate of example.org was refused: The certificate is "
                            "self-signed, and untrusted (SHA-256 fingerprint 00:A1:FF)"));
}

void tst_TrustStore::keptBesideTheSettings()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Banter"));
    QCoreApplication::setApplicationName(QStringLiteral("banter"));
    // ~/.config/Banter/banter.conf and ~/.config/Banter/trusted-certificates.conf
    const QFileInfo settings(QSettings().fileName());
    const QFileInfo trust(TrustStore::defaultFileName());
    QCOMPARE(trust.fileName(), QStringLiteral("trusted-certificates.conf"));
    QCOMPARE(trust.absolutePath(), settings.absolutePath());
    QVERIFY2(trust.absolutePath().endsWith(QLatin1String("/Banter")),
             qPrintable(trust.absolutePath()));
}

QTEST_GUILESS_MAIN(tst_TrustStore)
#include "tst_truststore.moc"
