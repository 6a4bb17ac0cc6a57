# The Debian package, made by CPack's DEB generator from the install rules (cmake/Installation.cmake).
# scripts/package configures a build for it and runs cpack; see the README, "Installing the package".

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ldn-tracker)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The LDN Tracker developers")
set(CPACK_PACKAGE_CONTACT "${LDN_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # ldn-tracker_VERSION_ARCH.deb
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "private diary for low-dose naltrexone (LDN)")
# Written for the people who will install it. CPack indents the lines and turns the empty ones into
# the " ." that the control file needs.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
"LDN Tracker is a diary for people who take low-dose naltrexone and for
those who care for them. Log each day's dose, symptom scores and side
effects in seconds, follow a titration plan, and see your symptoms against
each change of dose, with averages at every dose and how uncertain they
still are.

It shows what published studies say about LDN for your condition, trials
that found no benefit as plainly as those that did, with personal reports
kept apart, and makes a short PDF summary for your doctor. Several people
can keep their diaries in one file, and carers can add notes.

Everything stays on this computer, in a file only you can read; the
programs make no network connections. It includes the desktop application
and ldn-tracker-cli, a command-line tool for the same diary.")

# Debian has no section for health. Its archive puts medical record software such as
# gnumed-client in "misc"; "science" holds research and analysis tools, "utils" system utilities.
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

# dpkg-shlibdeps reads the libraries the programs link and writes the Depends line: Qt (with
# libqt6gui6, which holds the X11 and offscreen platform plugins, and libqt6svg6, which holds the
# SVG icon engine that draws the window icon), SQLite, the C and C++ runtimes. It cannot see what
# fontconfig will find, so the font is named: the GP report and the window are laid out for DejaVu
# Sans (src/report/ReportText.cpp), and fontconfig alone would settle for any font. Wayland needs
# Qt's Wayland platform plugin, recommended: without it the app runs through XWayland. Qt's own
# German strings (dialog buttons) come from qt6-translations-l10n, recommended too.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
# The Homepage field, from LDN_WEBSITE_URL alone (none without it).
set(CPACK_PACKAGE_HOMEPAGE_URL "${LDN_WEBSITE_URL}")

# No maintainer scripts: the icon cache, the desktop database and man-db are updated by dpkg
# triggers of the packages that own them.
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Only what `cmake --install` installs by default; the test suites are never packaged.
set(CPACK_INSTALL_CMAKE_PROJECTS "${CMAKE_BINARY_DIR};${PROJECT_NAME};ALL;/")
set(CPACK_OUTPUT_FILE_PREFIX "${CMAKE_BINARY_DIR}/package")

include(CPack)
