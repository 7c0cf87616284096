// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sparkline.h"

#include <trafficmeter.h>

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Banter {

Sparkline::Sparkline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("sparkline"));
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Messages a second"));
}

QSize Sparkline::sizeHint() const
{
    const int line = fontMetrics().height();
    return QSize(line * 5, line);
}

void Sparkline::setMeter(TrafficMeter *meter)
{
    if (m_meter)
        disconnect(m_meter, nullptr, this, nullptr);
    m_meter = meter;
    if (meter)
        connect(meter, &TrafficMeter::sampled, this, &Sparkline::refresh);
    refresh();
}

QList<qint64> Sparkline::values() const
{
    QList<qint64> values;
    if (!m_meter)
        return values;
    const auto &samples = m_meter->samples();
    const size_t first = samples.size() > size_t(shownSeconds) ? samples.size() - shownSeconds : 0;
    for (size_t i = first; i < samples.size(); ++i)
        values.append(samples[i].messagesIn + samples[i].messagesOut);
    return values;
}

void Sparkline::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void Sparkline::refresh()
{
    setAccessibleName(tr("Messages a second"));
    if (m_meter && !m_meter->samples().empty()) {
        const TrafficMeter::Sample &last = m_meter->samples().back();
        const QLocale locale;
        setToolTip(tr("Messages a second: %1 in, %2 out (View → Traffic)")
                       .arg(locale.toString(last.messagesIn), locale.toString(last.messagesOut)));
    } else {
        setToolTip(QString());
    }
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    const QList<qint64> points = values();
    if (points.size() < 2)
        return;
    const qint64 highest = std::max<qint64>(1, *std::max_element(points.begin(), points.end()));
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
    const qreal step = area.width() / (shownSeconds - 1);
    QPainterPath path;
    const qreal start = area.right() - step * qreal(points.size() - 1);
    for (int i = 0; i < points.size(); ++i) {
        const QPointF point(start + step * i,
                            area.bottom() - area.height() * qreal(points[i]) / qreal(highest));
        i == 0 ? path.moveTo(point) : path.lineTo(point);
    }
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Link), 1.2));
    painter.drawPath(path);
}

void Sparkline::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
}

} // namespace Banter
