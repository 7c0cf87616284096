// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <connectdialog.h>
#include <mainwindow.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace Banter;

// Network conditions in the window, as a user sets them and sees them: Options → Network
// conditions writes them into the URL, the log says what is in force and what was injected, the
// status bar says that they apply, and a bad value is refused in words with the typed URL kept.
class tst_ChaosWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void optionsWriteThemIntoTheUrlAndTheWindowShowsThem();
    void aBadValueIsRefusedInWordsAndTheUrlIsKept();
    void aTypedPercentSignIsTakenAsItIs();
    void aPercentSignFromOptionsReadsAsTyped();

private:
    void typeUrl(const QString &url);
    void waitForLine(const QString &line);

    WindowFixture m_fixture;
};

void tst_ChaosWindow::initTestCase()
{
    WindowFixture::useTestSettings();
}

void tst_ChaosWindow::init()
{
    WindowFixture::clearSettings();
    m_fixture.create();
}

void tst_ChaosWindow::cleanup()
{
    m_fixture.destroy();
}

void tst_ChaosWindow::typeUrl(const QString &url)
{
    auto *combo = m_fixture.find<QComboBox>("urlCombo");
    m_fixture.find<QLineEdit>("urlEdit")->clear();
    QTest::keyClicks(combo, url);
    QTest::keyClick(combo, Qt::Key_Return);
}

void tst_ChaosWindow::waitForLine(const QString &line)
{
    QTRY_VERIFY2(m_fixture.lines().contains(line), qPrintable(m_fixture.lines().join(u'\n')));
}

void tst_ChaosWindow::optionsWriteThemIntoTheUrlAndTheWindowShowsThem()
{
    const QUrl plain = m_fixture.startAndConnect();
    waitForLine(QStringLiteral("< Welcome to Awesome Chat"));
    auto *label = m_fixture.find<QLabel>("networkConditionsLabel");
    QVERIFY(label);
    QVERIFY(label->isHidden());

    auto *dialog = m_fixture.openOptions();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("latencyConditionEdit")),
                     QStringLiteral("20ms"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("seedConditionEdit")),
                     QStringLiteral("42"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    const QString wrapped =
        QStringLiteral("chaos+") + plain.toString() + QStringLiteral("?latency=20ms&seed=42");
    QCOMPARE(m_fixture.find<QLineEdit>("urlEdit")->text(), wrapped);

    // Connect: the URL bar's Enter.
    QTest::keyClick(m_fixture.find<QComboBox>("urlCombo"), Qt::Key_Return);
    QTRY_COMPARE(m_fixture.window()->session()->url().toString(), wrapped);
    waitForLine(QStringLiteral("# network conditions: latency 20 ms, seed 42"));
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Network conditions"));
    QVERIFY2(label->toolTip().contains(QLatin1String("latency 20ms")),
             qPrintable(label->toolTip()));
    QVERIFY2(label->toolTip().contains(QLatin1String("seed 42")), qPrintable(label->toolTip()));

    // Messages go through them and come back.
    const int before = m_fixture.lines().size();
    m_fixture.typeAndSend(QStringLiteral("through the conditions"));
    QTRY_COMPARE(m_fixture.lines().mid(before),
                 QStringList({QStringLiteral("> through the conditions"),
                              QStringLiteral("< through the conditions")}));

    // The dialog shows what the URL says, and emptied it takes them out again.
    dialog = m_fixture.openOptions();
    QVERIFY(dialog);
    auto *latency = dialog->findChild<QLineEdit *>(QStringLiteral("latencyConditionEdit"));
    QCOMPARE(latency->text(), QStringLiteral("20ms"));
    latency->clear();
    dialog->findChild<QLineEdit *>(QStringLiteral("seedConditionEdit"))->clear();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_fixture.find<QLineEdit>("urlEdit")->text(), plain.toString());
    QTest::keyClick(m_fixture.find<QComboBox>("urlCombo"), Qt::Key_Return);
    QTRY_COMPARE(m_fixture.window()->session()->url(), plain);
    QTRY_VERIFY(label->isHidden());
}

void tst_ChaosWindow::aBadValueIsRefusedInWordsAndTheUrlIsKept()
{
    const QUrl plain = m_fixture.startAndConnect();
    waitForLine(QStringLiteral("< Welcome to Awesome Chat"));
    const QString typed = QStringLiteral("chaos+") + plain.toString() + QStringLiteral("?loss=150");
    typeUrl(typed);
    QTRY_VERIFY2(m_fixture.lines().last().contains(
                     QLatin1String("loss=150 is not allowed; loss must be a percentage from 0 to "
                                   "100, such as 1%")),
                 qPrintable(m_fixture.lines().join(u'\n')));
    QVERIFY(m_fixture.window()->isVisible());
    QCOMPARE(m_fixture.find<QLineEdit>("urlEdit")->text(), typed);
    // A message typed meanwhile waits for a connection that works.
    m_fixture.typeAndSend(QStringLiteral("kept"));
    typeUrl(plain.toString());
    waitForLine(QStringLiteral("< kept"));
}

void tst_ChaosWindow::aTypedPercentSignIsTakenAsItIs()
{
    const QUrl plain = m_fixture.startAndConnect();
    waitForLine(QStringLiteral("< Welcome to Awesome Chat"));
    const QString typed =
        QStringLiteral("chaos+") + plain.toString() + QStringLiteral("?loss=100%&seed=3");
    typeUrl(typed);
    QVERIFY(m_fixture.find<QLabel>("urlProblemLabel")->isHidden());
    waitForLine(QStringLiteral("# network conditions: loss 100 %, seed 3"));
    // The status bar names the URL as it was typed too.
    QTRY_COMPARE(m_fixture.find<QLabel>("stateLabel")->text(),
                 QStringLiteral("Connected to %1").arg(typed));
    // Everything is lost, the server's greeting first, and the log says so.
    waitForLine(
        QStringLiteral("# network conditions: a received message was dropped (injected loss)"));
}

void tst_ChaosWindow::aPercentSignFromOptionsReadsAsTyped()
{
    const QUrl plain = m_fixture.startAndConnect();
    waitForLine(QStringLiteral("< Welcome to Awesome Chat"));
    auto *dialog = m_fixture.openOptions();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("lossConditionEdit")),
                     QStringLiteral("1%"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    // The URL bar shows the value as it was typed, not as "1%25".
    const QString wrapped =
        QStringLiteral("chaos+") + plain.toString() + QStringLiteral("?loss=1%");
    QCOMPARE(m_fixture.find<QLineEdit>("urlEdit")->text(), wrapped);
    dialog = m_fixture.openOptions();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("lossConditionEdit"))->text(),
             QStringLiteral("1%"));
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
}

QTEST_MAIN(tst_ChaosWindow)
#include "tst_chaoswindow.moc"
