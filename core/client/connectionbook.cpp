// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionbook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace Banter {

namespace {

const QString group = QStringLiteral("connections");
const QString jsonKey = QStringLiteral("json");
const QString formatKey = QStringLiteral("format");
const QString versionKey = QStringLiteral("version");
const QString connectionsKey = QStringLiteral("connections");

} // namespace

ConnectionBook::ConnectionBook(QObject *parent) : QObject(parent) {}

int ConnectionBook::indexOf(const QString &name) const
{
    for (int i = 0; i < size(); ++i) {
        if (m_connections.at(i).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString ConnectionBook::freeName(const QString &name) const
{
    QString candidate = name.trimmed();
    for (int number = 2; indexOf(candidate) >= 0; ++number)
        candidate = QStringLiteral("%1 (%2)").arg(name.trimmed()).arg(number);
    return candidate;
}

QString ConnectionBook::problem(const SavedConnection &connection, int except) const
{
    const int other = indexOf(connection.name);
    if (const QString own = connection.problem(); !own.isEmpty())
        return own;
    if (other >= 0 && other != except)
        return SavedConnection::tr("There is already a connection named “%1”.")
            .arg(connection.name);
    return QString();
}

bool ConnectionBook::add(const SavedConnection &connection, QString *error)
{
    const QString problem = this->problem(connection, -1);
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return false;
    m_connections.append(connection);
    Q_EMIT changed();
    return true;
}

bool ConnectionBook::rename(int index, const QString &name, QString *error)
{
    if (index < 0 || index >= size())
        return false;
    SavedConnection renamed = m_connections.at(index);
    renamed.name = name.trimmed();
    const QString problem = this->problem(renamed, index);
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return false;
    m_connections[index] = renamed;
    Q_EMIT changed();
    return true;
}

int ConnectionBook::duplicate(int index)
{
    if (index < 0 || index >= size())
        return -1;
    SavedConnection copy = m_connections.at(index);
    copy.name = freeName(copy.name);
    m_connections.insert(index + 1, copy);
    Q_EMIT changed();
    return index + 1;
}

bool ConnectionBook::remove(int index)
{
    if (index < 0 || index >= size())
        return false;
    m_connections.removeAt(index);
    Q_EMIT changed();
    return true;
}

QByteArray ConnectionBook::toJson() const
{
    QJsonArray connections;
    for (const SavedConnection &connection : m_connections)
        connections.append(connection.toJson());
    const QJsonObject file{
        {formatKey, QLatin1String(format)}, {versionKey, version}, {connectionsKey, connections}};
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

int ConnectionBook::importJson(const QByteArray &json, QString *error)
{
    const auto wrong = [error](const QString &words) {
        if (error)
            *error = words;
        return -1;
    };
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return wrong(SavedConnection::tr("not JSON: %1 at character %2")
                         .arg(parseError.errorString())
                         .arg(parseError.offset + 1));
    const QJsonObject file = document.object();
    if (file.value(formatKey).toString() != QLatin1String(format))
        return wrong(SavedConnection::tr("not a file of Banter's connections (its \"format\" is "
                                         "not \"%1\")")
                         .arg(QLatin1String(format)));
    if (file.value(versionKey).toInt() != version)
        return wrong(SavedConnection::tr("written by another version of Banter (version %1; this "
                                         "one reads %2)")
                         .arg(file.value(versionKey).toVariant().toString())
                         .arg(version));
    QList<SavedConnection> read;
    const QJsonArray connections = file.value(connectionsKey).toArray();
    for (qsizetype i = 0; i < connections.size(); ++i) {
        QString problem;
        std::optional<SavedConnection> connection =
            SavedConnection::fromJson(connections.at(i).toObject(), &problem);
        if (!connection)
            return wrong(SavedConnection::tr("connection %1: %2").arg(i + 1).arg(problem));
        read.append(*connection);
    }
    for (SavedConnection &connection : read) {
        connection.name = freeName(connection.name);
        m_connections.append(connection);
    }
    if (!read.isEmpty())
        Q_EMIT changed();
    return int(read.size());
}

void ConnectionBook::load(QSettings &settings)
{
    m_connections.clear();
    const int count = settings.beginReadArray(group);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QJsonObject object =
            QJsonDocument::fromJson(settings.value(jsonKey).toString().toUtf8()).object();
        std::optional<SavedConnection> connection = SavedConnection::fromJson(object, nullptr);
        if (connection && indexOf(connection->name) < 0)
            m_connections.append(*connection);
    }
    settings.endArray();
    Q_EMIT changed();
}

void ConnectionBook::save(QSettings &settings) const
{
    settings.remove(group);
    settings.beginWriteArray(group, size());
    for (int i = 0; i < size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(
            jsonKey,
            QString::fromUtf8(
                QJsonDocument(m_connections.at(i).toJson()).toJson(QJsonDocument::Compact)));
    }
    settings.endArray();
}

} // namespace Banter
