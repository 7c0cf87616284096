# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSOURCE_DIR= -DWORK_DIR= -DGENERATOR= -P checkpluginfolders.cmake
cmake_minimum_required(VERSION 3.24)
include(${CMAKE_CURRENT_LIST_DIR}/run.cmake)
set(tree ${WORK_DIR}/source)
set(build ${WORK_DIR}/build)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${tree})
foreach(item CMakeLists.txt cmake core plugins app tests translations examples)
    file(COPY ${SOURCE_DIR}/${item} DESTINATION ${tree})
endforeach()
file(REMOVE_RECURSE ${tree}/plugins/echoserver)
file(COPY ${SOURCE_DIR}/examples/transport-plugin/ DESTINATION ${tree}/plugins/tcp)

run("configuring without plugins/echoserver, with plugins/tcp" ${CMAKE_COMMAND} -S ${tree}
    -B ${build} -G ${GENERATOR} -DBANTER_WERROR=ON -DBANTER_BUILD_BENCH=OFF)
if(NOT output MATCHES "tst_mainwindow is disabled: it needs banter_echoserver")
    message(FATAL_ERROR "the tests that need the echo server were not disabled:\n${output}")
endif()
run("building plugins/tcp in the tree" ${CMAKE_COMMAND} --build ${build}
    --target banter_tcp tst_tcpconformance)
run("plugins/tcp's test in the tree" ${CMAKE_CTEST_COMMAND} --test-dir ${build}
    -R "^tst_tcpconformance$" --output-on-failure)
if(NOT output MATCHES "100% tests passed")
    message(FATAL_ERROR "plugins/tcp's test did not run in the tree:\n${output}")
endif()
