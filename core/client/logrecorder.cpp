// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logrecorder.h"

#include "chatlog.h"
#include "chatmodel.h"

#include <QDir>

#include <algorithm>

namespace Banter {

LogRecorder::LogRecorder(ChatModel *model, QObject *parent) : QObject(parent), m_model(model)
{
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
}

LogRecorder::~LogRecorder() = default;

QString LogRecorder::start(const QString &path, qint64 fileSize, int fileCount)
{
    stop();
    m_fileSize = std::max<qint64>(fileSize, 1);
    m_fileCount = std::max(fileCount, 1);
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return tr("cannot record the log to %1: %2")
            .arg(QDir::toNativeSeparators(path), m_file.errorString());
    }
    return QString();
}

void LogRecorder::stop()
{
    if (m_file.isOpen())
        m_file.close();
}

void LogRecorder::onRowsInserted(int first, int last)
{
    if (!isRecording())
        return;
    // The row that counts the rows the log dropped comes at the top, not as a new event.
    if (first == 0 && last == 0 && m_model->droppedCount() > 0)
        return;
    QByteArray lines;
    for (int row = first; row <= last; ++row)
        lines += ChatLog::toNdjson(m_model->entry(row));
    if (m_file.write(lines) != lines.size() || !m_file.flush()) {
        fail(m_file.errorString());
        return;
    }
    if (m_file.size() >= m_fileSize && !rotate())
        fail(m_file.errorString());
}

bool LogRecorder::rotate()
{
    const QString path = m_file.fileName();
    m_file.close();
    const auto rotated = [&path](int n) { return path + QLatin1Char('.') + QString::number(n); };
    QFile::remove(rotated(m_fileCount - 1));
    for (int n = m_fileCount - 2; n >= 1; --n)
        QFile::rename(rotated(n), rotated(n + 1));
    if (m_fileCount > 1)
        QFile::rename(path, rotated(1));
    else
        QFile::remove(path);
    m_file.setFileName(path);
    return m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

void LogRecorder::fail(const QString &errorString)
{
    const QString path = QDir::toNativeSeparators(m_file.fileName());
    stop();
    Q_EMIT failed(tr("recording the log to %1 stopped: %2").arg(path, errorString));
}

} // namespace Banter
