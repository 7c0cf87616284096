// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chaosconditions.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>
#include <limits>
#include <optional>
#include <random>

namespace BanterChaos {

namespace {

const auto prefix = QLatin1String("chaos-");

struct Unit
{
    const char *name;
    double factor;
};

// Durations in milliseconds.
constexpr Unit durationUnits[] = {{"ms", 1}, {"s", 1000}, {"min", 60000}};
// Bandwidths in bytes per second; "/s" may follow each.
constexpr Unit bandwidthUnits[] = {
    {"B", 1},          {"KiB", 1024},       {"MiB", 1024 * 1024}, {"GiB", 1024.0 * 1024 * 1024},
    {"kB", 1000},      {"MB", 1000 * 1000}, {"GB", 1e9},          {"kbit", 1000 / 8.0},
    {"Mbit", 1e6 / 8}, {"Gbit", 1e9 / 8},
};
// A number of messages.
constexpr const char *countUnits[] = {"msgs", "msg", "messages"};

// A number and what follows it: "100ms" → 100, "ms". Nothing when text is not of that form.
std::optional<std::pair<double, QString>> split(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))\\s*([^\\s0-9.+-]*)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool isNumber = false;
    const double number = QLocale::c().toDouble(match.captured(1), &isNumber);
    if (!isNumber || !std::isfinite(number))
        return std::nullopt;
    return std::make_pair(number, match.captured(2));
}

template<typename Units> std::optional<double> factorOf(const Units &units, const QString &unit)
{
    for (const Unit &known : units) {
        if (unit == QLatin1String(known.name))
            return known.factor;
    }
    return std::nullopt;
}

bool isCount(const QString &unit)
{
    for (const char *name : countUnits) {
        if (unit == QLatin1String(name))
            return true;
    }
    return false;
}

// "a duration from 0 ms to 60 s (ms, s or min), such as 100ms": what a parameter allows.
QString durationRule(qint64 maxMs, const char *example)
{
    return ChaosConditions::tr("a duration from 0 ms to %1 with a unit ms, s or min, such as %2")
        .arg(ChaosConditions::formatDuration(maxMs), QLatin1String(example));
}

QString refusal(const QString &key, const QString &value, const QString &rule)
{
    return ChaosConditions::tr("network conditions: %1=%2 is not allowed; %1 must be %3")
        .arg(key, value, rule);
}

// The condition a query item sets ("latency" for latency and for chaos-latency), or an empty
// string for an item that is the server's.
QString conditionOf(const QString &name)
{
    const QString key = name.startsWith(prefix) ? name.mid(prefix.size()) : name;
    return ChaosConditions::keys().contains(key) ? key : QString();
}

} // namespace

QStringList ChaosConditions::keys()
{
    return {QStringLiteral("latency"),
            QStringLiteral("jitter"),
            QStringLiteral("bandwidth"),
            QStringLiteral("loss"),
            QStringLiteral("disconnect-after"),
            QStringLiteral("blackhole-after"),
            QStringLiteral("seed")};
}

ChaosConditions ChaosConditions::fromUrl(const QUrl &url, QString *errorString)
{
    ChaosConditions conditions;
    bool hasSeed = false;
    QString problem;
    const auto fail = [&](const QString &text) {
        if (problem.isEmpty())
            problem = text;
    };
    const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        const QString key = conditionOf(name);
        if (key.isEmpty()) {
            if (name.startsWith(prefix)) {
                fail(tr("network conditions: unknown parameter \"%1\"; the parameters are %2")
                         .arg(name, keys().join(QLatin1String(", "))));
            }
            continue; // the server's
        }
        const auto parsed = split(value);
        if (key == QLatin1String("latency") || key == QLatin1String("jitter")) {
            const auto factor = parsed ? factorOf(durationUnits, parsed->second) : std::nullopt;
            const double ms = factor ? parsed->first * *factor : -1;
            if (!factor || ms < 0 || ms > maxDelayMs) {
                fail(refusal(
                    name, value,
                    durationRule(maxDelayMs, key == QLatin1String("latency") ? "100ms" : "20ms")));
                continue;
            }
            (key == QLatin1String("latency") ? conditions.latencyMs : conditions.jitterMs) =
                qint64(std::llround(ms));
        } else if (key == QLatin1String("bandwidth")) {
            QString unit = parsed ? parsed->second : QString();
            if (unit.endsWith(QLatin1String("/s")))
                unit.chop(2);
            const auto factor = parsed ? factorOf(bandwidthUnits, unit) : std::nullopt;
            const double bytes = factor ? parsed->first * *factor : -1;
            if (!factor || bytes < 1 || bytes > double(maxBandwidth)) {
                fail(refusal(name, value,
                             tr("a rate from 1 B/s to 10 GiB/s with a unit B, KiB, MiB, GiB, "
                                "kB, MB, GB, kbit, Mbit or Gbit (per second), such as 64KiB")));
                continue;
            }
            conditions.bandwidth = qint64(std::llround(bytes));
        } else if (key == QLatin1String("loss")) {
            const bool isPercent =
                parsed && (parsed->second.isEmpty() || parsed->second == QLatin1String("%"));
            if (!isPercent || parsed->first < 0 || parsed->first > 100) {
                fail(refusal(name, value, tr("a percentage from 0 to 100, such as 1%")));
                continue;
            }
            conditions.lossPercent = parsed->first;
        } else if (key == QLatin1String("disconnect-after") ||
                   key == QLatin1String("blackhole-after")) {
            Trigger &trigger = key == QLatin1String("disconnect-after") ? conditions.disconnectAfter
                                                                        : conditions.blackholeAfter;
            const auto factor = parsed ? factorOf(durationUnits, parsed->second) : std::nullopt;
            if (parsed && isCount(parsed->second) && parsed->first >= 1 && parsed->first <= 1e12 &&
                parsed->first == std::floor(parsed->first)) {
                trigger.afterMessages = qint64(parsed->first);
            } else if (factor && parsed->first * *factor >= 1 &&
                       parsed->first * *factor <= double(maxTriggerMs)) {
                trigger.afterMs = qint64(std::llround(parsed->first * *factor));
            } else {
                fail(refusal(name, value,
                             tr("a time from 1 ms to 7 days with a unit ms, s or min, such as "
                                "30s, or a number of messages from 1, such as 100msgs")));
            }
        } else if (key == QLatin1String("seed")) {
            bool isNumber = false;
            const quint64 seed = value.trimmed().toULongLong(&isNumber, 10);
            if (!isNumber) {
                fail(refusal(name, value,
                             tr("a whole number from 0 to %1, such as 42")
                                 .arg(std::numeric_limits<quint64>::max())));
                continue;
            }
            conditions.seed = seed;
            hasSeed = true;
        }
    }
    if (problem.isEmpty() && conditions.jitterMs > conditions.latencyMs) {
        fail(tr("network conditions: jitter (%1) cannot exceed latency (%2): a message's delay "
                "is latency plus or minus jitter, and never negative")
                 .arg(formatDuration(conditions.jitterMs), formatDuration(conditions.latencyMs)));
    }
    if (errorString)
        *errorString = problem;
    if (!problem.isEmpty())
        return ChaosConditions();
    if (!hasSeed)
        conditions.seed = (quint64(std::random_device()()) << 32) | std::random_device()();
    return conditions;
}

