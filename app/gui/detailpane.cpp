// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "colorscheme.h"
#include "hextext.h"
#include "jsonhighlighter.h"
#include "jsontreemodel.h"
#include "retranslator.h"

#include <jsontext.h>

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Banter {

namespace {

QString kindName(ChatModel::Kind kind)
{
    switch (kind) {
    case ChatModel::Kind::Sent:
        return DetailPane::tr("Sent");
    case ChatModel::Kind::Received:
        return DetailPane::tr("Received");
    case ChatModel::Kind::Status:
        break;
    }
    return DetailPane::tr("Status");
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel)
    , m_jsonProblem(new QLabel)
    , m_pages(new QTabWidget)
    , m_formatted(new QPlainTextEdit)
    , m_tree(new QTreeView)
    , m_body(new QPlainTextEdit)
    , m_highlighter(new JsonHighlighter(m_formatted->document()))
    , m_treeModel(new JsonTreeModel(this))
{
    auto *texts = new Retranslator(this, staticMetaObject.className());
    setObjectName(QStringLiteral("detailPane"));
    m_header->setObjectName(QStringLiteral("detailHeader"));
    texts->setText(m_header, "accessibleName", QT_TR_NOOP("Selected message"));
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    // What a server named (an MQTT topic) is shown as it is, never as rich text.
    m_header->setTextFormat(Qt::PlainText);
    m_body->setObjectName(QStringLiteral("detailText"));
    texts->setText(m_body, "accessibleName", QT_TR_NOOP("Selected message in full"));
    m_body->setReadOnly(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_jsonProblem->setObjectName(QStringLiteral("jsonProblemLabel"));
    m_jsonProblem->setWordWrap(true);
    m_jsonProblem->setTextFormat(Qt::PlainText);
    m_jsonProblem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ColorScheme::markAsWarning(m_jsonProblem);
    m_jsonProblem->hide();

    m_formatted->setObjectName(QStringLiteral("detailFormatted"));
    texts->setText(m_formatted, "accessibleName", QT_TR_NOOP("Selected message as indented JSON"));
    m_formatted->setReadOnly(true);
    m_formatted->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_formatted->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_formatted->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_tree->setObjectName(QStringLiteral("detailTree"));
    texts->setText(m_tree, "accessibleName", QT_TR_NOOP("Selected message as a JSON tree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyValue = new QAction(this);
    copyValue->setObjectName(QStringLiteral("copyJsonValueAction"));
    texts->setText(copyValue, "text", QT_TR_NOOP("Copy Value"));
    copyValue->setShortcut(QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetShortcut);
    connect(copyValue, &QAction::triggered, this, &DetailPane::copyValue);
    auto *copyPath = new QAction(this);
    copyPath->setObjectName(QStringLiteral("copyJsonPathAction"));
    texts->setText(copyPath, "text", QT_TR_NOOP("Copy Path"));
    copyPath->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyPath->setShortcutContext(Qt::WidgetShortcut);
    connect(copyPath, &QAction::triggered, this, &DetailPane::copyPath);
    m_tree->addActions({copyValue, copyPath});
    // Ctrl+Shift+C is also the window's Copy Message: in the tree, the tree's keys win.
    m_tree->installEventFilter(this);

    m_pages->setObjectName(QStringLiteral("detailPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_formatted, QString());
    m_pages->addTab(m_tree, QString());
    m_pages->addTab(m_body, QString());
    texts->setText(m_pages, "accessibleName", QT_TR_NOOP("Selected message shown as"));
    texts->setText(m_pages->tabBar(), "accessibleName", QT_TR_NOOP("Selected message shown as"));
    texts->setText(m_jsonProblem, "accessibleName", QT_TR_NOOP("What is wrong with the JSON"));
    texts->call([this] {
        Retranslator::retranslateTabBar(m_pages->tabBar());
        // The tree's header and type names are asked for when painted.
        Q_EMIT m_treeModel->headerDataChanged(Qt::Horizontal, 0, JsonTreeModel::ColumnCount - 1);
        m_tree->viewport()->update();
        m_pages->setTabText(int(Page::Formatted), tr("JSON"));
        m_pages->setTabText(int(Page::Tree), tr("Tree"));
        m_pages->setTabText(int(Page::Text), tr("Text"));
    });
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int page) {
        if (isJson())
            m_jsonPage = Page(page);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(QMargins());
    layout->addWidget(m_header);
    layout->addWidget(m_jsonProblem);
    layout->addWidget(m_pages, 1);
    clear();
    // Shown again: the header and a long binary message's dump have words in them.
    texts->call([this] {
        if (m_entry) {
            const ChatModel::Entry entry = *m_entry;
            showEntry(entry);
        } else {
            updateHeader();
        }
    });
}

void DetailPane::clear()
{
    m_entry.reset();
    m_body->clear();
    showJson(QString());
    updateHeader();
}

void DetailPane::showEntry(const ChatModel::Entry &entry)
{
    m_entry = entry;
    if (entry.isBinary) {
        m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_body->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_body->setPlainText(HexText::dump(entry.bytes, maxDumpBytes));
    } else {
        m_body->setFont(font());
        m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        m_body->setPlainText(breakLongLines(entry.text.left(maxCharacters), &m_linesBroken));
    }
    showJson(entry.isBinary ? QString() : entry.text);
    updateHeader();
}

void DetailPane::showJson(const QString &text)
{
    m_jsonProblem->clear();
    const bool looksLikeJson = JsonText::looksLikeJson(text);
    const std::optional<JsonText::Problem> problem =
        looksLikeJson ? JsonText::check(text) : std::nullopt;
    if (!looksLikeJson || problem) {
        if (problem)
            m_jsonProblem->setText(tr("Not valid JSON: %1.").arg(JsonText::describe(*problem)));
        m_formatted->clear();
        m_treeModel->setJson(QString());
        setJsonPagesShown(false);
        return;
    }
    const QString formatted = JsonText::indented(text, maxCharacters, &m_formattedCut);
    // Colours first, then the text: highlighting as the text is set costs one pass, not two.
    m_highlighter->setDocument(
        formatted.size() <= maxHighlightedCharacters ? m_formatted->document() : nullptr);
    m_formatted->setPlainText(formatted);
    m_treeModel->setJson(text);
    if (m_treeModel->rowCount() <= 100)
        m_tree->expandToDepth(0);
    m_tree->resizeColumnToContents(JsonTreeModel::KeyColumn);
    setJsonPagesShown(true);
}

void DetailPane::setJsonPagesShown(bool shown)
{
    m_isJson = shown; // first: hiding the current page changes it, which is no choice of the user
    m_pages->setTabVisible(int(Page::Formatted), shown);
    m_pages->setTabVisible(int(Page::Tree), shown);
    m_pages->tabBar()->setVisible(shown);
    m_jsonProblem->setHidden(m_jsonProblem->text().isEmpty());
    const Page page = shown ? m_jsonPage : Page::Text;
    m_pages->setCurrentIndex(int(page));
}

bool DetailPane::eventFilter(QObject *watched, QEvent *event)
{
    const bool isKey =
        event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    if (watched != m_tree || !isKey)
        return QWidget::eventFilter(watched, event);
    const QKeyCombination key = static_cast<QKeyEvent *>(event)->keyCombination();
    const bool isCopyValue = QKeySequence(key) == QKeySequence(QKeySequence::Copy);
    const bool isCopyPath = key == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_C);
    if (!isCopyValue && !isCopyPath)
        return false;
    // Taking the override keeps the window's shortcuts out; the key press then comes here.
    event->accept();
    if (event->type() == QEvent::KeyPress)
        isCopyPath ? copyPath() : copyValue();
    return true;
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setPalette(palette());
    QWidget::changeEvent(event);
}

DetailPane::Page DetailPane::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void DetailPane::setCurrentPage(Page page)
{
    if (isJson() || page == Page::Text)
        m_pages->setCurrentIndex(int(page));
}

void DetailPane::copyValue()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(
            current.data(JsonTreeModel::ValueTextRole).toString());
}

void DetailPane::copyPath()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(current.data(JsonTreeModel::PathRole).toString());
}

void DetailPane::updateHeader()
{
    if (!m_entry) {
        m_header->setText(tr("Select a message to see it here in full."));
        return;
    }
    const ChatModel::Entry &entry = *m_entry;
    const QLocale locale;
    const QString time = QDateTime::fromMSecsSinceEpoch(entry.msecsSinceEpoch)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QString header;
    if (entry.isBinary) {
        header = tr("%1 at %2, binary, %3")
                     .arg(kindName(entry.kind), time, locale.formattedDataSize(entry.bytes.size()));
        if (entry.bytes.size() > maxDumpBytes)
            header += tr(" (the first %1 shown)").arg(locale.formattedDataSize(maxDumpBytes));
    } else {
        // English has no catalog: the source texts are proper English; translators get every
        // plural form of the second text.
        const int size = int(entry.text.size());
        const int lines = int(entry.text.count(QLatin1Char('\n'))) + 1;
        header =
            (size == 1 ? tr("%1 at %2, 1 character") : tr("%1 at %2, %n characters", nullptr, size))
                .arg(kindName(entry.kind), time);
        if (lines > 1)
            header += tr(", %n lines", nullptr, lines);
        if (entry.text.size() > maxCharacters || (isJson() && m_formattedCut))
            header += tr(" (the first %1 shown)").arg(locale.toString(maxCharacters));
        if (isJson())
            header += tr(", JSON");
        if (m_linesBroken)
            header += tr("; lines longer than %Ln character(s) are shown in pieces (Edit → Copy "
                         "Message copies it as it is)",
                         nullptr, maxLineLength);
    }
    if (!entry.attributes.isEmpty())
        header += QLatin1Char('\n') + describeAttributes(entry.attributes);
    m_header->setText(header);
}

QString DetailPane::describeAttributes(const QVariantMap &attributes)
{
    // By the transport's own names ("topic", "qos", "retain"): the terms of its protocol. Names
    // first (a topic, an event), then numbers and flags, each group by name.
    QStringList names;
    QStringList flags;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        const bool isName = it.value().typeId() == QMetaType::QString;
        (isName ? names : flags).append(tr("%1: %2").arg(it.key(), it.value().toString()));
    }
    return (names + flags).join(QStringLiteral(" · "));
}

QString DetailPane::breakLongLines(const QString &text, bool *broken)
{
    *broken = false;
    QString result;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\n')) {
            lineStart = i + 1;
        } else if (i - lineStart == maxLineLength) {
            if (!*broken) {
                result = text.left(i);
                *broken = true;
            }
            result += QLatin1Char('\n');
            lineStart = i;
        }
        if (*broken)
            result += text.at(i);
    }
    return *broken ? result : text;
}

QString DetailPane::headerText() const
{
    return m_header->text();
}

QString DetailPane::bodyText() const
{
    return m_body->toPlainText();
}

QString DetailPane::formattedText() const
{
    return m_formatted->toPlainText();
}

QString DetailPane::jsonProblemText() const
{
    return m_jsonProblem->text();
}

} // namespace Banter
