# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSOURCE_DIR= -DWORK_DIR= -DGENERATOR= -P checkpluginfolders.cmake
cmake_minimum_required(VERSION 3.24)
set(tree ${WORK_DIR}/source)
set(build ${WORK_DIR}/build)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${tree})
foreach(item CMakeLists.txt cmake core plugins app tests translations examples)
    file(COPY ${SOURCE_DIR}/${item} DESTINATION ${tree})
endforeach()
file(REMOVE_RECURSE ${tree}/plugins/echoserver)
file(COPY ${SOURCE_DIR}/examples/transport-plugin/ DESTINATION ${tree}/plugins/tcp)

execute_process(COMMAND ${CMAKE_COMMAND} -S ${tree} -B ${build} -G ${GENERATOR}
                        -DBANTER_WERROR=ON -DBANTER_BUILD_BENCH=OFF
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "configuring without plugins/echoserver, with plugins/tcp failed:\n${output}")
endif()
if(NOT output MATCHES "tst_mainwindow is disabled: it needs banter_echoserver")
    message(FATAL_ERROR "the tests that need the echo server were not disabled:\n${output}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${build} --target banter_tcp tst_tcpconformance
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "plugins/tcp did not build in the tree:\n${output}")
endif()
execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --test-dir ${build} -R "^tst_tcpconformance$"
                        --output-on-failure
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output MATCHES "100% tests passed")
    message(FATAL_ERROR "plugins/tcp's test failed in the tree:\n${output}")
endif()
