# What `cmake --install` puts where, and the files made for it in the build tree (desktop/):
#
#   bin/ldn-tracker, bin/ldn-tracker-cli
#   share/applications/ID.desktop                    the menu entry (resources/desktop)
#   share/icons/hicolor/scalable/apps/ID.svg         the icon (resources/icons), and PNGs of it at
#   share/icons/hicolor/SIZExSIZE/apps/ID.png        each size, rendered by svg-icon-renderer
#   share/metainfo/ID.metainfo.xml                   AppStream, with LDN_WEBSITE_URL filled in
#   share/man/man1/ldn-tracker.1, ldn-tracker-cli.1  from the programs' --help (command-line-docs)
#   share/bash-completion/completions/ldn-tracker-cli   likewise
#   share/doc/ldn-tracker/copyright, changelog.gz    for the Debian package (from the releases in
#                                                    the metainfo)
#
# ID is LDN_APP_ID. The files are made by the default build, so tests can check them.

set(ldn_generated ${CMAKE_BINARY_DIR}/desktop)
set(ldn_desktop_sources ${PROJECT_SOURCE_DIR}/resources/desktop)
set(ldn_metainfo_template ${ldn_desktop_sources}/${LDN_APP_ID}.metainfo.xml.in)
set(ldn_icon ${PROJECT_SOURCE_DIR}/resources/icons/${LDN_APP_ID}.svg)
# The sizes of the hicolor theme that menus, docks and window lists ask for.
set(LDN_ICON_SIZES 16 22 24 32 48 64 128 256)

option(LDN_COMPRESS_MAN_PAGES "Install the man pages gzipped, as Debian packages have them" OFF)
# The project's public https address, serving the repository's files (a GitHub Pages site, say):
# the homepage in the AppStream metainfo and in the package, and the metainfo's screenshots are
# docs/screenshot-*.png under it. Without it the metainfo has neither.
set(LDN_WEBSITE_URL "" CACHE STRING
    "The project's https address (homepage; the AppStream screenshots are URL/docs/screenshot-*.png)")
if(LDN_WEBSITE_URL AND NOT LDN_WEBSITE_URL MATCHES "^https://[^ <>\"&]+[^/]$")
    message(FATAL_ERROR "LDN_WEBSITE_URL must be an https:// address without a trailing slash, "
        "not \"${LDN_WEBSITE_URL}\"")
endif()
set(LDN_PACKAGE_MAINTAINER "The LDN Tracker developers <ldn-tracker@example.org>" CACHE STRING
    "Who the Debian package and its changelog name as maintainer (Name <address>)")

# The release this build is: the newest <release> of the metainfo must be the project's version,
# so a version bump without release notes fails here rather than in a software centre. Its date
# dates the man pages and the changelog, which keeps a rebuild byte-for-byte the same.
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${ldn_metainfo_template})
file(READ ${ldn_metainfo_template} ldn_metainfo_text)
if(NOT ldn_metainfo_text MATCHES "<release version=\"([^\"]+)\" date=\"([0-9-]+)\"")
    message(FATAL_ERROR "${ldn_metainfo_template} has no <release version=\"...\" date=\"...\">")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "The newest release in ${ldn_metainfo_template} is ${CMAKE_MATCH_1}, but the "
        "project's version is ${PROJECT_VERSION}: add a <release> for ${PROJECT_VERSION} at the top.")
endif()
set(LDN_RELEASE_DATE ${CMAKE_MATCH_2})

find_program(LDN_GZIP gzip REQUIRED)
# gzip -n leaves out the name and time of the file, so the package is reproducible (and lintian
# asks for it).
function(ldn_gzip source)
    add_custom_command(OUTPUT ${source}.gz
        COMMAND ${LDN_GZIP} -9 -n -k -f ${source}
        DEPENDS ${source}
        VERBATIM)
endfunction()

