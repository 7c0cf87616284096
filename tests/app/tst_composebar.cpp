// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfixture.h"

#include <composebar.h>
#include <messageedit.h>
#include <variablesdialog.h>

#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Banter;

// Writing messages: Enter, Shift+Enter, Up and Down through the sent ones, hex input, Send File;
// and what is said when something cannot be sent.
class tst_ComposeBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void enterSendsAndShiftEnterStartsANewLine();
    void upAndDownGoThroughTheSentMessages();
    void upAndDownMoveTheCursorInsideAMessageFirst();
    void historyKeepsTheDraftAndSkipsRepeats();
    void fieldGrowsWithItsLinesUpToALimit();
    void tabLeavesTheField();
    void hexModeSendsBytesAsABinaryMessage();
    void hexModeSaysWhatIsNotHexAndKeepsTheText_data();
    void hexModeSaysWhatIsNotHexAndKeepsTheText();
    void sendFileSendsTheFileAsOneBinaryMessage();
    void sendFileSaysWhyItCannot();
    void variablesAreFilledInWhenSent();
    void aVariableThatCannotBeFilledInSendsNothing();

private:
    MessageEdit *editor() const { return m_fixture.find<MessageEdit>("messageEdit"); }
    void connectWindow();

    WindowFixture m_fixture;
    QTemporaryDir m_folder;
};

void tst_ComposeBar::initTestCase()
{
    WindowFixture::useTestSettings();
    QVERIFY(m_folder.isValid());
}

void tst_ComposeBar::cleanup()
{
    m_fixture.destroy();
}

void tst_ComposeBar::connectWindow()
{
    m_fixture.create();
    m_fixture.startAndConnect();
    QTRY_COMPARE(m_fixture.lines().size(), 2); // # socket open, < Welcome to Awesome Chat
}

