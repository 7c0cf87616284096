// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <chatsession.h>
#include <repeatbar.h>
#include <repeatclock.h>
#include <repeatdialog.h>
#include <scheduledsend.h>
#include <serverhost.h>
#include <snippetbook.h>
#include <snippetcontroller.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QtTest>

using namespace Banter;

namespace {

// The test's clock: due() only when the test says so, and only while started.
class ManualClock : public RepeatClock
{
public:
    void start(int intervalMs) override
    {
        m_interval = intervalMs;
        m_isActive = true;
    }
    void stop() override { m_isActive = false; }
    bool isActive() const { return m_isActive; }
    int interval() const { return m_interval; }
    void tick()
    {
        if (m_isActive)
            Q_EMIT due();
    }

private:
    int m_interval = 0;
    bool m_isActive = false;
};

} // namespace

// Repeated sends of a snippet in a window connected to the embedded echo server, paced by a
// clock the test turns: every message once and in order, the bar above the message field, a
// pause while the connection is down (the clock stopped), the outbox for one sent as it drops,
// Stop, and the Repeat… dialog.
class tst_ScheduledSend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void sendsCountTimesOnTheClockAndEnds();
    void pausesWhileDisconnectedAndLosesNothing();
    void oneSentAsTheConnectionDropsGoesThroughTheOutbox();
    void stopEndsItAndSaysHowFarItGot();
    void theRepeatDialogStartsOneAndRemembersTheChoice();
    void aVariableThatIsGoneEndsItInWords();

private:
    void connectWindow();
    int addSnippet(const QString &name, const QString &body);
    SnippetController *controller() const { return m_fixture.window()->snippetController(); }
    QStringList received() const
    {
        return m_fixture.lines().filter(QRegularExpression(QStringLiteral("^< tick")));
    }
    QString barText() const;
    void restartServer();

    WindowFixture m_fixture;
    QUrl m_url;
};

void tst_ScheduledSend::initTestCase()
{
    WindowFixture::useTestSettings();
}

void tst_ScheduledSend::cleanup()
{
    m_fixture.destroy();
    WindowFixture::clearSettings();
}

void tst_ScheduledSend::connectWindow()
{
    m_fixture.create();
    m_fixture.setReconnectDelay(std::chrono::milliseconds(20));
    m_url = m_fixture.startAndConnect();
    QTRY_COMPARE(m_fixture.lines().size(), 2); // # socket open, < Welcome to Awesome Chat
}

int tst_ScheduledSend::addSnippet(const QString &name, const QString &body)
{
    Snippet snippet;
    snippet.name = name;
    snippet.body = body;
    controller()->book()->add(snippet, nullptr);
    return controller()->book()->size() - 1;
}

QString tst_ScheduledSend::barText() const
{
    auto *bar = controller()->repeatBar();
    if (!bar->isVisibleTo(m_fixture.window()))
        return QString();
    QStringList texts;
    for (QLabel *label : bar->findChildren<QLabel *>(QStringLiteral("repeatLabel"))) {
        if (label->isVisibleTo(bar))
            texts.append(label->text());
    }
    return texts.join(QLatin1Char('\n'));
}

void tst_ScheduledSend::restartServer()
{
    m_fixture.window()->stopServer();
    QTRY_VERIFY(m_fixture.window()->session()->state() != Connection::State::Open);
    QVERIFY(m_fixture.window()->startServer(m_url.port()));
}

void tst_ScheduledSend::sendsCountTimesOnTheClockAndEnds()
{
    connectWindow();
    const int index = addSnippet(QStringLiteral("tick"), QStringLiteral("tick {{counter}}"));
    auto *clock = new ManualClock;
    ScheduledSend *schedule = controller()->repeat(index, 250, 4, clock);
    QVERIFY(schedule);
    QSignalSpy finished(schedule, &ScheduledSend::finished);
    QCOMPARE(m_fixture.lines().value(2),
             QStringLiteral("# repeating “tick” every 250 ms, 4 times"));
    // The first at once, the clock started with the interval.
    QCOMPARE(m_fixture.lines().value(3), QStringLiteral("> tick 1"));
    QVERIFY(clock->isActive());
    QCOMPARE(clock->interval(), 250);
    QCOMPARE(barText(), QStringLiteral("Repeating “tick” every 250 ms: 1 of 4 sent"));
    for (int i = 2; i <= 4; ++i) {
        QTRY_COMPARE(received().size(), i - 1);
        clock->tick();
    }
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("sent 4 times"));
    QVERIFY(!clock->isActive());
    QVERIFY(barText().isEmpty());
    QTRY_COMPARE(received(), (QStringList{QStringLiteral("< tick 1"), QStringLiteral("< tick 2"),
                                          QStringLiteral("< tick 3"), QStringLiteral("< tick 4")}));
    QVERIFY(m_fixture.lines().contains(QStringLiteral("# repeating “tick”: sent 4 times")));
}

