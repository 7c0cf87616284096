// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "banterclientglobal.h"

#include <QFile>
#include <QObject>

namespace Banter {

class ChatModel;

// Writes every row the log gets from now on into a file, as it comes, one NDJSON line each (what
// Save Log writes and Open Log reads): nothing needs to stay in memory to be kept. Like a packet
// capture's ring buffer, the file is rotated by size: past its size it becomes path.1 (path.1
// becomes path.2, ...; the oldest beyond the count is deleted) and a new one begins.
class BANTERCLIENT_EXPORT LogRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 defaultFileSize = qint64(64) * 1024 * 1024;
    static constexpr int defaultFileCount = 4; // the file and three rotated ones

    explicit LogRecorder(ChatModel *model, QObject *parent = nullptr);
    ~LogRecorder() override;

    // Starts (or restarts) recording into path, appending to what it holds. Returns the error in
    // words, or an empty string.
    QString start(const QString &path, qint64 fileSize = defaultFileSize,
                  int fileCount = defaultFileCount);
    void stop();
    bool isRecording() const { return m_file.isOpen(); }
    QString fileName() const { return m_file.fileName(); }

Q_SIGNALS:
    // Writing failed: recording has stopped.
    void failed(const QString &errorString);

private:
    void onRowsInserted(int first, int last);
    bool rotate();
    void fail(const QString &errorString);

    ChatModel *m_model;
    QFile m_file;
    qint64 m_fileSize = defaultFileSize;
    int m_fileCount = defaultFileCount;
};

} // namespace Banter
