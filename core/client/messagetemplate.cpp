// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetemplate.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace Banter {

namespace {

const QString open = QStringLiteral("{{");
const QString close = QStringLiteral("}}");
// The bounds of {{random A B}}: far from overflowing, near enough for any test data.
constexpr qint64 randomLimit = 1'000'000'000'000'000;

} // namespace

bool MessageTemplate::isBuiltIn(const QString &name)
{
    static const QStringList names = {QStringLiteral("uuid"), QStringLiteral("now"),
                                      QStringLiteral("timestamp"), QStringLiteral("counter"),
                                      QStringLiteral("random")};
    return names.contains(name);
}

bool MessageTemplate::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool MessageTemplate::hasVariables(const QString &text)
{
    return text.contains(open);
}

std::optional<QString> MessageTemplate::expand(const QString &text, Context *context,
                                               QString *error)
{
    QString result;
    result.reserve(text.size());
    bool usesCounter = false;
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype start = text.indexOf(open, from);
        if (start < 0) {
            result += QStringView(text).mid(from);
            break;
        }
        if (start > 0 && text.at(start - 1) == QLatin1Char('\\')) {
            result += QStringView(text).mid(from, start - 1 - from);
            result += open;
            from = start + open.size();
            continue;
        }
        result += QStringView(text).mid(from, start - from);
        const qsizetype end = text.indexOf(close, start + open.size());
        const int position = int(start) + 1; // as people count characters
        if (end < 0) {
            *error =
                tr("{{ at character %1 has no }}: write \\{{ to send {{ as it is").arg(position);
            return std::nullopt;
        }
        const QString inside = text.mid(start + open.size(), end - start - open.size()).trimmed();
        const QStringList words = inside.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString name = words.value(0);
        if (name == QLatin1String("random")) {
            bool lowIsNumber = false;
            bool highIsNumber = false;
            const qint64 low = words.value(1).toLongLong(&lowIsNumber);
            const qint64 high = words.value(2).toLongLong(&highIsNumber);
            if (words.size() != 3 || !lowIsNumber || !highIsNumber || low > high ||
                qAbs(low) > randomLimit || qAbs(high) > randomLimit) {
                *error = tr("{{%1}} at character %2: write {{random A B}} with two whole "
                            "numbers, A not above B, each within ±%3")
                             .arg(inside)
                             .arg(position)
                             .arg(randomLimit);
                return std::nullopt;
            }
            result += QString::number(
                context->random ? context->random(low, high)
                                : low + QRandomGenerator::global()->bounded(high - low + 1));
        } else if (words.size() != 1) {
            *error = tr("{{%1}} at character %2 is no variable").arg(inside).arg(position);
            return std::nullopt;
        } else if (name == QLatin1String("uuid")) {
            result += QUuid::createUuid().toString(QUuid::WithoutBraces);
        } else if (name == QLatin1String("now")) {
            const QDateTime now = context->now ? context->now() : QDateTime::currentDateTimeUtc();
            result += now.toUTC().toString(Qt::ISODateWithMs);
        } else if (name == QLatin1String("timestamp")) {
            const QDateTime now = context->now ? context->now() : QDateTime::currentDateTimeUtc();
            result += QString::number(now.toMSecsSinceEpoch());
        } else if (name == QLatin1String("counter")) {
            result += QString::number(context->counter);
            usesCounter = true;
        } else if (const auto found = context->variables.constFind(name);
                   found != context->variables.constEnd()) {
            result += *found;
        } else {
            *error = tr("unknown variable {{%1}} at character %2 (Connection → Variables… "
                        "names yours)")
                         .arg(inside)
                         .arg(position);
            return std::nullopt;
        }
        from = end + close.size();
    }
    if (usesCounter)
        ++context->counter;
    return result;
}

} // namespace Banter
