# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBUILD_DIR= -DEXAMPLE_DIR= -DWORK_DIR= -DGENERATOR= [-DCXX_FLAGS=] -P checksdkexample.cmake
cmake_minimum_required(VERSION 3.24)

include(${CMAKE_CURRENT_LIST_DIR}/run.cmake)

set(prefix ${WORK_DIR}/prefix)
set(build ${WORK_DIR}/build)
file(REMOVE_RECURSE ${WORK_DIR})
run("cmake --install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

# Nothing of Banter's source tree: the installed prefix only.
run("configuring the example" ${CMAKE_COMMAND} -S ${EXAMPLE_DIR} -B ${build} -G ${GENERATOR}
    -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=RelWithDebInfo
    "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${CXX_FLAGS}"
    "-DCMAKE_SHARED_LINKER_FLAGS=${CXX_FLAGS}" "-DCMAKE_MODULE_LINKER_FLAGS=${CXX_FLAGS}")
run("building the example" ${CMAKE_COMMAND} --build ${build})
set(plugin ${build}/lib/banter/plugins/libbanter_tcp.so)
if(NOT EXISTS ${plugin})
    message(FATAL_ERROR "the example did not build its plugin into ${plugin}")
endif()
run("the conformance kit on the example" ${CMAKE_CTEST_COMMAND} --test-dir ${build}
    --output-on-failure)
if(NOT output MATCHES "100% tests passed")
    message(FATAL_ERROR "the example's tests did not all pass:\n${output}")
endif()

# The installed programs find it through BANTER_PLUGIN_PATH and can use it.
set(ENV{BANTER_PLUGIN_PATH} ${build}/lib/banter/plugins)
run("banter-server --list-plugins" ${prefix}/bin/banter-server --list-plugins)
if(NOT output MATCHES "tcp 1\\.0\\.0 [^\n]*transport[^\n]*tcp[^\n]*libbanter_tcp\\.so[^\n]* ok")
    message(FATAL_ERROR "banter-server --list-plugins does not list the example as usable:\n${output}")
endif()
unset(ENV{BANTER_PLUGIN_PATH})

# Without CMake: banter.pc gives what a compiler needs for <banter/itransport.h>.
set(ENV{PKG_CONFIG_PATH} ${prefix}/lib/pkgconfig)
run("pkg-config banter" pkg-config --cflags --libs banter)
string(STRIP "${output}" flags)
separate_arguments(flags UNIX_COMMAND "${flags}")
file(WRITE ${WORK_DIR}/pc.cpp "#include <banter/itransport.h>\n#include <banter/connection.h>\n"
     "int main() { return Banter::Connection::State::Open == Banter::Connection::State::Closed; }\n")
run("compiling with banter.pc" c++ -std=c++17 -fPIC ${WORK_DIR}/pc.cpp -o ${WORK_DIR}/pc ${flags})
