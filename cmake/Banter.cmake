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

# banter_add_plugin(<target> CLASS_NAME <class> SOURCES <files...>): a Banter plugin built into
# the folder the application searches (lib/banter/plugins), in the build tree and when installed.
function(banter_add_plugin target)
    cmake_parse_arguments(arg "" "CLASS_NAME" "SOURCES" ${ARGN})
    qt_add_plugin(${target} SHARED CLASS_NAME ${arg_CLASS_NAME})
    # Qt 6.4 ignores sources given to qt_add_plugin.
    target_sources(${target} PRIVATE ${arg_SOURCES})
    target_link_libraries(${target} PRIVATE BanterCore banter_warnings)
    set_target_properties(${target} PROPERTIES
        LIBRARY_OUTPUT_DIRECTORY ${BANTER_PLUGIN_OUTPUT_DIR}
        INSTALL_RPATH "$ORIGIN/../..")
    install(TARGETS ${target} LIBRARY DESTINATION ${BANTER_PLUGIN_DIR})
endfunction()
