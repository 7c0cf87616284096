# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DLUPDATE=... -DTS=<catalog.ts> -DSOURCE_DIR=<repo> -DFOLDERS=<a;b> -DWORK_DIR=<dir> -P
# Fails when the catalog is not complete for the sources: a tr() string without a translation
# (new or changed source text: "unfinished") or a translation whose source text is gone
# ("vanished"). Runs lupdate on a copy, so the catalog itself is never touched.
get_filename_component(name "${TS}" NAME)
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/${name}")
configure_file("${TS}" "${copy}" COPYONLY)
set(options -locations none -silent)
if(name MATCHES "_en\\.ts$")
    list(APPEND options -pluralonly)
endif()
set(folders)
foreach(folder IN LISTS FOLDERS)
    list(APPEND folders "${SOURCE_DIR}/${folder}")
endforeach()
execute_process(COMMAND "${LUPDATE}" ${options} ${folders} -ts "${copy}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed on ${name}:\n${output}")
endif()
file(READ "${copy}" content)
# One list item per <message>; semicolons in the texts must not split the list.
string(REPLACE ";" "," content "${content}")
string(REPLACE "<message" ";<message" messages "${content}")
set(report "")
set(count 0)
foreach(message IN LISTS messages)
    if(message MATCHES "type=\"(unfinished|vanished|obsolete)\"")
        set(kind "${CMAKE_MATCH_1}")
        string(REGEX MATCH "<source>([^<]*)</source>" _ "${message}")
        string(APPEND report "  ${kind}: ${CMAKE_MATCH_1}\n")
        math(EXPR count "${count} + 1")
    endif()
endforeach()
if(count GREATER 0)
    message(FATAL_ERROR "${name} is not complete (${count} entries): run "
                        "scripts/update-translations and translate them.\n${report}")
endif()
message(STATUS "${name}: complete")
