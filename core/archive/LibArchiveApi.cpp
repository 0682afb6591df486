#include "archive/LibArchiveApi.h"

#include <QCoreApplication>

// Resolves a function into the member of the same name, so the two cannot drift apart.
#define RD_RESOLVE(function) complete = library.resolve(#function, function) && complete

namespace rd {

const char *LibArchiveApi::soname()
{
    return RD_LIBARCHIVE_SONAME;
}

QString LibArchiveApi::purpose()
{
    return QCoreApplication::translate("core", "reading and writing archives");
}

bool LibArchiveApi::resolveAll(OnDemandLibrary &library)
{
    bool complete = true;
    RD_RESOLVE(archive_entry_clear);
    RD_RESOLVE(archive_entry_filetype);
    RD_RESOLVE(archive_entry_free);
    RD_RESOLVE(archive_entry_hardlink);
    RD_RESOLVE(archive_entry_new);
    RD_RESOLVE(archive_entry_pathname);
    RD_RESOLVE(archive_entry_pathname_utf8);
    RD_RESOLVE(archive_entry_perm);
    RD_RESOLVE(archive_entry_set_filetype);
    RD_RESOLVE(archive_entry_set_gid);
    RD_RESOLVE(archive_entry_set_mtime);
    RD_RESOLVE(archive_entry_set_pathname_utf8);
    RD_RESOLVE(archive_entry_set_perm);
    RD_RESOLVE(archive_entry_set_size);
    RD_RESOLVE(archive_entry_set_symlink_utf8);
    RD_RESOLVE(archive_entry_set_uid);
    RD_RESOLVE(archive_entry_size);
    RD_RESOLVE(archive_entry_size_is_set);
    RD_RESOLVE(archive_entry_symlink);
    RD_RESOLVE(archive_entry_symlink_utf8);
    RD_RESOLVE(archive_error_string);
    RD_RESOLVE(archive_filter_bytes);
    RD_RESOLVE(archive_read_data_block);
    RD_RESOLVE(archive_read_data_skip);
    RD_RESOLVE(archive_read_free);
    RD_RESOLVE(archive_read_new);
    RD_RESOLVE(archive_read_next_header);
    RD_RESOLVE(archive_read_open_filename);
    RD_RESOLVE(archive_read_support_filter_all);
    RD_RESOLVE(archive_read_support_format_all);
    RD_RESOLVE(archive_write_add_filter_none);
    RD_RESOLVE(archive_write_close);
    RD_RESOLVE(archive_write_data);
    RD_RESOLVE(archive_write_free);
    RD_RESOLVE(archive_write_header);
    RD_RESOLVE(archive_write_new);
    RD_RESOLVE(archive_write_open);
    RD_RESOLVE(archive_write_set_format_pax_restricted);
    return complete;
}

} // namespace rd
