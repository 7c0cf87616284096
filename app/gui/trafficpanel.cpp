// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trafficpanel.h"

#include "retranslator.h"

#include <trafficmeter.h>

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace Banter {

namespace {

enum SeriesIndex { MessagesIn, MessagesOut, BytesIn, BytesOut, EchoRoundTrip, PingRoundTrip };

} // namespace

TrafficPanel::TrafficPanel(QWidget *parent)
    : QWidget(parent), m_savePng(new QPushButton), m_saveCsv(new QPushButton)
{
    setObjectName(QStringLiteral("trafficPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    const Chart messages = addChart("messagesChart");
    addSeries(messages, "messagesInSeries");
    addSeries(messages, "messagesOutSeries");
    const Chart bytes = addChart("bytesChart");
    addSeries(bytes, "bytesInSeries");
    addSeries(bytes, "bytesOutSeries");
    const Chart roundTrips = addChart("roundTripChart");
    addSeries(roundTrips, "echoRoundTripSeries");
    addSeries(roundTrips, "pingRoundTripSeries");
    // Side by side under the log, the buttons beside them.
    auto *charts = new QHBoxLayout;
    for (const Chart &chart : std::as_const(m_charts))
        charts->addWidget(chart.view, 1);
    m_savePng->setObjectName(QStringLiteral("saveChartButton"));
    m_saveCsv->setObjectName(QStringLiteral("saveTrafficDataButton"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_savePng);
    buttons->addWidget(m_saveCsv);
    buttons->addStretch(1);
    charts->addLayout(buttons);
    layout->addLayout(charts);
    connect(m_savePng, &QPushButton::clicked, this, [this] { chooseFile(false); });
    connect(m_saveCsv, &QPushButton::clicked, this, [this] { chooseFile(true); });

    auto *texts = new Retranslator(this, staticMetaObject.className());
    texts->setText(m_savePng, "text", QT_TR_NOOP("Save Chart…"));
    texts->setText(m_savePng, "accessibleName", QT_TR_NOOP("Save Chart…"));
    texts->setText(m_savePng, "toolTip", QT_TR_NOOP("Save the charts as a PNG image"));
    texts->setText(m_saveCsv, "text", QT_TR_NOOP("Save Data…"));
    texts->setText(m_saveCsv, "accessibleName", QT_TR_NOOP("Save Data…"));
    texts->setText(m_saveCsv, "toolTip",
                   QT_TR_NOOP("Save the last ten minutes, second by second, as CSV"));
    texts->call([this] { retranslate(); });
    setMeter(nullptr);
}

TrafficPanel::Chart TrafficPanel::addChart(const char *objectName)
{
    Chart chart;
    chart.chart = new QChart;
    chart.chart->setObjectName(QLatin1String(objectName));
    chart.chart->legend()->setAlignment(Qt::AlignTop);
    chart.chart->setMargins(QMargins());
    chart.chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart.chart->setBackgroundRoundness(0);
    // Small labels: three charts share the width of the window.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart.chart->setTitleFont(small);
    chart.chart->legend()->setFont(small);
    chart.x = new QValueAxis;
    chart.x->setRange(-shownSeconds, 0);
    chart.x->setLabelFormat(QStringLiteral("%d"));
    chart.x->setTickCount(4);
    chart.x->setLabelsFont(small);
    chart.x->setTitleFont(small);
    chart.y = new QValueAxis;
    chart.y->setLabelFormat(QStringLiteral("%g"));
    chart.y->setTickCount(3);
    chart.y->setLabelsFont(small);
    chart.chart->addAxis(chart.x, Qt::AlignBottom);
    chart.chart->addAxis(chart.y, Qt::AlignLeft);
    chart.view = new QChartView(chart.chart);
    chart.view->setObjectName(QLatin1String(objectName) + QLatin1String("View"));
    chart.view->setRenderHint(QPainter::Antialiasing);
    chart.view->setMinimumSize(fontMetrics().height() * 16, fontMetrics().height() * 11);
    m_charts.append(chart);
    return chart;
}

QLineSeries *TrafficPanel::addSeries(const Chart &chart, const char *objectName)
{
    auto *series = new QLineSeries;
    series->setObjectName(QLatin1String(objectName));
    chart.chart->addSeries(series);
    series->attachAxis(chart.x);
    series->attachAxis(chart.y);
    m_series.append(series);
    return series;
}

void TrafficPanel::retranslate()
{
    const QString titles[] = {tr("Messages a second"), tr("Bytes a second"), tr("Round trip (ms)")};
    for (int i = 0; i < m_charts.size(); ++i) {
        m_charts[i].chart->setTitle(titles[i]);
        m_charts[i].x->setTitleText(tr("seconds ago"));
        m_charts[i].view->setAccessibleName(titles[i]);
        m_charts[i].view->viewport()->setAccessibleName(titles[i]); // it takes the focus too
    }
    const QString names[] = {tr("in"), tr("out"), tr("in"), tr("out"), tr("echo"), tr("ping")};
    for (int i = 0; i < m_series.size(); ++i)
        m_series[i]->setName(names[i]);
}

void TrafficPanel::setMeter(TrafficMeter *meter)
{
    if (m_meter)
        disconnect(m_meter, nullptr, this, nullptr);
    m_meter = meter;
    if (meter)
        connect(meter, &TrafficMeter::sampled, this, &TrafficPanel::update);
    m_saveCsv->setEnabled(meter != nullptr);
    update();
}

void TrafficPanel::update()
{
    QList<QList<QPointF>> points(m_series.size());
    if (m_meter && !m_meter->samples().empty()) {
        const auto &samples = m_meter->samples();
        const qint64 last = samples.back().second;
        for (const TrafficMeter::Sample &s : samples) {
            const qreal x = qreal(s.second - last);
            if (x < -shownSeconds)
                continue;
            points[MessagesIn].append({x, qreal(s.messagesIn)});
            points[MessagesOut].append({x, qreal(s.messagesOut)});
            points[BytesIn].append({x, qreal(s.bytesIn)});
            points[BytesOut].append({x, qreal(s.bytesOut)});
            if (s.echoMs >= 0)
                points[EchoRoundTrip].append({x, s.echoMs});
            if (s.pingMs >= 0)
                points[PingRoundTrip].append({x, s.pingMs});
        }
    }
    for (int i = 0; i < m_series.size(); ++i)
        m_series[i]->replace(points[i]);
    // Each chart from 0 to a little over its highest point.
    for (int chart = 0; chart < m_charts.size(); ++chart) {
        qreal highest = 0;
        for (const QPointF &point : points[2 * chart] + points[2 * chart + 1])
            highest = std::max(highest, point.y());
        m_charts[chart].y->setRange(0, highest > 0 ? highest * 1.05 : 1);
        m_charts[chart].y->applyNiceNumbers(); // 0, 5, 10 rather than 0, 5.3, 10.5
    }
}

QLineSeries *TrafficPanel::series(const QString &name) const
{
    for (QLineSeries *series : m_series) {
        if (series->objectName() == name)
            return series;
    }
    return nullptr;
}

QImage TrafficPanel::image() const
{
    int height = 0;
    int width = 0;
    for (const Chart &chart : m_charts) {
        width += chart.view->width();
        height = std::max(height, chart.view->height());
    }
    QImage image(QSize(width, height) * devicePixelRatio(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio());
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    int x = 0;
    for (const Chart &chart : m_charts) {
        painter.drawPixmap(x, 0, chart.view->grab());
        x += chart.view->width();
    }
    return image;
}

QString TrafficPanel::savePng(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image().save(&file, "PNG") || !file.commit())
        return tr("The chart was not saved to %1: %2").arg(path, file.errorString());
    return QString();
}

QString TrafficPanel::saveCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!m_meter || !file.open(QIODevice::WriteOnly) || file.write(m_meter->toCsv().toUtf8()) < 0 ||
        !file.commit())
        return tr("The data was not saved to %1: %2").arg(path, file.errorString());
    return QString();
}

void TrafficPanel::chooseFile(bool isCsv)
{
    const QString path = isCsv ? QFileDialog::getSaveFileName(this, tr("Save Data"), QString(),
                                                              tr("CSV files (*.csv)"))
                               : QFileDialog::getSaveFileName(this, tr("Save Chart"), QString(),
                                                              tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString problem = isCsv ? saveCsv(path) : savePng(path);
    if (!problem.isEmpty())
        Q_EMIT saveFailed(problem);
}

} // namespace Banter
