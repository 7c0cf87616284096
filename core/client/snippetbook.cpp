// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetbook.h"

#include <QSettings>

namespace Banter {

namespace {

const QString group = QStringLiteral("snippets");
const QString nameKey = QStringLiteral("name");
const QString kindKey = QStringLiteral("kind");
const QString messageKey = QStringLiteral("message");
const QString connectionKey = QStringLiteral("connection");
const QString binaryKind = QStringLiteral("binary");
const QString textKind = QStringLiteral("text");

} // namespace

SnippetBook::SnippetBook(QObject *parent) : QObject(parent) {}

QList<int> SnippetBook::indexesFor(const QString &connectionKey) const
{
    QList<int> indexes;
    for (int i = 0; i < size(); ++i) {
        if (m_snippets.at(i).appliesTo(connectionKey))
            indexes.append(i);
    }
    return indexes;
}

bool SnippetBook::isNameTaken(const QString &name, const QString &connection, int except) const
{
    for (int i = 0; i < size(); ++i) {
        const Snippet &other = m_snippets.at(i);
        const bool seenTogether = connection.isEmpty() || other.appliesTo(connection);
        if (i != except && seenTogether && other.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString SnippetBook::problem(const Snippet &snippet, int except) const
{
    QString problem = snippet.problem();
    if (problem.isEmpty() && isNameTaken(snippet.name, snippet.connection, except))
        problem = Snippet::tr("There is already a snippet named “%1”.").arg(snippet.name);
    return problem;
}

bool SnippetBook::check(const Snippet &snippet, int except, QString *error) const
{
    const QString why = problem(snippet, except);
    if (error)
        *error = why;
    return why.isEmpty();
}

bool SnippetBook::add(const Snippet &snippet, QString *error)
{
    if (!check(snippet, -1, error))
        return false;
    m_snippets.append(snippet);
    Q_EMIT changed();
    return true;
}

bool SnippetBook::replace(int index, const Snippet &snippet, QString *error)
{
    if (index < 0 || index >= size())
        return false;
    if (!check(snippet, index, error))
        return false;
    if (m_snippets.at(index) == snippet)
        return true;
    m_snippets[index] = snippet;
    Q_EMIT changed();
    return true;
}

bool SnippetBook::remove(int index)
{
    if (index < 0 || index >= size())
        return false;
    m_snippets.removeAt(index);
    Q_EMIT changed();
    return true;
}

void SnippetBook::load(QSettings &settings)
{
    m_snippets.clear();
    const int count = settings.beginReadArray(group);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Snippet snippet;
        snippet.name = settings.value(nameKey).toString().trimmed();
        snippet.kind = settings.value(kindKey).toString() == binaryKind ? Snippet::Kind::Binary
                                                                        : Snippet::Kind::Text;
        snippet.body = settings.value(messageKey).toString();
        snippet.connection = settings.value(connectionKey).toString();
        if (check(snippet, -1, nullptr))
            m_snippets.append(snippet);
    }
    settings.endArray();
    Q_EMIT changed();
}

void SnippetBook::save(QSettings &settings) const
{
    settings.remove(group);
    settings.beginWriteArray(group, size());
    for (int i = 0; i < size(); ++i) {
        const Snippet &snippet = m_snippets.at(i);
        settings.setArrayIndex(i);
        settings.setValue(nameKey, snippet.name);
        settings.setValue(kindKey, snippet.kind == Snippet::Kind::Binary ? binaryKind : textKind);
        settings.setValue(messageKey, snippet.body);
        if (!snippet.isForEveryConnection())
            settings.setValue(connectionKey, snippet.connection);
    }
    settings.endArray();
}

} // namespace Banter