QUrl ChaosConditions::innerUrl(const QUrl &url)
{
    QUrl inner = url;
    const QString scheme = url.scheme();
    const int plus = scheme.indexOf(QLatin1Char('+'));
    inner.setScheme(plus < 0 ? QString() : scheme.mid(plus + 1));
    QUrlQuery query(url);
    const QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
    for (const auto &item : items) {
        if (!conditionOf(item.first).isEmpty())
            query.removeAllQueryItems(item.first);
    }
    if (query.isEmpty())
        inner.setQuery(QString());
    else
        inner.setQuery(query);
    return inner;
}

QString ChaosConditions::conditionsQuery(const QUrl &url)
{
    QUrlQuery kept;
    const QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyEncoded);
    for (const auto &item : items) {
        if (!conditionOf(item.first).isEmpty())
            kept.addQueryItem(item.first, item.second);
    }
    return kept.query(QUrl::FullyEncoded);
}

QString ChaosConditions::formatDuration(qint64 ms)
{
    if (ms >= 60000 && ms % 60000 == 0)
        return tr("%1 min").arg(ms / 60000);
    if (ms >= 1000 && ms % 1000 == 0)
        return tr("%1 s").arg(ms / 1000);
    return tr("%1 ms").arg(ms);
}

QString ChaosConditions::formatBandwidth(qint64 bytesPerSecond)
{
    const qint64 kib = 1024;
    if (bytesPerSecond >= kib * kib && bytesPerSecond % (kib * kib) == 0)
        return tr("%1 MiB/s").arg(bytesPerSecond / (kib * kib));
    if (bytesPerSecond >= kib && bytesPerSecond % kib == 0)
        return tr("%1 KiB/s").arg(bytesPerSecond / kib);
    return tr("%1 B/s").arg(bytesPerSecond);
}

QString ChaosConditions::formatTrigger(const Trigger &trigger)
{
    if (trigger.afterMessages == 1)
        return tr("1 message");
    return trigger.afterMessages > 0 ? tr("%1 messages").arg(trigger.afterMessages)
                                     : formatDuration(trigger.afterMs);
}

QString ChaosConditions::describe() const
{
    QStringList parts;
    if (latencyMs > 0 && jitterMs > 0) {
        parts.append(
            tr("latency %1 ± %2").arg(formatDuration(latencyMs), formatDuration(jitterMs)));
    } else if (latencyMs > 0) {
        parts.append(tr("latency %1").arg(formatDuration(latencyMs)));
    }
    if (bandwidth > 0)
        parts.append(formatBandwidth(bandwidth));
    if (lossPercent > 0)
        parts.append(tr("loss %1 %").arg(QLocale::c().toString(lossPercent, 'g', 6)));
    if (disconnectAfter.isSet())
        parts.append(tr("disconnect after %1").arg(formatTrigger(disconnectAfter)));
    if (blackholeAfter.isSet())
        parts.append(tr("black hole after %1").arg(formatTrigger(blackholeAfter)));
    if (parts.isEmpty())
        parts.append(tr("none"));
    parts.append(tr("seed %1").arg(seed));
    return tr("network conditions: %1").arg(parts.join(QLatin1String(", ")));
}

} // namespace BanterChaos
