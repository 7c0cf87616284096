// SPDX-FileCopyrightText: 2026 The Banter authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/qglobal.h>

#if defined(BANTERCORE_LIBRARY)
#define BANTERCORE_EXPORT Q_DECL_EXPORT
#else
#define BANTERCORE_EXPORT Q_DECL_IMPORT
#endif
