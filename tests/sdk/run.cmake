# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Included by the SDK test scripts.

# run(<what> <command...>): runs the command, fails the test with its output if it fails; the
# output is in `output` afterwards.
function(run what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output
                    ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${what} failed (${result}):\n${output}")
    endif()
    set(output "${output}" PARENT_SCOPE)
endfunction()
