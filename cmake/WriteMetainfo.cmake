# cmake -DTEMPLATE=FILE.metainfo.xml.in -DOUTPUT=FILE -DAPP_ID=ID [-DWEBSITE=https://...]
#       -P WriteMetainfo.cmake
#
# Fills in the AppStream metainfo: the id, and from WEBSITE the homepage and the screenshots, which
# are the README's pictures (docs/screenshot-*.png) as WEBSITE serves them. Without WEBSITE both
# are left out: AppStream wants web addresses there, not paths, and validates without them.
cmake_minimum_required(VERSION 3.25)

foreach(variable TEMPLATE OUTPUT APP_ID)
    if(NOT DEFINED ${variable} OR "${${variable}}" STREQUAL "")
        message(FATAL_ERROR "WriteMetainfo.cmake: -D${variable}=... is required")
    endif()
endforeach()

# The file and its caption, in the order a software centre shows them; the first is the default.
set(screenshots
    "screenshot-today.png|Logging a day: the dose, symptom scores, side effects and events on one form"
    "screenshot-chart.png|Symptom scores against the dose, with the average at each dose"
    "screenshot-plan.png|The titration plan and the other medicines"
    "screenshot-evidence.png|What published studies say about LDN for a condition"
    "screenshot-report.png|The summary for the doctor, as it will be printed")

set(LDN_APP_ID ${APP_ID})
set(LDN_METAINFO_WEBSITE "")
if(NOT "${WEBSITE}" STREQUAL "")
    if(NOT WEBSITE MATCHES "^https://[^ <>\"&]+[^/]$")
        message(FATAL_ERROR "LDN_WEBSITE_URL must be an https:// address without a trailing slash, "
            "not \"${WEBSITE}\"")
    endif()
    string(APPEND LDN_METAINFO_WEBSITE "  <url type=\"homepage\">${WEBSITE}</url>\n  <screenshots>\n")
    set(type " type=\"default\"")
    foreach(screenshot IN LISTS screenshots)
        string(REPLACE "|" ";" parts "${screenshot}")
        list(GET parts 0 file)
        list(GET parts 1 caption)
        string(APPEND LDN_METAINFO_WEBSITE
            "    <screenshot${type}>\n"
            "      <caption>${caption}</caption>\n"
            "      <image>${WEBSITE}/docs/${file}</image>\n"
            "    </screenshot>\n")
        set(type "")
    endforeach()
    string(APPEND LDN_METAINFO_WEBSITE "  </screenshots>")
endif()

configure_file(${TEMPLATE} ${OUTPUT} @ONLY)
