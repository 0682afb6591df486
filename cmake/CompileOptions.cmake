# One INTERFACE target carries the compile options every ReleaseDesk target shares.
add_library(releasedesk_options INTERFACE)
add_library(ReleaseDesk::options ALIAS releasedesk_options)

target_compile_features(releasedesk_options INTERFACE cxx_std_23)
target_compile_definitions(releasedesk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    RELEASEDESK_VERSION="${PROJECT_VERSION}")
target_compile_options(releasedesk_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align -Wunused)
if(RELEASEDESK_WERROR)
    target_compile_options(releasedesk_options INTERFACE -Werror)
endif()
