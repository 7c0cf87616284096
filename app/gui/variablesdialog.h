// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace Banter {

// Connection → Variables…: the user's {{variables}}, one "name = value" a line, for the messages
// typed and sent. A name is a letter or _, then letters, digits, _ - and '.', and not one of
// Banter's own (uuid, now, timestamp, counter, random). What is wrong is said below the lines,
// and OK waits until it is fixed. They are kept in banter.conf ([variables]): they are no place
// for secrets.
class VariablesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VariablesDialog(QWidget *parent = nullptr);

    void setVariables(const QHash<QString, QString> &variables);
    // What the lines say; only meaningful when problem() is empty.
    QHash<QString, QString> variables() const { return m_variables; }
    QString problem() const { return m_problem; }

    // banter.conf's [variables].
    static QHash<QString, QString> load();
    static void save(const QHash<QString, QString> &variables);

private:
    void validate();

    QPlainTextEdit *m_lines;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
    QHash<QString, QString> m_variables;
    QString m_problem;
};

} // namespace Banter