# --- The programs.
install(TARGETS ldn-tracker-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(LDN_BUILD_GUI)
    install(TARGETS ldn-tracker RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# Build tools, run while building; never installed.
set(ldn_tools ${PROJECT_SOURCE_DIR}/cmake/tools)
add_executable(command-line-docs
    ${ldn_tools}/BashCompletionWriter.cpp
    ${ldn_tools}/CommandLineDocs.cpp
    ${ldn_tools}/HelpText.cpp
    ${ldn_tools}/ManPageWriter.cpp)
target_link_libraries(command-line-docs PRIVATE Qt6::Core ldn::options)
set_target_properties(command-line-docs PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tools)
# Under the sanitizer preset the tools and the programs they ask for --help are built with
# LeakSanitizer, whose report at exit would fail the build; leaks of a build step do not matter.
set(ldn_run_tool ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0)

set(ldn_generated_files)

# --- Man pages and bash completion, from --help.
set(ldn_man_pages ldn-tracker-cli)
if(LDN_BUILD_GUI)
    list(APPEND ldn_man_pages ldn-tracker)
endif()
foreach(program IN LISTS ldn_man_pages)
    set(page ${ldn_generated}/man/${program}.1)
    set(options --version ${PROJECT_VERSION} --date ${LDN_RELEASE_DATE})
    if(program STREQUAL "ldn-tracker-cli")
        list(APPEND options --commands)
        if(LDN_BUILD_GUI)
            list(APPEND options --see-also ldn-tracker)
        endif()
    else()
        list(APPEND options --see-also ldn-tracker-cli)
    endif()
    add_custom_command(OUTPUT ${page}
        COMMAND ${ldn_run_tool} $<TARGET_FILE:command-line-docs> man $<TARGET_FILE:${program}> ${options}
            --out ${page}
        DEPENDS command-line-docs ${program}
        COMMENT "Writing the man page ${program}.1 from ${program} --help"
        VERBATIM)
    ldn_gzip(${page})
    list(APPEND ldn_generated_files ${page} ${page}.gz)
    if(LDN_COMPRESS_MAN_PAGES)
        install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    else()
        install(FILES ${page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    endif()
endforeach()

set(ldn_completion ${ldn_generated}/bash-completion/ldn-tracker-cli)
add_custom_command(OUTPUT ${ldn_completion}
    COMMAND ${ldn_run_tool} $<TARGET_FILE:command-line-docs> bash-completion $<TARGET_FILE:ldn-tracker-cli>
        --out ${ldn_completion}
    DEPENDS command-line-docs ldn-tracker-cli
    COMMENT "Writing the bash completion of ldn-tracker-cli from its --help"
    VERBATIM)
list(APPEND ldn_generated_files ${ldn_completion})
install(FILES ${ldn_completion} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

# --- Copyright and changelog, where Debian wants them (and where they do no harm elsewhere).
set(ldn_changelog ${ldn_generated}/doc/changelog)
add_custom_command(OUTPUT ${ldn_changelog}
    COMMAND ${CMAKE_COMMAND} -DMETAINFO=${ldn_metainfo_template} -DOUTPUT=${ldn_changelog}
        -DPACKAGE=ldn-tracker "-DMAINTAINER=${LDN_PACKAGE_MAINTAINER}"
        -P ${PROJECT_SOURCE_DIR}/cmake/WriteDebianChangelog.cmake
    DEPENDS ${ldn_metainfo_template} ${PROJECT_SOURCE_DIR}/cmake/WriteDebianChangelog.cmake
    COMMENT "Writing the changelog from the releases in the metainfo"
    VERBATIM)
ldn_gzip(${ldn_changelog})
list(APPEND ldn_generated_files ${ldn_changelog}.gz)
install(FILES ${PROJECT_SOURCE_DIR}/resources/debian/copyright ${ldn_changelog}.gz
    DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/ldn-tracker)

# --- The desktop application: menu entry, icons, AppStream.
if(LDN_BUILD_GUI)
    add_executable(svg-icon-renderer ${ldn_tools}/SvgIconRenderer.cpp)
    target_link_libraries(svg-icon-renderer PRIVATE Qt6::Gui Qt6::Svg ldn::options)
    set_target_properties(svg-icon-renderer PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tools)

    set(ldn_icon_pngs)
    foreach(size IN LISTS LDN_ICON_SIZES)
        list(APPEND ldn_icon_pngs ${ldn_generated}/icons/${size}x${size}/apps/${LDN_APP_ID}.png)
        install(FILES ${ldn_generated}/icons/${size}x${size}/apps/${LDN_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_command(OUTPUT ${ldn_icon_pngs}
        COMMAND ${ldn_run_tool} $<TARGET_FILE:svg-icon-renderer> ${ldn_icon} ${ldn_generated}/icons
            ${LDN_ICON_SIZES}
        DEPENDS svg-icon-renderer ${ldn_icon}
        COMMENT "Rendering the application icon at ${LDN_ICON_SIZES} px"
        VERBATIM)
    list(APPEND ldn_generated_files ${ldn_icon_pngs})
    install(FILES ${ldn_icon} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

    install(FILES ${ldn_desktop_sources}/${LDN_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)

    set(ldn_metainfo ${ldn_generated}/metainfo/${LDN_APP_ID}.metainfo.xml)
    add_custom_command(OUTPUT ${ldn_metainfo}
        COMMAND ${CMAKE_COMMAND} -DTEMPLATE=${ldn_metainfo_template} -DOUTPUT=${ldn_metainfo}
            -DAPP_ID=${LDN_APP_ID} -DWEBSITE=${LDN_WEBSITE_URL}
            -P ${PROJECT_SOURCE_DIR}/cmake/WriteMetainfo.cmake
        DEPENDS ${ldn_metainfo_template} ${PROJECT_SOURCE_DIR}/cmake/WriteMetainfo.cmake
        COMMENT "Writing the AppStream metainfo"
        VERBATIM)
    list(APPEND ldn_generated_files ${ldn_metainfo})
    install(FILES ${ldn_metainfo} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()

add_custom_target(desktop_files ALL DEPENDS ${ldn_generated_files})
