# Installation and the Debian packages (cpack -G DEB in a build folder):
#   releasedesk-cli  the CLI alone: what Gitea Actions runners install (a core-only build makes
#                    only this one, with no GUI library among its dependencies)
#   releasedesk      the desktop application (GUI builds)
# Shared-library dependencies are computed by dpkg-shlibdeps; the tools ReleaseDesk drives are
# declared by hand.
include(GNUInstallDirs)

install(TARGETS releasedesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT cli)
if(RELEASEDESK_GUI)
    install(TARGETS releasedesk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT gui)
    # Desktop integration: the menu entry, AppStream metainfo (software centres), the icon theme.
    set(RELEASEDESK_APP_ID io.github.releasedesk.ReleaseDesk)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${RELEASEDESK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT gui)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/${RELEASEDESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT gui)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/releasedesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${RELEASEDESK_APP_ID}.svg COMPONENT gui)
    foreach(size 16 32 48 64 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/releasedesk.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${RELEASEDESK_APP_ID}.png COMPONENT gui)
    endforeach()
endif()

# Each package's copyright file and changelog (Debian policy; lintian errors without them). The
# changelog is compressed the way dh_installchangelogs does: gzip -9n (no name, no time stamp).
set(RELEASEDESK_DEB_CHANGELOG ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz)
file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/packaging)
execute_process(COMMAND gzip -9nc ${PROJECT_SOURCE_DIR}/packaging/debian/changelog
    OUTPUT_FILE ${RELEASEDESK_DEB_CHANGELOG} RESULT_VARIABLE gzip_result)
if(NOT gzip_result EQUAL 0)
    message(FATAL_ERROR "gzip could not compress packaging/debian/changelog")
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/packaging/debian/changelog)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright ${RELEASEDESK_DEB_CHANGELOG}
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/releasedesk-cli COMPONENT cli)
if(RELEASEDESK_GUI)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright ${RELEASEDESK_DEB_CHANGELOG}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/releasedesk COMPONENT gui)
endif()

set(CPACK_GENERATOR DEB)
# Each component's description carries its own synopsis line (CPack would put the project's in front).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGE_VENDOR "ReleaseDesk")
set(CPACK_PACKAGE_CONTACT "ReleaseDesk maintainers <releasedesk@example.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_CLI_PACKAGE_NAME releasedesk-cli)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_CLI_DESCRIPTION "release manager for Python applications on Gitea (command line)
The headless ReleaseDesk: plans and runs whole releases (builds, installer,
upload, SHA256SUMS, publishing, Docker images, in-app update signing) from a
terminal or a Gitea Actions runner.")
# dpkg-shlibdeps sees only linked libraries; the ones core opens on first use are listed here
# (Debian's rule: libfoo.so.N is in libfooN, libfoo-N when the name ends in a digit;
# OnDemandLibrary::debianPackageFor names the same package in its hint).
set(rd_on_demand_packages)
foreach(soname IN LISTS RD_ON_DEMAND_SONAMES)
    string(REGEX MATCH "^(.+)\\.so\\.([0-9]+)" matched "${soname}")
    set(abi_version "${CMAKE_MATCH_2}")
    string(TOLOWER "${CMAKE_MATCH_1}" library_name)
    string(REPLACE "_" "-" library_name "${library_name}")
    if(library_name MATCHES "[0-9]$")
        list(APPEND rd_on_demand_packages "${library_name}-${abi_version}")
    else()
        list(APPEND rd_on_demand_packages "${library_name}${abi_version}")
    endif()
endforeach()
list(JOIN rd_on_demand_packages ", " rd_on_demand_depends)
set(CPACK_DEBIAN_CLI_PACKAGE_DEPENDS "git, python3, python3-venv, ca-certificates, ${rd_on_demand_depends}")
set(CPACK_DEBIAN_CLI_PACKAGE_RECOMMENDS "nsis, osslsigncode, podman | docker.io")
set(CPACK_DEBIAN_CLI_PACKAGE_SUGGESTS "wine, msitools")
set(CPACK_DEBIAN_GUI_PACKAGE_NAME releasedesk)
set(CPACK_DEBIAN_GUI_DESCRIPTION "release manager for Python applications on Gitea (desktop)
Cut releases of Python applications hosted on Gitea, inspect and repair
releases that failed half-way, and preview the in-app update flow users see.")
set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS "releasedesk-cli (= ${PROJECT_VERSION}), git, python3, python3-venv, ${rd_on_demand_depends}")
set(CPACK_COMPONENTS_ALL cli)
if(RELEASEDESK_GUI)
    list(APPEND CPACK_COMPONENTS_ALL gui)
endif()
include(CPack)
