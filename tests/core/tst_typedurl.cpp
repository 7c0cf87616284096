// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <networkconditions.h>
#include <typedurl.h>

#include <QtTest>

using namespace Banter;

// The URL a user types, and the network conditions written into one.
class tst_TypedUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lonePercentStandsForItself_data();
    void lonePercentStandsForItself();
    void otherMistakesAreStillRefused_data();
    void otherMistakesAreStillRefused();
    void conditionsAreReadFromAWrappedUrlOnly();
    void applyingConditionsWrapsAndUnwraps();
    void prefixedConditionsAreReadAndKept();
    void aUrlIsShownAsTyped_data();
    void aUrlIsShownAsTyped();
};

void tst_TypedUrl::lonePercentStandsForItself_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("loss=1%") << "chaos+ws://h:3000/?loss=1%"
                             << "chaos+ws://h:3000/?loss=1%25";
    QTest::newRow("in the middle") << "chaos+ws://h/?loss=5%&seed=1"
                                   << "chaos+ws://h/?loss=5%25&seed=1";
    QTest::newRow("one hex digit") << "ws://h/a%2"
                                   << "ws://h/a%252";
    QTest::newRow("not hex") << "ws://h/?q=%zz"
                             << "ws://h/?q=%25zz";
    QTest::newRow("encoded stays") << "ws://h/a%20b?loss=1%25"
                                   << "ws://h/a%20b?loss=1%25";
    QTest::newRow("lower-case hex stays") << "ws://h/%c3%a9"
                                          << "ws://h/%C3%A9";
    QTest::newRow("no percent") << "ws://localhost:3000"
                                << "ws://localhost:3000";
}

void tst_TypedUrl::lonePercentStandsForItself()
{
    QFETCH(QString, typed);
    QFETCH(QString, encoded);
    const QUrl url = TypedUrl::parse(typed);
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.toString(QUrl::FullyEncoded), encoded);
    // Without it, Qt's strict parsing refuses the typed text.
    if (typed != encoded && !typed.contains(QLatin1String("%c3")))
        QVERIFY(!QUrl(typed, QUrl::StrictMode).isValid());
}

void tst_TypedUrl::otherMistakesAreStillRefused_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("space in host") << "ws://local host:3000";
    QTest::newRow("bracket") << "ws://[::1:3000";
    QTest::newRow("bad port") << "ws://localhost:99999";
}

void tst_TypedUrl::otherMistakesAreStillRefused()
{
    QFETCH(QString, typed);
    QVERIFY(!TypedUrl::parse(typed).isValid());
}

void tst_TypedUrl::conditionsAreReadFromAWrappedUrlOnly()
{
    const QUrl wrapped = TypedUrl::parse(
        QStringLiteral("chaos+ws://h:3000/room?token=x&loss=1%&latency=100ms&seed=42"));
    QCOMPARE(
        NetworkConditions::parameters(wrapped),
        (QList<NetworkConditions::Parameter>{{QStringLiteral("latency"), QStringLiteral("100ms")},
                                             {QStringLiteral("loss"), QStringLiteral("1%")},
                                             {QStringLiteral("seed"), QStringLiteral("42")}}));
    QVERIFY(NetworkConditions::isWrapped(wrapped));
    // On a plain URL, "latency" is the server's own parameter.
    const QUrl plain(QStringLiteral("ws://h:3000/?latency=100ms"));
    QVERIFY(!NetworkConditions::isWrapped(plain));
    QVERIFY(NetworkConditions::parameters(plain).isEmpty());
}

