# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The installed SDK: lib/cmake/Banter (find_package(Banter 1.0)) and lib/pkgconfig/banter.pc.
include(CMakePackageConfigHelpers)

install(EXPORT BanterTargets NAMESPACE Banter:: DESTINATION ${BANTER_CMAKE_DIR})
configure_package_config_file(cmake/BanterConfig.cmake.in
    ${CMAKE_CURRENT_BINARY_DIR}/BanterConfig.cmake
    INSTALL_DESTINATION ${BANTER_CMAKE_DIR}
    PATH_VARS BANTER_PLUGIN_DIR)
# A plugin built for 1.x loads in any 1.y (docs/PLUGINS.md, compatibility).
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/BanterConfigVersion.cmake
    COMPATIBILITY SameMajorVersion)
install(FILES
    ${CMAKE_CURRENT_BINARY_DIR}/BanterConfig.cmake
    ${CMAKE_CURRENT_BINARY_DIR}/BanterConfigVersion.cmake
    cmake/BanterPluginHelpers.cmake
    DESTINATION ${BANTER_CMAKE_DIR})

configure_file(cmake/banter.pc.in ${CMAKE_CURRENT_BINARY_DIR}/banter.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/banter.pc DESTINATION ${BANTER_LIB_DIR}/pkgconfig)
