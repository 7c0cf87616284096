// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmation.h"

#include <QMessageBox>

namespace Banter {

void confirmDeletion(QWidget *parent, const char *objectName, const QString &title,
                     const QString &question, std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question,
                                QMessageBox::Yes | QMessageBox::Cancel, parent);
    box->setObjectName(QLatin1String(objectName));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::accepted, box, std::move(onYes));
    box->open();
}

} // namespace Banter
