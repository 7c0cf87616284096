// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <chatsession.h>
#include <messageedit.h>
#include <snippetbook.h>
#include <snippetcontroller.h>
#include <snippetdialog.h>
#include <snippetspanel.h>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTreeWidget>
#include <QtTest>

using namespace Banter;

// The Snippets panel of a window connected to the embedded echo server: making snippets in its
// dialog (and being told what is wrong), sending them with a click, Enter or Ctrl+1 to Ctrl+9,
// text with variables counted together with the message field, bytes in hex, snippets of one
// connection, editing, deleting, and banter.conf.
class tst_SnippetPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void aSnippetMadeInTheDialogIsSentByClickEnterAndShortcut();
    void theDialogSaysWhatIsWrongAndWaits();
    void aBinarySnippetSendsItsBytes();
    void aConnectionShowsItsOwnSnippetsAndThoseForAll();
    void aSnippetThatCannotBeFilledInSaysWhyAndSendsNothing();
    void editAndDeleteChangeTheBookAndTheFile();
    void snippetsComeBackInTheNextWindow();
    void theDialogRefusesANameTheConnectionAlreadySees();

private:
    void connectWindow();
    SnippetsPanel *panel() const { return m_fixture.find<SnippetsPanel>("snippetsPanel"); }
    QTreeWidget *list() const { return m_fixture.find<QTreeWidget>("snippetList"); }
    SnippetBook *book() const { return m_fixture.window()->snippetController()->book(); }
    QStringList names() const;
    // Opens New… or Edit…, fills it in and presses OK; the dialog's problem, empty on success.
    QString fillDialog(const char *button, const QString &name, int kind, const QString &message,
                       int scope = 0);
    void select(int row) const;
    QPushButton *button(const char *name) const { return m_fixture.find<QPushButton>(name); }

    WindowFixture m_fixture;
    QUrl m_url;
};

void tst_SnippetPanel::initTestCase()
{
    WindowFixture::useTestSettings();
}

void tst_SnippetPanel::cleanup()
{
    m_fixture.destroy();
    WindowFixture::clearSettings();
}

void tst_SnippetPanel::connectWindow()
{
    m_fixture.create();
    m_fixture.window()->loadSettings();
    m_url = m_fixture.startAndConnect();
    QTRY_COMPARE(m_fixture.lines().size(), 2); // # socket open, < Welcome to Awesome Chat
    // View → Snippets shows the panel.
    QAction *toggle = m_fixture.find<QAction>("snippetsAction");
    QVERIFY(toggle);
    QCOMPARE(toggle->text(), QStringLiteral("&Snippets"));
    QVERIFY(!m_fixture.find<QDockWidget>("snippetsDock")->isVisible());
    toggle->trigger();
    QTRY_VERIFY(panel()->isVisible());
}

QStringList tst_SnippetPanel::names() const
{
    QStringList result;
    for (int row = 0; row < list()->topLevelItemCount(); ++row)
        result.append(list()->topLevelItem(row)->text(0) + QLatin1Char('|') +
                      list()->topLevelItem(row)->text(2));
    return result;
}

QString tst_SnippetPanel::fillDialog(const char *buttonName, const QString &name, int kind,
                                     const QString &message, int scope)
{
    QTest::mouseClick(button(buttonName), Qt::LeftButton);
    auto *dialog = panel()->findChild<SnippetDialog *>(QStringLiteral("snippetDialog"));
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return QStringLiteral("no dialog");
    dialog->findChild<QLineEdit *>(QStringLiteral("snippetNameEdit"))->setText(name);
    dialog->findChild<QComboBox *>(QStringLiteral("snippetKindCombo"))->setCurrentIndex(kind);
    dialog->findChild<QComboBox *>(QStringLiteral("snippetScopeCombo"))->setCurrentIndex(scope);
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("snippetMessageEdit"))
        ->setPlainText(message);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("snippetProblemLabel"));
    const QString said = problem->isHidden() ? QString() : problem->text();
    if (ok->isEnabled() != said.isEmpty())
        return QStringLiteral("OK is %1 with the problem \"%2\"")
            .arg(ok->isEnabled() ? QStringLiteral("enabled") : QStringLiteral("disabled"), said);
    if (said.isEmpty())
        QTest::mouseClick(ok, Qt::LeftButton);
    else
        dialog->reject();
    // The window is active again, as after a dialog on a desktop, for its shortcuts.
    m_fixture.window()->activateWindow();
    if (!QTest::qWaitForWindowActive(m_fixture.window()))
        return QStringLiteral("the window did not become active again");
    return said;
}

void tst_SnippetPanel::select(int row) const
{
    list()->setCurrentItem(list()->topLevelItem(row));
}

