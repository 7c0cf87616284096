// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testidentity.h"

#include <banter/tlsidentity.h>

#include <QTemporaryDir>
#include <QTest>

using Banter::TlsIdentity;

// Reading a certificate and its key from files, as a wss:// server and a client with a client
// certificate do: PEM, an encrypted PEM key, PKCS#12, and every way the files can be wrong, said
// in words. The files are made by the openssl program.
class tst_TlsIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsAPemCertificateAndKey();
    void opensAnEncryptedKeyWithItsPassphrase();
    void opensAPkcs12FileWithItsPassphrase();
    void saysWhatIsWrongWithTheFiles_data();
    void saysWhatIsWrongWithTheFiles();

private:
    QString path(const char *name) const { return m_folder.filePath(QLatin1String(name)); }

    QTemporaryDir m_folder;
    TestIdentity m_identity;
};

void tst_TlsIdentity::initTestCase()
{
    QVERIFY(m_folder.isValid());
    QString error;
    m_identity = TestIdentity::create(m_folder.path(), QStringLiteral("id"), &error);
    QVERIFY2(!m_identity.certificate.isNull(), qPrintable(error));
    QVERIFY2(!TestIdentity::writeEncryptedKey(m_folder.path(), QStringLiteral("id"),
                                              QStringLiteral("s3cret"), &error)
                  .isEmpty(),
             qPrintable(error));
    QVERIFY2(!TestIdentity::writePkcs12(m_folder.path(), QStringLiteral("id"),
                                        QStringLiteral("s3cret"), &error)
                  .isEmpty(),
             qPrintable(error));
}

void tst_TlsIdentity::readsAPemCertificateAndKey()
{
    const TlsIdentity identity = TlsIdentity::load(path("id.pem"), path("id.key"));
    QVERIFY2(identity.isValid(), qPrintable(identity.errorString()));
    QCOMPARE(identity.chain(), QList<QSslCertificate>{m_identity.certificate});
    QCOMPARE(identity.privateKey(), m_identity.key);
}

void tst_TlsIdentity::opensAnEncryptedKeyWithItsPassphrase()
{
    const TlsIdentity identity = TlsIdentity::load(path("id.pem"), path("id.enc.key"), "s3cret");
    QVERIFY2(identity.isValid(), qPrintable(identity.errorString()));
    QCOMPARE(identity.privateKey(), m_identity.key);
}

void tst_TlsIdentity::opensAPkcs12FileWithItsPassphrase()
{
    const TlsIdentity identity = TlsIdentity::load(path("id.p12"), QString(), "s3cret");
    QVERIFY2(identity.isValid(), qPrintable(identity.errorString()));
    QCOMPARE(identity.chain().value(0), m_identity.certificate);
    QCOMPARE(identity.privateKey(), m_identity.key);
}

void tst_TlsIdentity::saysWhatIsWrongWithTheFiles_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QString>("reason"); // a pattern; %1 stands for the folder
    QTest::newRow("no certificate file")
        << "missing.pem"
        << "id.key" << QByteArray() << "cannot read the certificate %1/missing.pem: .+";
    QTest::newRow("a key as certificate")
        << "id.key"
        << "id.key" << QByteArray() << "%1/id.key holds no PEM certificate";
    QTest::newRow("no key file") << "id.pem"
                                 << "missing.key" << QByteArray()
                                 << "cannot read the private key %1/missing.key: .+";
    QTest::newRow("a certificate as key")
        << "id.pem"
        << "id.pem" << QByteArray()
        << "%1/id.pem holds no private key that can be used: give an RSA, EC or DSA key in PEM "
           "form";
    QTest::newRow("encrypted key, no passphrase")
        << "id.pem"
        << "id.enc.key" << QByteArray()
        << "the private key %1/id.enc.key is encrypted, and no passphrase was given";
    QTest::newRow("encrypted key, wrong passphrase")
        << "id.pem"
        << "id.enc.key" << QByteArray("guess")
        << "the passphrase does not open the private key %1/id.enc.key";
    QTest::newRow("PKCS#12, wrong passphrase")
        << "id.p12"
        << "" << QByteArray("guess") << "%1/id.p12 is no PKCS#12 file that this passphrase opens";
    QTest::newRow("PKCS#12, no passphrase")
        << "id.p12"
        << "" << QByteArray() << "%1/id.p12 is no PKCS#12 file that opens without a passphrase";
    QTest::newRow("PEM certificate without its key")
        << "id.pem"
        << "" << QByteArray()
        << "%1/id.pem is a PEM certificate, which needs its private key file as well";
    QTest::newRow("no PKCS#12 file")
        << "missing.p12"
        << "" << QByteArray("s3cret") << "cannot read the certificate %1/missing.p12: .+";
}

void tst_TlsIdentity::saysWhatIsWrongWithTheFiles()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QByteArray, passphrase);
    QFETCH(QString, reason);
    const TlsIdentity identity =
        TlsIdentity::load(m_folder.filePath(certificate),
                          key.isEmpty() ? QString() : m_folder.filePath(key), passphrase);
    QVERIFY(!identity.isValid());
    QVERIFY(identity.chain().isEmpty());
    QVERIFY(identity.privateKey().isNull());
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        reason.arg(QRegularExpression::escape(m_folder.path()))));
    QVERIFY2(pattern.match(identity.errorString()).hasMatch(), qPrintable(identity.errorString()));
}

QTEST_GUILESS_MAIN(tst_TlsIdentity)
#include "tst_tlsidentity.moc"
