# SPDX-FileCopyrightText: 2026 The Banter authors
# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DBUILD_DIR=<build> -DPREFIX=<folder> -P checkinstall.cmake
# Installs the build into an empty folder and checks what desktops need: the program, its desktop
# entry, and its icon in every size the entry's Icon= name is looked up in.
cmake_minimum_required(VERSION 3.24)
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install ${BUILD_DIR} failed: ${result}")
endif()

set(desktop ${PREFIX}/share/applications/banter.desktop)
foreach(path bin/banter share/applications/banter.desktop
        share/icons/hicolor/scalable/apps/banter.svg)
    if(NOT EXISTS ${PREFIX}/${path})
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()

file(STRINGS ${desktop} entry ENCODING UTF-8)
list(FILTER entry EXCLUDE REGEX "^#")
list(GET entry 0 group)
if(NOT group STREQUAL "[Desktop Entry]")
    message(FATAL_ERROR "${desktop} does not start with [Desktop Entry]")
endif()
foreach(line "Type=Application" "Name=Banter" "Exec=banter %u" "Icon=banter" "Terminal=false")
    if(NOT line IN_LIST entry)
        message(FATAL_ERROR "${desktop} lacks the line ${line}")
    endif()
endforeach()

# The menu entry speaks every language Banter ships (LANGUAGES: "de;fr;es;ja;ar").
foreach(language IN LISTS LANGUAGES)
    foreach(key GenericName Comment Keywords)
        set(found ${entry})
        list(FILTER found INCLUDE REGEX "^${key}\\[${language}\\]=.+")
        if(NOT found)
            message(FATAL_ERROR "${desktop} has no ${key}[${language}]")
        endif()
    endforeach()
endforeach()

# Each PNG is as large as the folder it is in says (the width and height of its IHDR chunk).
foreach(size 16 22 24 32 48 64 128 256)
    set(png ${PREFIX}/share/icons/hicolor/${size}x${size}/apps/banter.png)
    if(NOT EXISTS ${png})
        message(FATAL_ERROR "not installed: ${png}")
    endif()
    file(READ ${png} header LIMIT 24 HEX)
    string(SUBSTRING ${header} 0 16 signature)
    string(SUBSTRING ${header} 32 16 dimensions)
    math(EXPR expected "${size}" OUTPUT_FORMAT HEXADECIMAL)
    string(REPLACE "0x" "" expected ${expected})
    string(LENGTH ${expected} digits)
    math(EXPR padding "8 - ${digits}")
    string(REPEAT "0" ${padding} zeros)
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR
       NOT dimensions STREQUAL "${zeros}${expected}${zeros}${expected}")
        message(FATAL_ERROR "${png} is not a ${size}x${size} PNG (${signature} ${dimensions})")
    endif()
endforeach()

file(READ ${PREFIX}/share/icons/hicolor/scalable/apps/banter.svg svg LIMIT 400)
if(NOT svg MATCHES "<svg ")
    message(FATAL_ERROR "banter.svg is no SVG")
endif()
message(STATUS "installed into ${PREFIX}: banter, its desktop entry and icons")