void tst_ScheduledSend::pausesWhileDisconnectedAndLosesNothing()
{
    connectWindow();
    const int index = addSnippet(QStringLiteral("tick"), QStringLiteral("tick {{counter}}"));
    auto *clock = new ManualClock;
    ScheduledSend *schedule = controller()->repeat(index, 100, 0, clock);
    clock->tick();
    clock->tick();
    QTRY_COMPARE(received().size(), 3);
    QCOMPARE(barText(), QStringLiteral("Repeating “tick” every 100 ms: 3 sent"));

    // The server goes: paused, the clock stopped, nothing sent on its ticks.
    m_fixture.window()->stopServer();
    QTRY_VERIFY(schedule->isPaused());
    QVERIFY(!clock->isActive());
    QCOMPARE(barText(),
             QStringLiteral("Repeating “tick” every 100 ms: 3 sent, paused while disconnected"));
    clock->tick();
    QCOMPARE(schedule->sent(), 3);

    // It comes back: the session reconnects, and the schedule goes on where it was.
    QVERIFY(m_fixture.window()->startServer(m_url.port()));
    QTRY_VERIFY(!schedule->isPaused());
    QVERIFY(clock->isActive());
    QCOMPARE(schedule->sent(), 4); // one at once
    clock->tick();
    QCOMPARE(schedule->sent(), 5);
    QTRY_COMPARE(received().size(), 5);
    QCOMPARE(received(), (QStringList{QStringLiteral("< tick 1"), QStringLiteral("< tick 2"),
                                      QStringLiteral("< tick 3"), QStringLiteral("< tick 4"),
                                      QStringLiteral("< tick 5")}));
    QVERIFY(schedule->isRunning());
}

void tst_ScheduledSend::oneSentAsTheConnectionDropsGoesThroughTheOutbox()
{
    connectWindow();
    const int index = addSnippet(QStringLiteral("tick"), QStringLiteral("tick {{counter}}"));
    auto *clock = new ManualClock;
    // Gone with its row once it has ended.
    QPointer<ScheduledSend> schedule = controller()->repeat(index, 100, 3, clock);
    QTRY_COMPARE(received().size(), 1);
    // The server closes, and before the window has heard of it, the clock sends the second.
    m_fixture.window()->stopServer();
    QCOMPARE(m_fixture.window()->session()->state(), Connection::State::Open);
    clock->tick();
    QCOMPARE(schedule->sent(), 2);
    QTRY_VERIFY(schedule->isPaused());
    QVERIFY(m_fixture.window()->session()->outboxCount() >= 1);
    QVERIFY(m_fixture.window()->startServer(m_url.port()));
    // Back: the outbox sends the second again, the schedule the third; the second is echoed
    // once, and the third after it.
    QTRY_VERIFY(!schedule || !schedule->isRunning());
    QTRY_COMPARE(received().size(), 3);
    QCOMPARE(received(), (QStringList{QStringLiteral("< tick 1"), QStringLiteral("< tick 2"),
                                      QStringLiteral("< tick 3")}));
    QTRY_COMPARE(m_fixture.window()->session()->outboxCount(), 0);
}

