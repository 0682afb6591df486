# rd_add_english_plurals(TARGET TS_FILE): compiles TS_FILE (translations/*_en.ts, English plural
# forms only: "1 file", "3 files" for "%n file(s)") with lrelease and embeds the .qm in TARGET under
# :/i18n. Not part of qt_add_translations, whose update target would fill the file with every
# message: refresh it with lupdate -pluralonly (tests/support/check_translations.sh shows how).
function(rd_add_english_plurals target ts_file)
    get_filename_component(base "${ts_file}" NAME_WE)
    set(qm "${CMAKE_CURRENT_BINARY_DIR}/english_plurals/${base}.qm")
    add_custom_command(OUTPUT "${qm}"
        COMMAND Qt6::lrelease -silent "${ts_file}" -qm "${qm}"
        DEPENDS "${ts_file}" Qt6::lrelease
        VERBATIM)
    qt_add_resources(${target} "${base}_plurals" PREFIX /i18n BASE "${CMAKE_CURRENT_BINARY_DIR}/english_plurals"
        FILES "${qm}")
endfunction()