void tst_TypedUrl::applyingConditionsWrapsAndUnwraps()
{
    const QUrl plain(QStringLiteral("ws://h:3000/room?token=x"));
    const QUrl wrapped =
        NetworkConditions::apply(plain, {{QStringLiteral("latency"), QStringLiteral(" 100ms ")},
                                         {QStringLiteral("loss"), QStringLiteral("1%")},
                                         {QStringLiteral("jitter"), QString()}});
    QCOMPARE(wrapped.toString(),
             QStringLiteral("chaos+ws://h:3000/room?token=x&latency=100ms&loss=1%25"));
    QVERIFY(wrapped.isValid());
    QCOMPARE(NetworkConditions::parameters(wrapped).value(1).second, QStringLiteral("1%"));

    // Applied again, the new conditions replace the old ones; the server's parameter stays.
    const QUrl changed =
        NetworkConditions::apply(wrapped, {{QStringLiteral("seed"), QStringLiteral("7")}});
    QCOMPARE(changed.toString(), QStringLiteral("chaos+ws://h:3000/room?token=x&seed=7"));

    // None left: the plain URL again.
    QCOMPARE(NetworkConditions::apply(changed, {}), plain);
    QCOMPARE(NetworkConditions::apply(QUrl(QStringLiteral("chaos+wss://h/?seed=1")), {}),
             QUrl(QStringLiteral("wss://h/")));
}

void tst_TypedUrl::prefixedConditionsAreReadAndKept()
{
    // chaos-latency keeps the condition apart from the server's own latency parameter: it is
    // read as latency, and edited (the Options dialog, banter-cli's flags) it stays prefixed
    // instead of turning up twice.
    const QUrl wrapped = TypedUrl::parse(
        QStringLiteral("chaos+ws://h/?chaos-latency=100ms&loss=1%&chaos-seed=3&chaos-seed=4"));
    QCOMPARE(
        NetworkConditions::parameters(wrapped),
        (QList<NetworkConditions::Parameter>{{QStringLiteral("latency"), QStringLiteral("100ms")},
                                             {QStringLiteral("loss"), QStringLiteral("1%")},
                                             {QStringLiteral("seed"), QStringLiteral("4")}}));
    const QUrl edited =
        NetworkConditions::apply(wrapped, {{QStringLiteral("latency"), QStringLiteral("200ms")},
                                           {QStringLiteral("loss"), QStringLiteral("2%")},
                                           {QStringLiteral("jitter"), QStringLiteral("5ms")}});
    QCOMPARE(edited.toString(),
             QStringLiteral("chaos+ws://h/?chaos-latency=200ms&loss=2%25&jitter=5ms"));
    QCOMPARE(NetworkConditions::apply(edited, {}), QUrl(QStringLiteral("ws://h/")));
    // A chaos- name that is none of the conditions is the plugin's to refuse, not dropped here.
    const QUrl unknown(QStringLiteral("chaos+ws://h/?chaos-lag=1s"));
    QVERIFY(NetworkConditions::parameters(unknown).isEmpty());
    QCOMPARE(NetworkConditions::apply(unknown, {}).toString(),
             QStringLiteral("ws://h/?chaos-lag=1s"));
}

void tst_TypedUrl::aUrlIsShownAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown");
    QTest::newRow("lone percent") << "chaos+ws://h/?loss=1%&seed=2"
                                  << "chaos+ws://h/?loss=1%&seed=2";
    QTest::newRow("at the end") << "chaos+ws://h/?loss=1%"
                                << "chaos+ws://h/?loss=1%";
    QTest::newRow("encoded percent") << "ws://h/?a=1%25"
                                     << "ws://h/?a=1%";
    // "%25" before two hex digits would read as another escape: it stays encoded.
    QTest::newRow("percent before hex") << "ws://h/?a=%2541"
                                        << "ws://h/?a=%2541";
    QTest::newRow("readable") << "ws://h/?x=%C3%A9"
                              << "ws://h/?x=\u00e9";
    // A space in the path reads back the same (one in the host would not).
    QTest::newRow("space") << "ws://h/a%20b?x=1%"
                           << "ws://h/a b?x=1%";
    QTest::newRow("plain") << "ws://localhost:3000"
                           << "ws://localhost:3000";
}

void tst_TypedUrl::aUrlIsShownAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    const QUrl url = TypedUrl::parse(typed);
    QVERIFY(url.isValid());
    QCOMPARE(TypedUrl::toText(url), shown);
    QCOMPARE(TypedUrl::parse(TypedUrl::toText(url)), url);
}

QTEST_APPLESS_MAIN(tst_TypedUrl)
#include "tst_typedurl.moc"
