#pragma once

#include "common/OnDemandLibrary.h"

#include <sodium.h>

namespace rd {

// The libsodium functions the engine calls (UpdateSignature).
// Opened on first use (OnDemandLibrary), not when the program starts.
struct SodiumApi : OnDemandTable<SodiumApi>
{
    decltype(&::crypto_sign_detached) crypto_sign_detached = nullptr;
    decltype(&::crypto_sign_seed_keypair) crypto_sign_seed_keypair = nullptr;
    decltype(&::crypto_sign_verify_detached) crypto_sign_verify_detached = nullptr;
    decltype(&::randombytes_buf) randombytes_buf = nullptr;
    decltype(&::sodium_init) sodium_init = nullptr;
    decltype(&::sodium_memzero) sodium_memzero = nullptr;

    static const char *soname();
    static QString purpose();
    bool resolveAll(OnDemandLibrary &library);
};

} // namespace rd
