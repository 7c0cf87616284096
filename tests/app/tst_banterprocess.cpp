// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileserver.h"

#include <outbox.h>

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using Banter::Outbox;

// The banter program, started as a user would (offscreen), with XDG folders of its own.
class tst_BanterProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outboxIsInTheDataFolderLockedAndSentAtTheNextStart();
};

void tst_BanterProcess::outboxIsInTheDataFolderLockedAndSentAtTheNextStart()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    // Where ~/.local/share/Banter/banter/ is for this run.
    const QString dataFolder = home.filePath(QStringLiteral("data/Banter/banter"));
    const QString outboxPath = dataFolder + QStringLiteral("/outbox.json");
    QVERIFY(QDir().mkpath(dataFolder));
    // What an earlier session left unsent.
    Outbox left;
    Outbox::Message message;
    message.text = QStringLiteral("typed before quitting");
    left.add(std::move(message));
    QFile file(outboxPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(left.toJson());
    file.close();

    HostileServer server; // a plain server here: it answers pings, and so confirms
    QVERIFY(server.listen());
    QProcess banter;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    banter.setProcessEnvironment(environment);
    banter.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    banter.start(QStringLiteral(BANTER_TEST_BIN_DIR "/banter"), {server.url().toString()});
    QVERIFY2(banter.waitForStarted(), qPrintable(banter.errorString()));

    // Sent once connected, and once confirmed, gone from the file.
    QTRY_COMPARE_WITH_TIMEOUT(server.clientTexts(),
                              QStringList{QStringLiteral("typed before quitting")}, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(outboxPath), 30000);
    // The file is this Banter's while it runs.
    QLockFile lock(dataFolder + QStringLiteral("/outbox.lock"));
    QVERIFY(!lock.tryLock(0));

    banter.terminate();
    QVERIFY(banter.waitForFinished(30000));
    QVERIFY(lock.tryLock(0));
    QCOMPARE(server.clientTexts(), QStringList{QStringLiteral("typed before quitting")});
}

QTEST_GUILESS_MAIN(tst_BanterProcess)
#include "tst_banterprocess.moc"
