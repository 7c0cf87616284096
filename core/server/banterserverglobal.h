// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/qglobal.h>

#if defined(BANTERSERVER_LIBRARY)
#define BANTERSERVER_EXPORT Q_DECL_EXPORT
#else
#define BANTERSERVER_EXPORT Q_DECL_IMPORT
#endif
