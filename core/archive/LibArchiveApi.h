#pragma once

#include "common/OnDemandLibrary.h"

#include <archive.h>
#include <archive_entry.h>

namespace rd {

// The libarchive functions the engine calls (SafeExtractor, TarGzWriter).
// Opened on first use (OnDemandLibrary), not when the program starts.
struct LibArchiveApi : OnDemandTable<LibArchiveApi>
{
    decltype(&::archive_entry_clear) archive_entry_clear = nullptr;
    decltype(&::archive_entry_filetype) archive_entry_filetype = nullptr;
    decltype(&::archive_entry_free) archive_entry_free = nullptr;
    decltype(&::archive_entry_hardlink) archive_entry_hardlink = nullptr;
    decltype(&::archive_entry_new) archive_entry_new = nullptr;
    decltype(&::archive_entry_pathname) archive_entry_pathname = nullptr;
    decltype(&::archive_entry_pathname_utf8) archive_entry_pathname_utf8 = nullptr;
    decltype(&::archive_entry_perm) archive_entry_perm = nullptr;
    decltype(&::archive_entry_set_filetype) archive_entry_set_filetype = nullptr;
    decltype(&::archive_entry_set_gid) archive_entry_set_gid = nullptr;
    decltype(&::archive_entry_set_mtime) archive_entry_set_mtime = nullptr;
    decltype(&::archive_entry_set_pathname_utf8) archive_entry_set_pathname_utf8 = nullptr;
    decltype(&::archive_entry_set_perm) archive_entry_set_perm = nullptr;
    decltype(&::archive_entry_set_size) archive_entry_set_size = nullptr;
    decltype(&::archive_entry_set_symlink_utf8) archive_entry_set_symlink_utf8 = nullptr;
    decltype(&::archive_entry_set_uid) archive_entry_set_uid = nullptr;
    decltype(&::archive_entry_size) archive_entry_size = nullptr;
    decltype(&::archive_entry_size_is_set) archive_entry_size_is_set = nullptr;
    decltype(&::archive_entry_symlink) archive_entry_symlink = nullptr;
    decltype(&::archive_entry_symlink_utf8) archive_entry_symlink_utf8 = nullptr;
    decltype(&::archive_error_string) archive_error_string = nullptr;
    decltype(&::archive_filter_bytes) archive_filter_bytes = nullptr;
    decltype(&::archive_read_data_block) archive_read_data_block = nullptr;
    decltype(&::archive_read_data_skip) archive_read_data_skip = nullptr;
    decltype(&::archive_read_free) archive_read_free = nullptr;
    decltype(&::archive_read_new) archive_read_new = nullptr;
    decltype(&::archive_read_next_header) archive_read_next_header = nullptr;
    decltype(&::archive_read_open_filename) archive_read_open_filename = nullptr;
    decltype(&::archive_read_support_filter_all) archive_read_support_filter_all = nullptr;
    decltype(&::archive_read_support_format_all) archive_read_support_format_all = nullptr;
    decltype(&::archive_write_add_filter_none) archive_write_add_filter_none = nullptr;
    decltype(&::archive_write_close) archive_write_close = nullptr;
    decltype(&::archive_write_data) archive_write_data = nullptr;
    decltype(&::archive_write_free) archive_write_free = nullptr;
    decltype(&::archive_write_header) archive_write_header = nullptr;
    decltype(&::archive_write_new) archive_write_new = nullptr;
    decltype(&::archive_write_open) archive_write_open = nullptr;
    decltype(&::archive_write_set_format_pax_restricted) archive_write_set_format_pax_restricted = nullptr;

    static const char *soname();
    static QString purpose();
    bool resolveAll(OnDemandLibrary &library);
};

} // namespace rd
