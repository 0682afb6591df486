#include "archive/LibDeflateApi.h"

#include <QCoreApplication>

// Resolves a function into the member of the same name, so the two cannot drift apart.
#define RD_RESOLVE(function) complete = library.resolve(#function, function) && complete

namespace rd {

const char *LibDeflateApi::soname()
{
    return RD_LIBDEFLATE_SONAME;
}

QString LibDeflateApi::purpose()
{
    return QCoreApplication::translate("core", "compressing archives");
}

bool LibDeflateApi::resolveAll(OnDemandLibrary &library)
{
    bool complete = true;
    RD_RESOLVE(libdeflate_alloc_compressor);
    RD_RESOLVE(libdeflate_crc32);
    RD_RESOLVE(libdeflate_deflate_compress);
    RD_RESOLVE(libdeflate_deflate_compress_bound);
    RD_RESOLVE(libdeflate_free_compressor);
    RD_RESOLVE(libdeflate_gzip_compress);
    RD_RESOLVE(libdeflate_gzip_compress_bound);
    return complete;
}

} // namespace rd