void tst_SnippetPanel::aSnippetMadeInTheDialogIsSentByClickEnterAndShortcut()
{
    connectWindow();
    QVERIFY(!button("sendSnippetButton")->isEnabled()); // nothing selected
    QCOMPARE(fillDialog("newSnippetButton", QStringLiteral("hello"), 0,
                        QStringLiteral("hi #{{counter}}")),
             QString());
    QCOMPARE(names(), QStringList{QStringLiteral("hello|Ctrl+1")});
    // Kept in banter.conf at once.
    QCOMPARE(QSettings().value(QStringLiteral("snippets/1/message")).toString(),
             QStringLiteral("hi #{{counter}}"));

    select(0);
    QVERIFY(button("sendSnippetButton")->isEnabled());
    QTest::mouseClick(button("sendSnippetButton"), Qt::LeftButton);
    QTRY_COMPARE(m_fixture.lines().value(3), QStringLiteral("< hi #1"));
    QCOMPARE(m_fixture.lines().value(2), QStringLiteral("> hi #1"));
    // Enter on the row, then Ctrl+1 from the message field: the counter goes on.
    list()->setFocus();
    QTest::keyClick(list(), Qt::Key_Return);
    QTRY_COMPARE(m_fixture.lines().value(5), QStringLiteral("< hi #2"));
    auto *editor = m_fixture.find<MessageEdit>("messageEdit");
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(m_fixture.lines().value(7), QStringLiteral("< hi #3"));
    // The message field counts on from there, and its preview says so.
    QTest::keyClicks(editor, QStringLiteral("{{counter}}"));
    QCOMPARE(m_fixture.find<QLabel>("messagePreviewLabel")->text(), QStringLiteral("Sends: 4"));
    QTest::keyClick(editor, Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(m_fixture.lines().value(9), QStringLiteral("< hi #4"));
    QCOMPARE(m_fixture.find<QLabel>("messagePreviewLabel")->text(), QStringLiteral("Sends: 5"));
    QCOMPARE(editor->text(), QStringLiteral("{{counter}}")); // what was typed stays
}

void tst_SnippetPanel::theDialogSaysWhatIsWrongAndWaits()
{
    connectWindow();
    QCOMPARE(fillDialog("newSnippetButton", QString(), 0, QStringLiteral("x")),
             QStringLiteral("A snippet needs a name."));
    QCOMPARE(fillDialog("newSnippetButton", QStringLiteral("x"), 0, QString()),
             QStringLiteral("The message is empty."));
    QCOMPARE(fillDialog("newSnippetButton", QStringLiteral("x"), 1, QStringLiteral("ca fe 0")),
             QStringLiteral("The bytes are not hex: a byte needs two hex digits, such as 0f: "
                            "the last one has one."));
    QCOMPARE(book()->size(), 0);
    QVERIFY(!QSettings().contains(QStringLiteral("snippets/size")));
}

void tst_SnippetPanel::aBinarySnippetSendsItsBytes()
{
    connectWindow();
    QCOMPARE(
        fillDialog("newSnippetButton", QStringLiteral("bytes"), 1, QStringLiteral("ca fe\n00")),
        QString());
    QTest::keyClick(m_fixture.window(), Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(m_fixture.lines().value(3), QStringLiteral("< <binary, 3 bytes> ca fe 00"));
    QCOMPARE(m_fixture.lines().value(2), QStringLiteral("> <binary, 3 bytes> ca fe 00"));
}

void tst_SnippetPanel::aConnectionShowsItsOwnSnippetsAndThoseForAll()
{
    connectWindow();
    // "Only <this connection>" is offered for a new snippet while connected.
    QCOMPARE(
        fillDialog("newSnippetButton", QStringLiteral("mine"), 0, QStringLiteral("only here"), 1),
        QString());
    QCOMPARE(book()->at(0).connection, Snippet::connectionKey(m_url));
    QCOMPARE(fillDialog("newSnippetButton", QStringLiteral("all"), 0, QStringLiteral("everywhere")),
             QString());
    QCOMPARE(names(), (QStringList{QStringLiteral("mine|Ctrl+1"), QStringLiteral("all|Ctrl+2")}));
    QVERIFY(list()->topLevelItem(0)->toolTip(0).contains(Snippet::connectionKey(m_url)));

    // Another server: only the snippet for all, now on Ctrl+1; Ctrl+2 has none, and says so.
    QUrl other = m_url;
    other.setPath(QStringLiteral("/elsewhere"));
    m_fixture.window()->connectTo(other);
    QTRY_COMPARE(names(), QStringList{QStringLiteral("all|Ctrl+1")});
    QTRY_COMPARE(m_fixture.window()->session()->state(), Connection::State::Open);
    const int rows = int(m_fixture.lines().size());
    QTest::keyClick(m_fixture.window(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_fixture.window()->statusBar()->currentMessage(),
             QStringLiteral("No snippet on Ctrl+2: View → Snippets keeps messages for sending "
                            "again."));
    QTest::keyClick(m_fixture.window(), Qt::Key_1, Qt::ControlModifier);
    QTRY_COMPARE(m_fixture.lines().value(rows + 1), QStringLiteral("< everywhere"));
    QCOMPARE(m_fixture.lines().size(), rows + 2);

    m_fixture.window()->connectTo(m_url);
    QTRY_COMPARE(names().size(), 2);
}

void tst_SnippetPanel::aSnippetThatCannotBeFilledInSaysWhyAndSendsNothing()
{
    connectWindow();
    Snippet snippet;
    snippet.name = QStringLiteral("broken");
    snippet.body = QStringLiteral("hi {{nobody}}");
    QVERIFY(book()->add(snippet, nullptr));
    QTest::keyClick(m_fixture.window(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_fixture.lines().value(2),
             QStringLiteral("# snippet “broken” not sent: unknown variable {{nobody}} at "
                            "character 4 (Connection → Variables… names yours)"));
    QCOMPARE(m_fixture.lines().size(), 3);
}

void tst_SnippetPanel::editAndDeleteChangeTheBookAndTheFile()
{
    connectWindow();
    QCOMPARE(fillDialog("newSnippetButton", QStringLiteral("a"), 0, QStringLiteral("one")),
             QString());
    QCOMPARE(fillDialog("newSnippetButton", QStringLiteral("b"), 0, QStringLiteral("two")),
             QString());
    QVERIFY(!button("editSnippetButton")->isEnabled());
    select(1);
    QCOMPARE(fillDialog("editSnippetButton", QStringLiteral("b2"), 0, QStringLiteral("changed")),
             QString());
    QCOMPARE(names(), (QStringList{QStringLiteral("a|Ctrl+1"), QStringLiteral("b2|Ctrl+2")}));
    QCOMPARE(QSettings().value(QStringLiteral("snippets/2/message")).toString(),
             QStringLiteral("changed"));
    QVERIFY(list()->currentItem());
    QCOMPARE(list()->currentItem()->text(0), QStringLiteral("b2")); // still selected
    QCOMPARE(panel()->selectedIndex(), 1);

    // Delete asks first; Cancel keeps it, Yes removes it.
    select(0);
    for (const auto answer : {QMessageBox::Cancel, QMessageBox::Yes}) {
        QTest::mouseClick(button("deleteSnippetButton"), Qt::LeftButton);
        auto *question = panel()->findChild<QMessageBox *>(QStringLiteral("deleteSnippetQuestion"));
        QVERIFY(question);
        QCOMPARE(question->text(), QStringLiteral("Delete the snippet “a”?"));
        QTest::mouseClick(question->button(answer), Qt::LeftButton);
        QTRY_VERIFY(!panel()->findChild<QMessageBox *>(QStringLiteral("deleteSnippetQuestion")));
    }
    QCOMPARE(names(), QStringList{QStringLiteral("b2|Ctrl+1")});
    QCOMPARE(QSettings().value(QStringLiteral("snippets/size")).toInt(), 1);
    QCOMPARE(QSettings().value(QStringLiteral("snippets/1/name")).toString(), QStringLiteral("b2"));
}

void tst_SnippetPanel::snippetsComeBackInTheNextWindow()
{
    connectWindow();
    QCOMPARE(fillDialog("newSnippetButton", QStringLiteral("kept"), 1, QStringLiteral("01"), 1),
             QString());
    QCOMPARE(fillDialog("newSnippetButton", QStringLiteral("also"), 0, QStringLiteral("text")),
             QString());
    const QList<Snippet> before = book()->snippets();
    m_fixture.destroy();
    m_fixture.create();
    QCOMPARE(book()->size(), 0);
    m_fixture.window()->loadSettings();
    QCOMPARE(book()->snippets(), before);
}

void tst_SnippetPanel::theDialogRefusesANameTheConnectionAlreadySees()
{
    connectWindow();
    QCOMPARE(fillDialog("newSnippetButton", QStringLiteral("ping"), 0, QStringLiteral("1"), 1),
             QString());
    QCOMPARE(fillDialog("newSnippetButton", QStringLiteral("Ping"), 0, QStringLiteral("2")),
             QStringLiteral("There is already a snippet named “Ping”."));
    QCOMPARE(book()->size(), 1);
}

QTEST_MAIN(tst_SnippetPanel)
#include "tst_snippetpanel.moc"
