# rd_add_test(NAME <TestName> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>]
#             [LAUNCHER <command...>] [ENVIRONMENT <K=V...>] [TIMEOUT <s>])
# Builds one QTest executable, registers it with CTest under its name, labels it, and runs it
# without a display (offscreen). A test may also declare the Gitea test server fixture.
function(rd_add_test)
    cmake_parse_arguments(arg "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;LAUNCHER;ENVIRONMENT" ${ARGN})
    qt_add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE Qt6::Test releasedesk_options ${arg_LIBS})
    target_compile_definitions(${arg_NAME} PRIVATE
        RD_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        RD_BINARY_DIR="${PROJECT_BINARY_DIR}"
        RD_SHARED_REFERENCE_DIR="${RD_SHARED_REFERENCE_DIR}")
    target_include_directories(${arg_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    add_test(NAME ${arg_NAME} COMMAND ${arg_LAUNCHER} $<TARGET_FILE:${arg_NAME}>)
    set(env QT_QPA_PLATFORM=offscreen "RELEASEDESK_TOKEN=" "DEPLOY_TOKEN=" ${arg_ENVIRONMENT})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties(${arg_NAME} PROPERTIES
        ENVIRONMENT "${env}" LABELS "${arg_LABELS}" TIMEOUT ${arg_TIMEOUT})
endfunction()
