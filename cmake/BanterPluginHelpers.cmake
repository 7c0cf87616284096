# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later
# banter_add_plugin(), the same for Banter's own plugins and for plugins built outside its tree
# against an installed Banter (find_package(Banter) includes this file).

# banter_add_plugin(<target> TYPE transport|service CLASS_NAME <class> METADATA <file.json>
#                   SOURCES <files...> [TRANSLATIONS <file_LANG.ts...>])
#
# Builds a Banter plugin into ${BANTER_PLUGIN_OUTPUT_DIR} (default: lib/banter/plugins in the
# build folder; point BANTER_PLUGIN_PATH there to run it without installing) and installs it
# into ${BANTER_PLUGIN_INSTALL_DIR} (default: lib/banter/plugins), the folder Banter searches
# beside its programs. The metadata file is checked now, so that a plugin Banter would refuse at
# run time does not build: it needs a string "Id" and a non-empty list "Keys". TRANSLATIONS are
# the plugin's catalogs, named banter_<Id>_<lang>.ts, compiled into the plugin; Banter loads them
# when it loads the plugin.
function(banter_add_plugin target)
    cmake_parse_arguments(arg "" "TYPE;CLASS_NAME;METADATA" "SOURCES;TRANSLATIONS" ${ARGN})
    foreach(required TYPE CLASS_NAME METADATA SOURCES)
        if(NOT arg_${required})
            message(FATAL_ERROR "banter_add_plugin(${target}): ${required} is missing")
        endif()
    endforeach()
    if(NOT arg_TYPE MATCHES "^(transport|service)$")
        message(FATAL_ERROR
            "banter_add_plugin(${target}): TYPE is \"${arg_TYPE}\"; use transport or service")
    endif()
    if(arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR
            "banter_add_plugin(${target}): unknown arguments ${arg_UNPARSED_ARGUMENTS}")
    endif()

    get_filename_component(metadata "${arg_METADATA}" ABSOLUTE)
    file(READ "${metadata}" json)
    string(JSON id ERROR_VARIABLE error GET "${json}" Id)
    if(error OR NOT id MATCHES "^[a-z0-9_]+$")
        message(FATAL_ERROR "${arg_METADATA}: \"Id\" must be a string of a-z, 0-9 and _")
    endif()
    string(JSON key_count ERROR_VARIABLE error LENGTH "${json}" Keys)
    if(error OR NOT key_count GREATER 0)
        message(FATAL_ERROR "${arg_METADATA}: \"Keys\" must be a non-empty list of strings")
    endif()
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${metadata}")

    if(NOT DEFINED BANTER_PLUGIN_OUTPUT_DIR)
        set(BANTER_PLUGIN_OUTPUT_DIR "${CMAKE_BINARY_DIR}/lib/banter/plugins")
    endif()
    if(NOT DEFINED BANTER_PLUGIN_INSTALL_DIR)
        set(BANTER_PLUGIN_INSTALL_DIR lib/banter/plugins)
    endif()

    qt_add_plugin(${target} SHARED CLASS_NAME ${arg_CLASS_NAME})
    # Qt 6.4 ignores sources given to qt_add_plugin.
    target_sources(${target} PRIVATE ${arg_SOURCES} ${arg_METADATA})
    target_link_libraries(${target} PRIVATE Banter::Core)
    set_target_properties(${target} PROPERTIES
        BANTER_PLUGIN_ID ${id}
        BANTER_PLUGIN_TYPE ${arg_TYPE}
        LIBRARY_OUTPUT_DIRECTORY "${BANTER_PLUGIN_OUTPUT_DIR}"
        # lib/banter/plugins/x.so finds lib/libBanterCore.so when installed beside it.
        INSTALL_RPATH "$ORIGIN/../..")
    if(arg_TRANSLATIONS)
        qt_add_translations(${target} TS_FILES ${arg_TRANSLATIONS} RESOURCE_PREFIX /i18n
                            LUPDATE_OPTIONS -no-obsolete -locations none)
        # For tools that check catalogs against the sources (Banter's own i18n tests).
        set_property(GLOBAL APPEND PROPERTY BANTER_PLUGIN_CATALOGS
                     "${CMAKE_CURRENT_SOURCE_DIR}|banter_${id}")
    endif()
    install(TARGETS ${target} LIBRARY DESTINATION ${BANTER_PLUGIN_INSTALL_DIR})
endfunction()
