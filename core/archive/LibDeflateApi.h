#pragma once

#include "common/OnDemandLibrary.h"

#include <libdeflate.h>

namespace rd {

// The libdeflate functions the engine calls (ZipWriter, ParallelGzip).
// Opened on first use (OnDemandLibrary), not when the program starts.
struct LibDeflateApi : OnDemandTable<LibDeflateApi>
{
    decltype(&::libdeflate_alloc_compressor) libdeflate_alloc_compressor = nullptr;
    decltype(&::libdeflate_crc32) libdeflate_crc32 = nullptr;
    decltype(&::libdeflate_deflate_compress) libdeflate_deflate_compress = nullptr;
    decltype(&::libdeflate_deflate_compress_bound) libdeflate_deflate_compress_bound = nullptr;
    decltype(&::libdeflate_free_compressor) libdeflate_free_compressor = nullptr;
    decltype(&::libdeflate_gzip_compress) libdeflate_gzip_compress = nullptr;
    decltype(&::libdeflate_gzip_compress_bound) libdeflate_gzip_compress_bound = nullptr;

    static const char *soname();
    static QString purpose();
    bool resolveAll(OnDemandLibrary &library);
};

} // namespace rd
