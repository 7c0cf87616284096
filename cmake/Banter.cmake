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

# banter_add_library(<target> ALIAS <name> CATALOG <catalog> SOURCES ...): one of the project's
# own shared libraries on top of the SDK (Banter::Client, Banter::Server): Banter::<name>, its
# export macro switched on by <TARGET>_LIBRARY, its headers for the project only (not installed),
# its catalog; the library itself installed beside the programs' SDK.
function(banter_add_library target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "ALIAS;CATALOG" "SOURCES")
    qt_add_library(${target} SHARED ${arg_SOURCES})
    add_library(Banter::${arg_ALIAS} ALIAS ${target})
    string(TOUPPER ${target} macro_prefix)
    target_include_directories(${target} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_compile_definitions(${target} PRIVATE ${macro_prefix}_LIBRARY)
    target_link_libraries(${target} PUBLIC BanterCore PRIVATE banter_warnings)
    set_target_properties(${target} PROPERTIES
        VERSION ${PROJECT_VERSION}
        SOVERSION ${PROJECT_VERSION_MAJOR})
    banter_add_catalogs(${target} ${arg_CATALOG})
    install(TARGETS ${target} LIBRARY DESTINATION ${BANTER_LIB_DIR} NAMELINK_SKIP)
endfunction()

# banter_add_tool(<name> LIBRARY <library> SOURCES ...): a command-line program (banter-server,
# banter-cli) on <library>, with app/shared, its version and its catalog <name>, installed in bin/.
function(banter_add_tool name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "LIBRARY" "SOURCES")
    qt_add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE ${arg_LIBRARY} banter_warnings)
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/app/shared)
    target_compile_definitions(${name} PRIVATE BANTER_VERSION="${PROJECT_VERSION}")
    banter_add_catalogs(${name} ${name})
    install(TARGETS ${name} RUNTIME DESTINATION ${BANTER_BIN_DIR})
endfunction()

# banter_add_plugin(): the SDK's, the same in this tree as for plugins built against an install.
include(${CMAKE_CURRENT_LIST_DIR}/BanterPluginHelpers.cmake)
