// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "variablesdialog.h"

#include "colorscheme.h"

#include <messagetemplate.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace Banter {

namespace {

const QString settingsGroup = QStringLiteral("variables");

} // namespace

VariablesDialog::VariablesDialog(QWidget *parent)
    : QDialog(parent)
    , m_lines(new QPlainTextEdit)
    , m_problemLabel(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("variablesDialog"));
    setWindowTitle(tr("Variables"));
    auto *intro = new QLabel(
        tr("One \"name = value\" a line. A message typed with {{name}} sends the value; Banter "
           "has {{uuid}}, {{now}}, {{timestamp}}, {{counter}} and {{random 1 100}} of its "
           "own. Kept in banter.conf: no secrets here."));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_lines->setObjectName(QStringLiteral("variablesEdit"));
    m_lines->setAccessibleName(tr("Variables, one name = value a line"));
    m_lines->setPlaceholderText(tr("user = sam\nroom = lobby"));
    m_lines->setTabChangesFocus(true);
    m_problemLabel->setObjectName(QStringLiteral("variablesProblemLabel"));
    m_problemLabel->setWordWrap(true);
    ColorScheme::markAsWarning(m_problemLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    connect(m_lines, &QPlainTextEdit::textChanged, this, &VariablesDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(fontMetrics().averageCharWidth() * 64, fontMetrics().lineSpacing() * 18);
    validate();
}

void VariablesDialog::setVariables(const QHash<QString, QString> &variables)
{
    QStringList names = variables.keys();
    std::sort(names.begin(), names.end());
    QStringList lines;
    for (const QString &name : std::as_const(names))
        lines.append(name + QStringLiteral(" = ") + variables.value(name));
    m_lines->setPlainText(lines.join(QLatin1Char('\n')));
    validate();
}

void VariablesDialog::validate()
{
    m_variables.clear();
    m_problem.clear();
    const QStringList lines = m_lines->toPlainText().split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size() && m_problem.isEmpty(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = int(i) + 1;
        if (line.isEmpty())
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString name = line.left(equals).trimmed();
        if (equals < 0)
            m_problem = tr("Line %1 is not written as name = value.").arg(number);
        else if (!MessageTemplate::isValidName(name))
            m_problem = tr("Line %1: \"%2\" is no name: begin with a letter or _, then letters, "
                           "digits, _ - and '.'.")
                            .arg(number)
                            .arg(name);
        else if (MessageTemplate::isBuiltIn(name))
            m_problem = tr("Line %1: {{%2}} is one of Banter's own.").arg(number).arg(name);
        else if (m_variables.contains(name))
            m_problem = tr("Line %1: %2 is given twice.").arg(number).arg(name);
        else
            m_variables.insert(name, line.mid(equals + 1).trimmed());
    }
    m_problemLabel->setText(m_problem);
    m_problemLabel->setHidden(m_problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

QHash<QString, QString> VariablesDialog::load()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    QHash<QString, QString> variables;
    // A hand-edited file may hold anything: only what a name can be.
    const QStringList names = settings.childKeys();
    for (const QString &name : names) {
        if (MessageTemplate::isValidName(name) && !MessageTemplate::isBuiltIn(name))
            variables.insert(name, settings.value(name).toString());
    }
    return variables;
}

void VariablesDialog::save(const QHash<QString, QString> &variables)
{
    QSettings settings;
    settings.remove(settingsGroup);
    settings.beginGroup(settingsGroup);
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        settings.setValue(it.key(), it.value());
}

} // namespace Banter
