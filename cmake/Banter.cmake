# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later

# The languages Banter ships; English is the source language.
set(BANTER_LANGUAGES de fr es ja ar)

# banter_add_catalogs(<target> <catalog>): translations/<catalog>_<lang>.ts for every language,
# compiled into the target's resources under :/i18n/<catalog>_<lang>.qm. A catalog with plural
# forms (%n) also has <catalog>_en.ts, made with "lupdate -pluralonly", for English plurals.
function(banter_add_catalogs target catalog)
    set(ts_files)
    foreach(lang IN LISTS BANTER_LANGUAGES)
        list(APPEND ts_files ${PROJECT_SOURCE_DIR}/translations/${catalog}_${lang}.ts)
    endforeach()
    if(EXISTS ${PROJECT_SOURCE_DIR}/translations/${catalog}_en.ts)
        list(APPEND ts_files ${PROJECT_SOURCE_DIR}/translations/${catalog}_en.ts)
    endif()
    qt_add_translations(${target} TS_FILES ${ts_files} RESOURCE_PREFIX /i18n
                        LUPDATE_OPTIONS -no-obsolete -locations none)
endfunction()

# banter_add_plugin(): the SDK's, the same in this tree as for plugins built against an install.
include(${CMAKE_CURRENT_LIST_DIR}/BanterPluginHelpers.cmake)
