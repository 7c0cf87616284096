// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mosquittobroker.h"

#include "freeport.h"
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>

MosquittoBroker::MosquittoBroker() = default;

MosquittoBroker::~MosquittoBroker()
{
    for (auto &client : m_clients) {
        client->kill();
        client->waitForFinished();
    }
    stop();
}

QString MosquittoBroker::executable()
{
    // Debian puts the broker in /usr/sbin, which a user's PATH may lack.
    return QStandardPaths::findExecutable(QStringLiteral("mosquitto"),
                                          {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                           QStringLiteral("/usr/local/sbin")});
}

QString MosquittoBroker::url(const QString &topicAndQuery) const
{
    return QStringLiteral("mqtt://127.0.0.1:%1/%2").arg(m_port).arg(topicAndQuery);
}

QString MosquittoBroker::tlsUrl(const QString &topicAndQuery) const
{
    return QStringLiteral("mqtts://127.0.0.1:%1/%2").arg(m_tlsPort).arg(topicAndQuery);
}

QString MosquittoBroker::certificatePath() const
{
    return m_folder.filePath(QStringLiteral("broker.pem"));
}

bool MosquittoBroker::start()
{
    return start(Options());
}

bool MosquittoBroker::start(const Options &options)
{
    m_options = options;
    if (executable().isEmpty()) {
        m_errorString = QStringLiteral("mosquitto is not installed (apt-get install mosquitto)");
        return false;
    }
    if (m_options.tls && m_identity.certificate.isNull()) {
        m_identity =
            TestIdentity::create(m_folder.path(), QStringLiteral("broker"), &m_errorString);
        if (m_identity.certificate.isNull())
            return false;
    }
    for (const auto &[user, password] : m_options.users) {
        QStringList arguments{QStringLiteral("-b"), m_folder.filePath(QStringLiteral("passwords")),
                              user, password};
        if (user == m_options.users.constFirst().first)
            arguments.prepend(QStringLiteral("-c"));
        QProcess passwd;
        passwd.start(QStringLiteral("mosquitto_passwd"), arguments);
        if (!passwd.waitForFinished() || passwd.exitCode() != 0) {
            m_errorString = QStringLiteral("mosquitto_passwd failed: %1")
                                .arg(QString::fromLocal8Bit(passwd.readAllStandardError()));
            return false;
        }
    }
    // mosquitto cannot be told to pick a port: a free one, and another if the race is lost.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        m_tlsPort = m_options.tls ? freeLoopbackPort() : 0;
        if (launch())
            return true;
    }
    return false;
}

bool MosquittoBroker::restart()
{
    stop();
    return launch();
}

bool MosquittoBroker::writeConfiguration()
{
    QStringList lines{
        QStringLiteral("listener %1 127.0.0.1").arg(m_port),
        QStringLiteral("allow_anonymous %1")
            .arg(m_options.users.isEmpty() ? QStringLiteral("true") : QStringLiteral("false")),
        QStringLiteral("persistence false"),
        QStringLiteral("max_queued_messages 100000"),
        // Started as root (CI), it would drop to the user mosquitto, who cannot read the
        // test's private folder. Started as anyone else, this changes nothing.
        QStringLiteral("user root"),
    };
    if (!m_options.users.isEmpty())
        lines << QStringLiteral("password_file %1")
                     .arg(m_folder.filePath(QStringLiteral("passwords")));
    if (m_options.tls) {
        lines << QStringLiteral("listener %1 127.0.0.1").arg(m_tlsPort)
              << QStringLiteral("certfile %1").arg(certificatePath())
              << QStringLiteral("keyfile %1").arg(m_folder.filePath(QStringLiteral("broker.key")));
        if (!m_options.clientAuthorities.isEmpty())
            lines << QStringLiteral("cafile %1").arg(m_options.clientAuthorities)
                  << QStringLiteral("require_certificate true");
        // per_listener_settings is off: the TLS listener shares the users of the first.
    }
    QFile file(m_folder.filePath(QStringLiteral("mosquitto.conf")));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n') < 0) {
        m_errorString = QStringLiteral("cannot write %1").arg(file.fileName());
        return false;
    }
    return true;
}

bool MosquittoBroker::launch()
{
    if (!writeConfiguration())
        return false;
    // Its log goes to a file: a pipe nobody reads would stop the broker once full.
    QFile log(m_folder.filePath(QStringLiteral("mosquitto.log")));
    log.remove();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(log.fileName());
    m_process->setWorkingDirectory(m_folder.path());
    m_process->start(executable(),
                     {QStringLiteral("-c"), m_folder.filePath(QStringLiteral("mosquitto.conf"))});
    QByteArray output;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForFinished(50);
        if (log.isOpen() || log.open(QIODevice::ReadOnly))
            output += log.readAll();
        if (output.contains(" running"))
            return true;
    }
    m_errorString = QStringLiteral("mosquitto did not start on port %1: %2")
                        .arg(m_port)
                        .arg(QString::fromLocal8Bit(output.right(600)));
    m_process->kill();
    m_process->waitForFinished();
    return false;
}

void MosquittoBroker::stop()
{
    ServerProcess::stop(m_process);
}

void MosquittoBroker::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished();
    m_process.reset();
}

void MosquittoBroker::signal(int number)
{
    ServerProcess::signal(m_process.get(), number);
}

QProcess *MosquittoBroker::client(const QString &program, const QStringList &arguments)
{
    // Through stdbuf: what the program prints reaches the test line by line, not once a
    // buffer fills.
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral("stdbuf"),
                   QStringList{QStringLiteral("-oL"), program, QStringLiteral("-h"),
                               QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                               QString::number(m_port)} +
                       arguments);
    m_clients.push_back(std::move(process));
    return m_clients.back().get();
}
