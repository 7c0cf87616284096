// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <hextext.h>
#include <banter/localization.h>

#include <QTest>

using Banter::HexText;

class tst_HexText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dumpLooksLikeHexdump_data();
    void dumpLooksLikeHexdump();
    void dumpStopsAtItsLimit();
    void parseReadsTheUsualWaysOfWritingBytes_data();
    void parseReadsTheUsualWaysOfWritingBytes();
    void parseExplainsWhatIsNotHex_data();
    void parseExplainsWhatIsNotHex();
};

void tst_HexText::initTestCase()
{
    // English as Banter::Client speaks it: with the plural forms of its English catalog.
    QVERIFY(
        Banter::Localization::install(QLocale(QLocale::English), {QStringLiteral("banterclient")})
            .contains(QStringLiteral("banterclient")));
}

void tst_HexText::dumpLooksLikeHexdump_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("dump");
    // Each as printf '…' | hexdump -C prints it.
    QTest::newRow("nothing") << QByteArray() << QString();
    QTest::newRow("one byte") << QByteArray("A")
                              << QStringLiteral("00000000  41                                  "
                                                "              |A|\n");
    QTest::newRow("sixteen bytes")
        << QByteArray("0123456789abcdef")
        << QStringLiteral("00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  "
                          "|0123456789abcdef|\n");
    QTest::newRow("control and high bytes")
        << QByteArray("\x00\x1f\x7f\x80\xff ~", 7)
        << QStringLiteral("00000000  00 1f 7f 80 ff 20 7e                              "
                          "|..... ~|\n");
}

void tst_HexText::dumpLooksLikeHexdump()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, dump);
    QCOMPARE(HexText::dump(bytes, 1024), dump);
}

void tst_HexText::dumpStopsAtItsLimit()
{
    const QString dump = HexText::dump(QByteArray(100, 'x'), 32);
    const QStringList lines = dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).startsWith(QLatin1String("00000010  78")));
    QCOMPARE(lines.at(2), QStringLiteral("… and 68 more bytes"));
}

void tst_HexText::parseReadsTheUsualWaysOfWritingBytes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray expected = QByteArray::fromHex("0001ff");
    QTest::newRow("spaced") << QStringLiteral("00 01 ff") << expected;
    QTest::newRow("packed") << QStringLiteral("0001FF") << expected;
    QTest::newRow("colons") << QStringLiteral("00:01:ff") << expected;
    QTest::newRow("dashes and commas") << QStringLiteral("00-01, ff") << expected;
    QTest::newRow("0x") << QStringLiteral("0x00 0x01 0xFF") << expected;
    QTest::newRow("lines") << QStringLiteral("  00\n01\t ff\n") << expected;
    QTest::newRow("a hexdump -C row's bytes")
        << QStringLiteral("48 65 6c 6c 6f 2c 20 57  6f 72") << QByteArray("Hello, Wor");
}

void tst_HexText::parseReadsTheUsualWaysOfWritingBytes()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QString error;
    const std::optional<QByteArray> parsed = HexText::parse(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(*parsed, bytes);
    // Round trip with the preview's spelling.
    QCOMPARE(HexText::parse(QString::fromLatin1(bytes.toHex(' ')), nullptr).value(), bytes);
}

void tst_HexText::parseExplainsWhatIsNotHex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString()
                           << QStringLiteral(
                                  "no bytes: type pairs of hex digits, such as 00 01 ff");
    QTest::newRow("letter") << QStringLiteral("0g")
                            << QStringLiteral(
                                   "a byte needs two hex digits, such as 0f, at position 1");
    QTest::newRow("word") << QStringLiteral("hello")
                          << QStringLiteral("\"h\" at position 1 is not a hex digit");
    QTest::newRow("odd") << QStringLiteral("abc")
                         << QStringLiteral("a byte needs two hex digits, such as 0f: the last one "
                                           "has one");
    QTest::newRow("non-ASCII digit")
        << QStringLiteral("٠١") << QStringLiteral("\"٠\" at position 1 is not a hex digit");
}

void tst_HexText::parseExplainsWhatIsNotHex()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString reason;
    QVERIFY(!HexText::parse(text, &reason));
    QCOMPARE(reason, error);
    QVERIFY(!HexText::parse(text, nullptr)); // and without asking why
}

QTEST_GUILESS_MAIN(tst_HexText)
#include "tst_hextext.moc"