void tst_ScheduledSend::stopEndsItAndSaysHowFarItGot()
{
    connectWindow();
    const int index = addSnippet(QStringLiteral("tick"), QStringLiteral("tick {{counter}}"));
    auto *clock = new ManualClock;
    QPointer<ScheduledSend> schedule = controller()->repeat(index, 100, 10, clock);
    clock->tick();
    QTRY_COMPARE(received().size(), 2);
    auto *stop =
        controller()->repeatBar()->findChild<QPushButton *>(QStringLiteral("stopRepeatButton"));
    QVERIFY(stop);
    QCOMPARE(stop->text(), QStringLiteral("Stop"));
    QCOMPARE(stop->accessibleName(), QStringLiteral("Stop repeating “tick”"));
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(!clock->isActive());
    QVERIFY(barText().isEmpty());
    QTRY_COMPARE(m_fixture.lines().last(),
                 QStringLiteral("# repeating “tick”: stopped after 2 of 10"));
    QTRY_VERIFY(!schedule); // gone with its row
    QCOMPARE(received().size(), 2);
}

void tst_ScheduledSend::theRepeatDialogStartsOneAndRemembersTheChoice()
{
    connectWindow();
    addSnippet(QStringLiteral("tick"), QStringLiteral("tick {{counter}}"));
    for (int round = 0; round < 2; ++round) {
        auto *list = m_fixture.find<QWidget>("snippetList");
        QVERIFY(list);
        auto *tree = qobject_cast<QTreeWidget *>(list);
        tree->setCurrentItem(tree->topLevelItem(0));
        QTest::mouseClick(m_fixture.find<QPushButton>("repeatSnippetButton"), Qt::LeftButton);
        auto *dialog = m_fixture.find<RepeatDialog>("repeatDialog");
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Repeat “tick”"));
        auto *interval = dialog->findChild<QSpinBox *>(QStringLiteral("repeatIntervalSpin"));
        auto *count = dialog->findChild<QSpinBox *>(QStringLiteral("repeatCountSpin"));
        if (round == 0) {
            QCOMPARE(interval->value(), 1000);
            QCOMPARE(count->value(), 10);
            interval->setValue(3600000); // an hour: only the first goes out in this test
            count->setValue(0);
            QCOMPARE(count->text(), QStringLiteral("until stopped"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                              Qt::LeftButton);
        } else {
            QCOMPARE(interval->value(), 3600000);
            QCOMPARE(count->value(), 0);
            dialog->reject();
        }
        QTRY_VERIFY(!m_fixture.find<RepeatDialog>("repeatDialog"));
    }
    QTRY_COMPARE(received(), QStringList{QStringLiteral("< tick 1")});
    QCOMPARE(barText(), QStringLiteral("Repeating “tick” every 3,600,000 ms: 1 sent"));
    QVERIFY(m_fixture.lines().contains(
        QStringLiteral("# repeating “tick” every 3,600,000 ms until stopped")));
    controller()->repeatBar()->stopAll();
    QVERIFY(barText().isEmpty());
}

void tst_ScheduledSend::aVariableThatIsGoneEndsItInWords()
{
    connectWindow();
    const int index = addSnippet(QStringLiteral("tick"), QStringLiteral("tick {{counter}}"));
    auto *clock = new ManualClock;
    controller()->repeat(index, 100, 5, clock);
    Snippet changed = controller()->book()->at(index);
    changed.body = QStringLiteral("{{gone}}");
    QVERIFY(controller()->book()->replace(index, changed, nullptr));
    clock->tick(); // the schedule keeps the snippet it was started with
    QTRY_COMPARE(received().size(), 2);

    const int broken = addSnippet(QStringLiteral("broken"), QStringLiteral("{{gone}}"));
    auto *other = new ManualClock;
    ScheduledSend *schedule = controller()->repeat(broken, 100, 5, other);
    QVERIFY(!schedule->isRunning());
    QVERIFY(!other->isActive());
    QVERIFY2(m_fixture.lines().contains(
                 QStringLiteral("# repeating “broken”: stopped after 0: unknown variable {{gone}} "
                                "at character 1 (Connection → Variables… names yours)")),
             qPrintable(m_fixture.lines().join(QLatin1Char('\n'))));
    QCOMPARE(barText(), QStringLiteral("Repeating “tick” every 100 ms: 2 of 5 sent"));
}

QTEST_MAIN(tst_ScheduledSend)
#include "tst_scheduledsend.moc"
