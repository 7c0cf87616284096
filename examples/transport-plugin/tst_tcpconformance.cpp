// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every case of the SDK's transport conformance kit against tcp://: text only, no close codes.
#include <banter/transportconformancetest.h>

#include <QUrl>

int main(int argc, char **argv)
{
    return Banter::TransportConformanceTest::run(argc, argv, QStringLiteral("tcp"),
                                                 QUrl(QStringLiteral("tcp://127.0.0.1:0")), {});
}
