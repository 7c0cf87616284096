// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/qglobal.h>

#if defined(BANTERCLIENT_LIBRARY)
#define BANTERCLIENT_EXPORT Q_DECL_EXPORT
#else
#define BANTERCLIENT_EXPORT Q_DECL_IMPORT
#endif