void tst_ComposeBar::enterSendsAndShiftEnterStartsANewLine()
{
    connectWindow();
    editor()->setFocus();
    QTest::keyClicks(editor(), QStringLiteral("first line"));
    QTest::keyClick(editor(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(editor(), QStringLiteral("second line"));
    QCOMPARE(editor()->text(), QStringLiteral("first line\nsecond line"));
    QCOMPARE(m_fixture.lines().size(), 2); // nothing sent yet
    QTest::keyClick(editor(), Qt::Key_Enter, Qt::KeypadModifier);
    QCOMPARE(editor()->text(), QString());
    QCOMPARE(m_fixture.lines().value(2), QStringLiteral("> first line\nsecond line"));
    QTRY_COMPARE(m_fixture.lines().value(3), QStringLiteral("< first line\nsecond line"));
}

void tst_ComposeBar::upAndDownGoThroughTheSentMessages()
{
    connectWindow();
    for (const char *text : {"one", "two", "three"})
        m_fixture.typeAndSend(QLatin1String(text));
    QTest::keyClicks(editor(), QStringLiteral("draft"));
    QTest::keyClick(editor(), Qt::Key_Up);
    QCOMPARE(editor()->text(), QStringLiteral("three"));
    QTest::keyClick(editor(), Qt::Key_Up);
    QTest::keyClick(editor(), Qt::Key_Up);
    QCOMPARE(editor()->text(), QStringLiteral("one"));
    QTest::keyClick(editor(), Qt::Key_Up); // the oldest: stays
    QCOMPARE(editor()->text(), QStringLiteral("one"));
    QTest::keyClick(editor(), Qt::Key_Down);
    QCOMPARE(editor()->text(), QStringLiteral("two"));
    QTest::keyClick(editor(), Qt::Key_Down);
    QTest::keyClick(editor(), Qt::Key_Down);
    QCOMPARE(editor()->text(), QStringLiteral("draft"));

    // A recalled message is sent again as it is, and comes first next time.
    QTest::keyClick(editor(), Qt::Key_Up);
    QTest::keyClick(editor(), Qt::Key_Up);
    QTest::keyClick(editor(), Qt::Key_Return);
    QCOMPARE(m_fixture.lines().filter(QStringLiteral("> two")).size(), 2);
    QTest::keyClick(editor(), Qt::Key_Up);
    QCOMPARE(editor()->text(), QStringLiteral("two"));
}

void tst_ComposeBar::upAndDownMoveTheCursorInsideAMessageFirst()
{
    MessageEdit edit;
    edit.resize(400, 200);
    edit.show();
    edit.remember(QStringLiteral("older"));
    QTest::keyClicks(&edit, QStringLiteral("top"));
    QTest::keyClick(&edit, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(&edit, QStringLiteral("bottom"));
    QTest::keyClick(&edit, Qt::Key_Up); // to the first line
    QCOMPARE(edit.text(), QStringLiteral("top\nbottom"));
    QCOMPARE(edit.textCursor().blockNumber(), 0);
    QTest::keyClick(&edit, Qt::Key_Up); // on the first line: the history
    QCOMPARE(edit.text(), QStringLiteral("older"));
    QTest::keyClick(&edit, Qt::Key_Down);
    QCOMPARE(edit.text(), QStringLiteral("top\nbottom"));
}

void tst_ComposeBar::historyKeepsTheDraftAndSkipsRepeats()
{
    MessageEdit edit;
    for (int i = 0; i < MessageEdit::maxHistory + 5; ++i)
        edit.remember(QStringLiteral("message %1").arg(i));
    edit.remember(QStringLiteral("message %1").arg(MessageEdit::maxHistory + 4));
    edit.remember(QString());
    QCOMPARE(edit.history().size(), MessageEdit::maxHistory);
    QCOMPARE(edit.history().first(), QStringLiteral("message 5"));
    QCOMPARE(edit.history().last(), QStringLiteral("message %1").arg(MessageEdit::maxHistory + 4));
}

void tst_ComposeBar::fieldGrowsWithItsLinesUpToALimit()
{
    MessageEdit edit;
    const int one = edit.sizeHint().height();
    const int line = edit.fontMetrics().lineSpacing();
    edit.setPlainText(QStringLiteral("1\n2\n3"));
    QCOMPARE(edit.sizeHint().height(), one + 2 * line);
    edit.setPlainText(QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n10"));
    QCOMPARE(edit.sizeHint().height(), one + (MessageEdit::maxVisibleLines - 1) * line);
    // One line fits without a scroll bar.
    edit.setPlainText(QStringLiteral("1"));
    edit.resize(300, edit.sizeHint().height());
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QVERIFY(!edit.verticalScrollBar()->isVisible());
}

void tst_ComposeBar::tabLeavesTheField()
{
    m_fixture.create();
    QApplication::setActiveWindow(m_fixture.window());
    editor()->setFocus();
    QTRY_VERIFY(editor()->hasFocus());
    QTest::keyClick(editor(), Qt::Key_Tab);
    QTRY_VERIFY(!editor()->hasFocus());
    QCOMPARE(editor()->text(), QString());
}

void tst_ComposeBar::hexModeSendsBytesAsABinaryMessage()
{
    connectWindow();
    auto *hexButton = m_fixture.find<QToolButton>("hexModeButton");
    const QString textPlaceholder = editor()->placeholderText();
    QApplication::setActiveWindow(m_fixture.window());
    QTest::keyClick(m_fixture.window(), Qt::Key_X, Qt::AltModifier); // its mnemonic
    QTRY_VERIFY(hexButton->isChecked()); // a mnemonic clicks after a short animation
    QVERIFY(editor()->placeholderText() != textPlaceholder);
    m_fixture.typeAndSend(QStringLiteral("00 01 02 ff fe 0a 0d"));
    QCOMPARE(m_fixture.lines().value(2),
             QStringLiteral("> <binary, 7 bytes> 00 01 02 ff fe 0a 0d"));
    QTRY_COMPARE(m_fixture.lines().value(3),
                 QStringLiteral("< <binary, 7 bytes> 00 01 02 ff fe 0a 0d"));
    QCOMPARE(editor()->text(), QString());

    QTest::mouseClick(hexButton, Qt::LeftButton); // back to text
    QCOMPARE(editor()->placeholderText(), textPlaceholder);
    m_fixture.typeAndSend(QStringLiteral("00 01"));
    QTRY_COMPARE(m_fixture.lines().value(5), QStringLiteral("< 00 01"));
}

void tst_ComposeBar::hexModeSaysWhatIsNotHexAndKeepsTheText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("error");
    QTest::newRow("not a digit") << QStringLiteral("00 zz")
                                 << QStringLiteral(
                                        "Not sent: \"z\" at position 4 is not a hex digit.");
    QTest::newRow("half a byte") << QStringLiteral("00 1")
                                 << QStringLiteral("Not sent: a byte needs two hex digits, such as "
                                                   "0f: the last one has one.");
    QTest::newRow("split byte")
        << QStringLiteral("0 1")
        << QStringLiteral("Not sent: a byte needs two hex digits, such as 0f, at position 1.");
    QTest::newRow("nothing but spaces")
        << QStringLiteral("   ")
        << QStringLiteral("Not sent: no bytes: type pairs of hex digits, such as 00 01 ff.");
}

void tst_ComposeBar::hexModeSaysWhatIsNotHexAndKeepsTheText()
{
    QFETCH(QString, typed);
    QFETCH(QString, error);
    connectWindow();
    auto *bar = m_fixture.find<ComposeBar>("composeBar");
    QVERIFY(bar);
    bar->setMode(ComposeBar::Mode::Hex);
    m_fixture.typeAndSend(typed);
    auto *label = m_fixture.find<QLabel>("composeErrorLabel");
    QCOMPARE(label->text(), error);
    QVERIFY(label->isVisible());
    QCOMPARE(editor()->text(), typed);
    QCOMPARE(m_fixture.lines().size(), 2);        // nothing sent
    QTest::keyClick(editor(), Qt::Key_Backspace); // editing clears the complaint
    QVERIFY(label->isHidden());
}

void tst_ComposeBar::sendFileSendsTheFileAsOneBinaryMessage()
{
    connectWindow();
    const QString path = m_folder.filePath(QStringLiteral("payload.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromHex("cafebabe00"));
    file.close();

    QTest::mouseClick(m_fixture.find<QPushButton>("sendFileButton"), Qt::LeftButton);
    auto *dialog = m_fixture.find<QFileDialog>("sendFileDialog");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept();
    QCOMPARE(m_fixture.lines().value(2), QStringLiteral("> <binary, 5 bytes> ca fe ba be 00"));
    QTRY_COMPARE(m_fixture.lines().value(3), QStringLiteral("< <binary, 5 bytes> ca fe ba be 00"));
}

void tst_ComposeBar::sendFileSaysWhyItCannot()
{
    connectWindow();
    const QString missing = m_folder.filePath(QStringLiteral("missing.bin"));
    QVERIFY(!m_fixture.window()->sendFile(missing));
    QVERIFY2(m_fixture.lines().last().startsWith(QStringLiteral("# cannot send ") + missing +
                                                 QStringLiteral(": ")),
             qPrintable(m_fixture.lines().last()));

    const QString huge = m_folder.filePath(QStringLiteral("huge.bin"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(MainWindow::maxSendFileSize + 1)); // sparse: takes no room
    file.close();
    QVERIFY(!m_fixture.window()->sendFile(huge));
    QCOMPARE(m_fixture.lines().last(),
             QStringLiteral("# cannot send %1: it is larger than 64 MiB, the most Banter sends "
                            "as one message")
                 .arg(huge));
    QVERIFY(m_fixture.lines().filter(QStringLiteral("> ")).isEmpty());
}

void tst_ComposeBar::variablesAreFilledInWhenSent()
{
    connectWindow();
    // Connection → Variables…: Banter's own names are refused, the user's kept in banter.conf.
    m_fixture.window()->findChild<QAction *>(QStringLiteral("variablesAction"))->trigger();
    auto *dialog = m_fixture.find<VariablesDialog>("variablesDialog");
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *lines = dialog->findChild<QPlainTextEdit *>(QStringLiteral("variablesEdit"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("variablesProblemLabel"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    lines->setPlainText(QStringLiteral("user = sam\ncounter = 3"));
    QCOMPARE(problem->text(), QStringLiteral("Line 2: {{counter}} is one of Banter's own."));
    QVERIFY(!ok->isEnabled());
    lines->setPlainText(QStringLiteral("user = sam\n9 = x"));
    QVERIFY2(problem->text().startsWith(QStringLiteral("Line 2: \"9\" is no name")),
             qPrintable(problem->text()));
    lines->setPlainText(QStringLiteral("user = sam\nroom=  lobby one "));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_fixture.find<VariablesDialog>("variablesDialog"));
    QCOMPARE(QSettings().value(QStringLiteral("variables/room")).toString(),
             QStringLiteral("lobby one"));

    // What will be sent shows below the field as it is typed; it is filled in when sent.
    editor()->setFocus();
    QTest::keyClicks(editor(), QStringLiteral("#{{counter}} {{user}} in {{ room }}"));
    auto *preview = m_fixture.find<QLabel>("messagePreviewLabel");
    QVERIFY(preview->isVisibleTo(m_fixture.window()));
    QCOMPARE(preview->text(), QStringLiteral("Sends: #1 sam in lobby one"));
    QTest::keyClick(editor(), Qt::Key_Return);
    QTRY_COMPARE(m_fixture.lines().value(3), QStringLiteral("< #1 sam in lobby one"));
    QCOMPARE(m_fixture.lines().value(2), QStringLiteral("> #1 sam in lobby one"));
    QVERIFY(!preview->isVisibleTo(m_fixture.window()));
    // Up brings back what was typed, not what was sent; the counter has moved on.
    QTest::keyClick(editor(), Qt::Key_Up);
    QCOMPARE(editor()->text(), QStringLiteral("#{{counter}} {{user}} in {{ room }}"));
    QTest::keyClick(editor(), Qt::Key_Return);
    QTRY_COMPARE(m_fixture.lines().value(5), QStringLiteral("< #2 sam in lobby one"));

    m_fixture.typeAndSend(QStringLiteral("\\{{user}} {{timestamp}}"));
    QTRY_VERIFY(m_fixture.lines().size() >= 8);
    QVERIFY2(QRegularExpression(QStringLiteral("^< \\{\\{user\\}\\} \\d{13}$"))
                 .match(m_fixture.lines().value(7))
                 .hasMatch(),
             qPrintable(m_fixture.lines().value(7)));
}

void tst_ComposeBar::aVariableThatCannotBeFilledInSendsNothing()
{
    connectWindow();
    editor()->setFocus();
    QTest::keyClicks(editor(), QStringLiteral("hello {{nobody}}"));
    const QString reason = QStringLiteral("unknown variable {{nobody}} at character 7 "
                                          "(Connection → Variables… names yours)");
    QCOMPARE(m_fixture.find<QLabel>("messagePreviewLabel")->text(),
             QStringLiteral("Cannot be sent: ") + reason);
    QTest::keyClick(editor(), Qt::Key_Return);
    QCOMPARE(m_fixture.window()->findChild<ComposeBar *>()->errorText(),
             QStringLiteral("Not sent: ") + reason + QLatin1Char('.'));
    // Nothing went out, and nothing typed is lost.
    QCOMPARE(editor()->text(), QStringLiteral("hello {{nobody}}"));
    QCOMPARE(m_fixture.lines().size(), 2); // a sent message is a row at once
}

QTEST_MAIN(tst_ComposeBar)
#include "tst_composebar.moc"
