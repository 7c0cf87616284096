// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Banter {

namespace {

const QString service = QStringLiteral("Banter");

// Starts job and calls answer once: when it finishes, or when the keyring has not answered in
// timeoutMs (then the job's late answer is dropped).
void run(QKeychain::Job *job, int timeoutMs, std::function<void(QKeychain::Job *)> answer)
{
    auto once = std::make_shared<std::function<void(QKeychain::Job *)>>(std::move(answer));
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [once](QKeychain::Job *finished) {
        if (*once)
            std::exchange(*once, nullptr)(finished);
    });
    QTimer::singleShot(timeoutMs, job, [once, job] {
        if (*once)
            std::exchange(*once, nullptr)(nullptr);
        job->deleteLater();
    });
    job->start();
}

QString errorOf(QKeychain::Job *job)
{
    if (!job)
        return SecretStore::tr("the keyring did not answer");
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return QString();
    return job->errorString().isEmpty() ? SecretStore::tr("the keyring refused it")
                                        : job->errorString();
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

void SecretStore::write(const QString &key, const QByteArray &data, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(service, this);
    job->setKey(key);
    job->setBinaryData(data);
    QPointer<SecretStore> alive(this);
    run(job, m_timeoutMs, [this, alive, key, done](QKeychain::Job *finished) {
        const QString error = errorOf(finished);
        if (alive && error.isEmpty())
            m_sessionOnly.remove(key); // the keyring's copy is the one now
        done(error);
    });
}

void SecretStore::read(const QString &key, Found found)
{
    if (const auto it = m_sessionOnly.constFind(key); it != m_sessionOnly.cend()) {
        const QByteArray data = *it;
        QTimer::singleShot(0, this, [data, found] { found(data, QString()); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service, this);
    job->setKey(key);
    run(job, m_timeoutMs, [found](QKeychain::Job *finished) {
        const QString error = errorOf(finished);
        found(error.isEmpty() && finished
                  ? static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData()
                  : QByteArray(),
              error);
    });
}

void SecretStore::remove(const QString &key)
{
    m_sessionOnly.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(service, this);
    job->setKey(key);
    run(job, m_timeoutMs, [](QKeychain::Job *) {});
}

void SecretStore::keepForSession(const QString &key, const QByteArray &data)
{
    m_sessionOnly.insert(key, data);
}

} // namespace Banter
